using System.Diagnostics;
using System.Net.Http.Headers;
using CauNoi.Web.Features.Recommendations.Import;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// A large conference list is imported whole or not at all, even when the app dies while saving it.
/// The app runs as a real process and is SIGKILLed while the import's transaction is writing; then it
/// starts again on the same database, which must hold nothing of that import and take the list again.
/// </summary>
public abstract class KillDuringImportTests(Engine engine)
{
    // The largest list the import takes: written by the bulk path, its save lasts about a second, and the test must see it.
    private const int Rows = Web.Shared.Excel.SpreadsheetReader.MaxRows;
    /// <summary>Killed once the open transaction is seen to have written this much: inside the save, before its commit.</summary>
    private const long KillAfterBytes = 64 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledWhileSavingALargeImport_LeavesNothingOfIt_AndTheSameListThenImportsWhole()
    {
        EngineRequirement.RequireAvailable(engine);
        var database = CauNoiApp.NewDatabase(engine);
        var writes = new OpenWrites(engine, database);
        var marker = "KILLTEST-" + Guid.NewGuid().ToString("N")[..10];
        var conference = $"Hội nghị thử ngắt giữa chừng {marker}";
        var list = ConferenceList(marker, Rows);

        Traces before;
        var clock = Stopwatch.StartNew();
        await using (var app = await ChildApp.StartAsync(engine, database, Ct))
        {
            using var officer = await app.SignedInAsync("cuc.ctdp", Ct);
            before = await TracesAsync(writes, marker, conference);
            await writes.StartAsync(Ct);

            var sent = Stopwatch.StartNew();
            var import = Import(officer, list, conference);
            var seen = await WaitForSavingAsync(writes, import);
            Assert.False(app.HasExited, "the app stopped before the test killed it:\n" + app.LogTail());
            await app.KillAsync();
            Log($"{engine}: killed {sent.Elapsed.TotalSeconds:0.0} s after sending the list, with {seen.Bytes / 1024} KB written and not committed");

            // No answer ever came: the import did not finish.
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => import);
        }
        // Proof that the kill fell inside the save: the transaction had written and never committed.
        if (engine == Engine.Sqlite)
            Assert.True((await writes.NowAsync(Ct)).Open, "the -wal file should still end with the killed transaction's uncommitted pages");
        else
        {
            var rolledBack = await writes.RowsInsertedSinceStartAsync(Ct);
            Assert.InRange(rolledBack, 1, Rows - 1);   // some rows, not all, and (below) none of them kept
            Log($"{engine}: the killed transaction had inserted {rolledBack} recommendations");
        }

        await using (var app = await ChildApp.StartAsync(engine, database, Ct))
        {
            var after = await TracesAsync(writes, marker, conference);
            Assert.Equal(before, after);
            Assert.Equal((0, 0, 0, 0), after.OfTheImport);
            Assert.Equal("Healthy", await app.Anonymous.GetStringAsync("/health/ready", Ct));

            var again = Stopwatch.StartNew();
            using var officer = await app.SignedInAsync("cuc.ctdp", Ct);
            var response = await Import(officer, list, conference);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
            Assert.Equal(Rows, (await response.Content.ReadFromJsonAsync<RecommendationImportApi.Imported>(Ct))!.Count);
            Log($"{engine}: the same list imported whole in {again.Elapsed.TotalSeconds:0.0} s; total {clock.Elapsed.TotalSeconds:0.0} s");
            await using var db = writes.Db();
            Assert.Equal(Rows, await db.Recommendations.CountAsync(r => r.ConferenceName == conference && r.Title.Contains(marker), Ct));
            Assert.Equal(before.Events + Rows, await db.RecommendationEvents.CountAsync(Ct));
        }
    }

    /// <summary>Polls until the import's transaction has written enough; fails if the import answers first.</summary>
    private static async Task<OpenWrites.Seen> WaitForSavingAsync(OpenWrites writes, Task<HttpResponseMessage> import)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (import.IsCompleted)
                Assert.Fail($"the import answered before it was seen saving: {(int)(await import).StatusCode} {await (await import).Content.ReadAsStringAsync(Ct)}");
            var seen = await writes.NowAsync(Ct);
            if (seen.Open && seen.Bytes >= KillAfterBytes) return seen;
            await Task.Delay(20, Ct);
        }
        throw new TimeoutException("the import was not seen saving within 60 s");
    }

    private static async Task<HttpResponseMessage> Import(HttpClient officer, byte[] list, string conference)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(list);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "hoi-nghi.xlsx");
        form.Add(new StringContent(conference), "conferenceName");
        form.Add(new StringContent(VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd")), "receivedOn");
        return await officer.PostAsync("/api/v1/recommendations/import", form, Ct);
    }

    /// <summary>A conference list of valid rows, each title carrying the marker.</summary>
    private static byte[] ConferenceList(string marker, int rows)
    {
        string[] fields = ["NL", "CCN", "XNK"];
        return XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["STT", "Mã tỉnh", "Mã xã", "Tiêu đề", "Nội dung", "Mã lĩnh vực", "Độ khẩn"],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<object?>)
            [
                i, "01", null, $"{marker} kiến nghị số {i}: vướng mắc về thủ tục đấu nối và hạ tầng",
                $"Kiến nghị số {i} của hội nghị: đề nghị Bộ Công Thương hướng dẫn địa phương tháo gỡ vướng mắc, rút ngắn thời gian giải quyết thủ tục.",
                fields[i % fields.Length], i % 50 == 0 ? "Khẩn" : null,
            ])));
    }

    /// <summary>How much of everything a save writes is stored, and how much of it names the import.</summary>
    private sealed record Traces(int Recommendations, int Events, int Audit, int Notifications, int Emails, (int, int, int, int) OfTheImport);

    private static async Task<Traces> TracesAsync(OpenWrites writes, string marker, string conference)
    {
        await using var db = writes.Db();
        return new(
            await db.Recommendations.CountAsync(Ct), await db.RecommendationEvents.CountAsync(Ct), await db.AuditEntries.CountAsync(Ct),
            await db.Notifications.CountAsync(Ct), await db.OutboxEmails.CountAsync(Ct),
            (await db.Recommendations.CountAsync(r => r.Title.Contains(marker) || r.ConferenceName == conference, Ct),
             await db.AuditEntries.CountAsync(a => a.NewValues!.Contains(marker), Ct),
             await db.Notifications.CountAsync(n => n.Body!.Contains(marker), Ct),
             await db.OutboxEmails.CountAsync(m => m.Body.Contains(marker), Ct)));
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}

public sealed class KillDuringImportOnSqlite() : KillDuringImportTests(Engine.Sqlite);
public sealed class KillDuringImportOnPostgres() : KillDuringImportTests(Engine.Postgres);
