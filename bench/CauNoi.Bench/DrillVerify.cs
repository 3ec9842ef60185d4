using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

namespace CauNoi.Bench;

/// <summary>
/// The restore drill's check, through the API of the app started on the restored cluster, of every line drill-write
/// wrote, against the moment restored to (--target, the recovery_target_time):
/// - acknowledged at or before it: the recommendation is there with its title and content, and its attachment
///   downloads with the recorded SHA-256;
/// - started after it: not there (404);
/// - started before it and acknowledged after it (or never): ambiguous, its commit may fall on either side; if the
///   recommendation is there it is whole, and so is its attachment if that is there.
/// Times are the client's clock; on the server's machine (as in the drill) that is the clock PostgreSQL stamps commits with.
/// </summary>
public static class DrillVerify
{
    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (!o.Values.TryGetValue("url", out var url) || !o.Values.TryGetValue("in", out var input) || !o.Values.TryGetValue("target", out var targetText))
            return Fail("drill-verify needs --url (the app on the restored cluster), --in (drill-write's TSV) and --target (the moment restored to)");
        var target = DrillRow.ParseMoment(targetText);
        var rows = DrillRow.Read(input).ToList();
        var (_, password, _) = await Faults.SubmittersAsync(o.Connection, 1);

        using var handler = new SocketsHttpHandler();
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in rows.Select(r => r.User).Distinct()) clients[user] = await AppProcess.SignedInAsync(handler, anonymous, user, password);

        int before = 0, beforeBad = 0, after = 0, afterBad = 0, ambiguousThere = 0, ambiguousAbsent = 0;
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var client = clients[row.User];
            if (row.Acknowledged is { } ack && ack <= target)
            {
                before++;
                if (await WholeAsync(client, row, mustHaveAttachment: true) is not { } problem) continue;
                beforeBad++;
                problems.Add($"{row.Key} (acknowledged {DrillRow.Format(ack)}): {problem}");
            }
            else if (row.Started > target)
            {
                after++;
                using var response = await client.GetAsync($"/api/v1/recommendations/{row.Id}");
                if (row.Id == 0 || response.StatusCode == HttpStatusCode.NotFound) continue;
                afterBad++;
                problems.Add($"{row.Key} (started {DrillRow.Format(row.Started)}, after the target): answered {(int)response.StatusCode}, expected 404");
            }
            else
            {
                using var response = await client.GetAsync($"/api/v1/recommendations/{row.Id}");
                if (response.StatusCode == HttpStatusCode.NotFound) { ambiguousAbsent++; continue; }
                ambiguousThere++;
                if (await WholeAsync(client, row, mustHaveAttachment: false) is { } problem) problems.Add($"{row.Key} (ambiguous, present): {problem}");
            }
        }

        foreach (var problem in problems) Console.Error.WriteLine(problem);
        Console.WriteLine($"drill-verify at {DrillRow.Format(target)}: {before} acknowledged before, {before - beforeBad} there and whole; " +
                          $"{after} started after, {after - afterBad} absent; " +
                          $"{ambiguousThere + ambiguousAbsent} ambiguous (started before, acknowledged after): {ambiguousThere} there, {ambiguousAbsent} not; " +
                          (problems.Count == 0 ? "PASSED" : $"FAILED, {problems.Count} problems"));
        foreach (var client in clients.Values) client.Dispose();
        return problems.Count == 0 ? 0 : 2;
    }

    /// <summary>Null when the record is there with what was sent and its attachment (if there, or if it must be) is intact.</summary>
    private static async Task<string?> WholeAsync(HttpClient client, DrillRow row, bool mustHaveAttachment)
    {
        using var response = await client.GetAsync($"/api/v1/recommendations/{row.Id}");
        if (!response.IsSuccessStatusCode) return $"GET answered {(int)response.StatusCode}";
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        if (root.GetProperty("summary").GetProperty("title").GetString() != row.Title) return "the title differs";
        if (root.GetProperty("content").GetString() != row.Content) return "the content differs";
        var listed = root.GetProperty("attachments").EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == row.AttachmentId);
        if (!listed) return mustHaveAttachment ? "its attachment is not listed" : null;
        using var file = await client.GetAsync($"/api/v1/recommendations/{row.Id}/attachments/{row.AttachmentId}");
        if (!file.IsSuccessStatusCode) return $"its attachment's download answered {(int)file.StatusCode}";
        var sha = Convert.ToHexStringLower(SHA256.HashData(await file.Content.ReadAsByteArrayAsync()));
        return sha == row.Sha256 ? null : $"its attachment's SHA-256 is {sha}, {row.Sha256} was sent";
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
