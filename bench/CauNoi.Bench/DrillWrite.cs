using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace CauNoi.Bench;

/// <summary>
/// The restore drill's writers: locality officers submit recommendations, each followed by a PDF attachment of random
/// bytes, back to back through a running app, until --duration seconds pass or the --stop-file appears. Every
/// submission is one line of --out (see <see cref="DrillRow"/>), written when it ends, so the file is whole at any moment.
/// </summary>
public static class DrillWrite
{
    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (!o.Values.TryGetValue("url", out var url) || !o.Values.TryGetValue("out", out var output))
            return Fail("drill-write needs --url (the running app) and --out (the TSV to write)");
        var workers = int.Parse(o.Values.GetValueOrDefault("concurrency", "4"), CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("duration", "3600"), CultureInfo.InvariantCulture));
        var stopFile = o.Values.GetValueOrDefault("stop-file");
        var (users, password, fields) = await Faults.SubmittersAsync(o.Connection, workers);
        if (users.Count == 0 || fields.Length == 0) return Fail("no locality officer or no field of work in the database");

        using var handler = new SocketsHttpHandler();
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var clients = new List<(string User, HttpClient Client)>();
        foreach (var user in users) clients.Add((user, await AppProcess.SignedInAsync(handler, anonymous, user, password)));

        var run = $"drill-{DateTime.UtcNow:yyyyMMddHHmmss}";
        using var tsv = new StreamWriter(output, append: false) { AutoFlush = true };
        await tsv.WriteLineAsync(DrillRow.Header);
        var gate = new SemaphoreSlim(1);
        int acknowledged = 0, failed = 0;
        var until = DateTime.UtcNow + duration;
        bool Stopped() => DateTime.UtcNow >= until || (stopFile is not null && File.Exists(stopFile));
        Console.WriteLine($"drill-write: {workers} writers as {string.Join(", ", users)}, keys {run}-*, into {output}");

        async Task Writer(int w)
        {
            var rng = new Random(w);
            var (user, client) = clients[w % clients.Count];
            for (var n = 0; !Stopped(); n++)
            {
                var row = await SubmitAsync(client, user, $"{run}-{w}-{n}", fields[rng.Next(fields.Length)], rng);
                await gate.WaitAsync();
                try { await tsv.WriteLineAsync(row.ToLine()); }
                finally { gate.Release(); }
                if (row.Acknowledged is null) Interlocked.Increment(ref failed); else Interlocked.Increment(ref acknowledged);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => Writer(w))));
        foreach (var (_, client) in clients) client.Dispose();
        Console.WriteLine($"drill-write: {acknowledged} acknowledged with their attachment, {failed} not acknowledged");
        return failed == 0 ? 0 : 2;
    }

    /// <summary>A recommendation, then its attachment; acknowledged only when the app has answered both.</summary>
    private static async Task<DrillRow> SubmitAsync(HttpClient client, string user, string key, int fieldId, Random rng)
    {
        var title = $"Kiến nghị diễn tập khôi phục {key}";
        var content = $"Đề nghị Bộ Công Thương hướng dẫn thủ tục đấu nối điện cho cụm công nghiệp; mã diễn tập {key}.";
        var pdf = RandomPdf(rng);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var started = DateTime.UtcNow;
        var id = 0;
        var attachment = Guid.Empty;
        try
        {
            using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(new { title, content, fieldId }) })
            {
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode) return Failed($"{(int)response.StatusCode} {text}");
                id = JsonDocument.Parse(text).RootElement.GetProperty("summary").GetProperty("id").GetInt32();
            }
            using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "files", $"bien-ban-{key}.pdf" } };
            using (var response = await client.PostAsync($"/api/v1/recommendations/{id}/attachments", form))
            {
                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode) return Failed($"attachment: {(int)response.StatusCode} {text}");
                attachment = JsonDocument.Parse(text).RootElement[0].GetProperty("id").GetGuid();
            }
            return new DrillRow(key, user, id, attachment, started, DateTime.UtcNow, sha, title, content);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return Failed(e.Message);
        }

        DrillRow Failed(string why)
        {
            Console.Error.WriteLine($"{key}: {why}");
            return new DrillRow(key, user, id, attachment, started, null, sha, title, content);
        }
    }

    /// <summary>A PDF by its first bytes (how the app recognises one), 8–64 KB of random bytes after them.</summary>
    private static byte[] RandomPdf(Random rng)
    {
        var head = "%PDF-1.4\n%"u8;
        var bytes = new byte[head.Length + rng.Next(8 * 1024, 64 * 1024)];
        head.CopyTo(bytes);
        rng.NextBytes(bytes.AsSpan(head.Length));
        return bytes;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
