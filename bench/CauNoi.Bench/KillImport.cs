using System.Buffers.Binary;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using CauNoi.Web.Shared.Excel;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 4: "kill the app in the middle of a large import: afterwards nothing of that import exists". Sends a
/// conference list of --rows rows to the Release app, SIGKILLs the app while the import's transaction is writing
/// (each time a --step later into the save), starts it again and counts what is left of that import; at the end
/// imports the same list again and checks it is stored whole. Exits 1 on any row, event, audit entry,
/// notification or e-mail left by a killed import, or a failed re-import.
/// </summary>
public static class KillImport
{
    private const string Import = "/api/v1/recommendations/import";

    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (!o.Values.TryGetValue("app-dll", out var dll) || !File.Exists(dll))
        {
            Console.Error.WriteLine("--app-dll must name the Release build of CauNoi.Web.dll");
            return 1;
        }
        var rows = int.Parse(o.Values.GetValueOrDefault("rows", "10000"), CultureInfo.InvariantCulture);
        var repeat = int.Parse(o.Values.GetValueOrDefault("repeat", "3"), CultureInfo.InvariantCulture);
        var step = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("step", "2"), CultureInfo.InvariantCulture));
        // The app takes a relative SQLite path from its own folder; both sides get the absolute one.
        var connection = o.Provider == "sqlite"
            ? new SqliteConnectionStringBuilder(o.Connection) { DataSource = Path.GetFullPath(new SqliteConnectionStringBuilder(o.Connection).DataSource) }.ToString()
            : o.Connection;
        var store = new Store(o.Provider == "postgres", connection);
        var (user, password) = await store.ImporterAsync(o.Values);
        var run = "KILLIMPORT-" + Guid.NewGuid().ToString("N")[..8];
        var list = ConferenceList(run, rows);
        string Conference(int attempt) => $"Hội nghị thử ngắt máy {run}/{attempt}.";
        Console.WriteLine($"killimport: {o.Provider}, {rows:N0} rows a list ({list.Length / 1024:N0} KB), {repeat} kills {step.TotalSeconds:0.##} s apart, as {user}");

        int started = 0, killed = 0, provenMidSave = 0, answered = 0, violations = 0;
        long rowsInKilled = 0, rowsFound = 0;
        var app = await StartAsync(dll, o.Provider, connection);
        try
        {
            for (var attempt = 1; attempt <= repeat; attempt++)
            {
                var conference = Conference(attempt);
                using var officer = await app.SignInAsync(user, password);
                var before = await store.TracesAsync(conference);
                await store.StartAsync();
                var sent = Stopwatch.StartNew();
                var import = Send(officer.Client, list, conference);
                started++;
                var into = step * (attempt - 1);
                var kill = await KillMomentAsync(store, import, into);
                if (kill is null)
                {
                    // The import answered before the moment came: then it must be there whole.
                    answered++;
                    using var response = await import;
                    var outcome = $"answered {(int)response.StatusCode} after {sent.Elapsed.TotalSeconds:N1} s, before its kill";
                    var whole = await store.TracesAsync(conference);
                    var ok = response.IsSuccessStatusCode ? whole.Marked == rows : whole.Marked == 0;
                    if (!ok) violations++;
                    Console.WriteLine($"  #{attempt}: {outcome}; {whole.Marked:N0} of {rows:N0} rows stored {(ok ? "(all or nothing: ok)" : "**VIOLATION**")}");
                    continue;
                }
                // Stopped already, by something else than this bench (then it proves nothing).
                int? stoppedWith = app.Process.Process.HasExited ? app.Process.Process.ExitCode : null;
                await app.Process.KillAsync();
                var noAnswer = await NoAnswerAsync(import);
                await app.DisposeAsync();
                killed++;
                rowsInKilled += rows;
                if (stoppedWith is not null) violations++;
                // Proof that the kill fell inside the save: written and never committed.
                var (midSave, proof) = await store.ProofAsync();
                if (midSave) provenMidSave++;
                var restarted = Stopwatch.StartNew();
                app = await StartAsync(dll, o.Provider, connection);
                var readyIn = restarted.Elapsed.TotalSeconds;
                var after = await store.TracesAsync(conference);
                rowsFound += after.Marked;
                var clean = after == before && noAnswer;
                if (!clean) violations++;
                Console.WriteLine($"  #{attempt}: killed {sent.Elapsed.TotalSeconds:N1} s after sending, {into.TotalSeconds:0.##} s into the save, " +
                                  $"{store.Written(kill.Value)}; {proof}; {(noAnswer ? "no answer" : "**an answer came**")}; " +
                                  (stoppedWith is { } code ? $"**the app had stopped before the kill (exit {code})**; " : "") +
                                  $"restarted and ready in {readyIn:N1} s; found {after.Describe()} {(clean ? "(nothing: ok)" : "**VIOLATION** before: " + before.Describe())}");
            }

            // The same list again, on the restarted app: stored whole.
            var conferenceAgain = Conference(0);
            using var again = await app.SignInAsync(user, password);
            var clock = Stopwatch.StartNew();
            using var reimport = await Send(again.Client, list, conferenceAgain);
            var seconds = clock.Elapsed.TotalSeconds;
            var stored = await store.TracesAsync(conferenceAgain);
            var reimported = reimport.IsSuccessStatusCode && stored.Marked == rows;
            if (!reimported) violations++;
            Console.WriteLine($"re-import of the same list: {(int)reimport.StatusCode} in {seconds:N1} s, {stored.Marked:N0} of {rows:N0} rows stored {(reimported ? "(ok)" : "**FAILED**")}");
        }
        finally
        {
            await app.DisposeAsync();
        }
        Console.WriteLine($"imports started {started}, killed {killed} ({provenMidSave} proven mid-save), answered before their kill {answered}; rows in the killed imports {rowsInKilled:N0}, " +
                          $"rows found afterwards {rowsFound:N0}; violations {violations}");
        return violations == 0 ? 0 : 1;
    }

    private sealed record Running(AppProcess Process, SocketsHttpHandler Handler, HttpClient Anonymous) : IAsyncDisposable
    {
        public async Task<SignedIn> SignInAsync(string user, string password) =>
            new(await AppProcess.SignedInAsync(Handler, Anonymous, user, password));

        public async ValueTask DisposeAsync()
        {
            await Process.DisposeAsync();
            Anonymous.Dispose();
            Handler.Dispose();
        }
    }

    private sealed record SignedIn(HttpClient Client) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    private static async Task<Running> StartAsync(string dll, string provider, string connection)
    {
        var app = AppProcess.Start(dll, provider, connection);
        var handler = new SocketsHttpHandler();
        var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(10) };
        await app.WaitReadyAsync(anonymous);
        return new Running(app, handler, anonymous);
    }

    /// <summary>
    /// Waits until the import's transaction is seen writing, then <paramref name="into"/> longer; returns the bytes
    /// written and not committed at that moment, or null if the import answered first.
    /// </summary>
    private static async Task<long?> KillMomentAsync(Store store, Task<HttpResponseMessage> import, TimeSpan into)
    {
        Stopwatch? saving = null;
        while (!import.IsCompleted)
        {
            var (open, bytes) = await store.OpenAsync();
            if (open) saving ??= Stopwatch.StartNew();
            if (saving is not null && saving.Elapsed >= into && open) return bytes;
            await Task.Delay(10);
        }
        return null;
    }

    /// <summary>True when the import failed for want of an answer (the connection dropped), false if one came.</summary>
    private static async Task<bool> NoAnswerAsync(Task<HttpResponseMessage> import)
    {
        try { using var _ = await import; return false; }
        catch (HttpRequestException) { return true; }
    }

    private static Task<HttpResponseMessage> Send(HttpClient officer, byte[] list, string conference)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(list);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "hoi-nghi.xlsx");
        form.Add(new StringContent(conference), "conferenceName");
        form.Add(new StringContent(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "receivedOn");
        return officer.PostAsync(Import, form);
    }

    /// <summary>A conference list of valid rows across three fields, each title naming the run.</summary>
    private static byte[] ConferenceList(string run, int rows)
    {
        string[] fields = ["NL", "CCN", "XNK"];
        return XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["STT", "Mã tỉnh", "Mã xã", "Tiêu đề", "Nội dung", "Mã lĩnh vực", "Độ khẩn"],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<object?>)
            [
                i, "01", null, $"{run} kiến nghị số {i}: vướng mắc về thủ tục đấu nối và hạ tầng",
                $"Kiến nghị số {i} của hội nghị: đề nghị Bộ Công Thương hướng dẫn địa phương tháo gỡ vướng mắc, rút ngắn thời gian giải quyết thủ tục.",
                fields[i % fields.Length], i % 50 == 0 ? "Khẩn" : null,
            ])));
    }

    /// <summary>Counts of everything a save writes, and of what names one conference.</summary>
    private sealed record Traces(long Recommendations, long Events, long Audit, long Notifications, long Emails, long Marked, long MarkedElsewhere)
    {
        public string Describe() => $"{Marked:N0} rows, {MarkedElsewhere:N0} audit entries/notifications/e-mails of it " +
                                    $"(totals: {Recommendations:N0} recommendations, {Events:N0} events, {Audit:N0} audit, {Notifications:N0} notifications, {Emails:N0} e-mails)";
    }

    /// <summary>The database seen from outside the app: counts, and a write transaction still open.</summary>
    private sealed class Store(bool postgres, string connection)
    {
        private long _size, _inserted;

        public string Written(long bytes) => postgres
            ? $"the table's file grown by {bytes / 1024:N0} KB (less where rows reuse free space)"
            : $"{bytes / 1024:N0} KB of uncommitted pages in the -wal file";

        private async Task<DbConnection> OpenConnectionAsync()
        {
            DbConnection c = postgres ? new NpgsqlConnection(connection) : new SqliteConnection(connection + ";Pooling=False");
            await c.OpenAsync();
            return c;
        }

        private async Task<long> ScalarAsync(string sql, string? text = null)
        {
            await using var c = await OpenConnectionAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            if (text is not null)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "text";
                p.Value = text;
                cmd.Parameters.Add(p);
            }
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        /// <summary>--user/--password, else the first generated Ministry officer, else the demo hub officer.</summary>
        public async Task<(string User, string Password)> ImporterAsync(IReadOnlyDictionary<string, string> values)
        {
            if (values.TryGetValue("user", out var given)) return (given, values.GetValueOrDefault("password", AppProcess.Password));
            await using var c = await OpenConnectionAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """SELECT "UserName" FROM "AspNetUsers" WHERE "UserName" LIKE 'bench.bo%' ORDER BY "UserName" LIMIT 1""";
            return await cmd.ExecuteScalarAsync() is string bench ? (bench, AppProcess.Password) : ("cuc.ctdp", "Demo@2025");
        }

        public async Task<Traces> TracesAsync(string conference)
        {
            var like = "%" + conference + "%";
            return new(
                await ScalarAsync("""SELECT COUNT(*) FROM "Recommendations" """), await ScalarAsync("""SELECT COUNT(*) FROM "RecommendationEvents" """),
                await ScalarAsync("""SELECT COUNT(*) FROM "AuditLog" """), await ScalarAsync("""SELECT COUNT(*) FROM "Notifications" """),
                await ScalarAsync("""SELECT COUNT(*) FROM "OutboxEmails" """),
                await ScalarAsync("""SELECT COUNT(*) FROM "Recommendations" WHERE "ConferenceName" = @text""", conference),
                await ScalarAsync("""SELECT COUNT(*) FROM "AuditLog" WHERE "NewValues" LIKE @text""", like)
                + await ScalarAsync("""SELECT COUNT(*) FROM "Notifications" WHERE "Body" LIKE @text""", like)
                + await ScalarAsync("""SELECT COUNT(*) FROM "OutboxEmails" WHERE "Body" LIKE @text""", like));
        }

        /// <summary>On PostgreSQL, the table's size and insert count now, from which the next import is measured.</summary>
        public async Task StartAsync()
        {
            if (!postgres) return;
            _size = await SizeAsync();
            _inserted = await InsertedAsync();
        }

        private Task<long> SizeAsync() => ScalarAsync("""SELECT pg_relation_size('"Recommendations"')""");

        private Task<long> InsertedAsync() => ScalarAsync("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'Recommendations'");

        /// <summary>
        /// Whether a transaction has written recommendations and not committed, and how many bytes. PostgreSQL: a
        /// backend holds the row-exclusive lock an INSERT takes until its transaction ends, and the table's file grew.
        /// SQLite (WAL): a transaction larger than the page cache spills pages into the -wal file before its commit
        /// frame; frames of the current generation after the last commit frame are not committed.
        /// </summary>
        public async Task<(bool Open, long Bytes)> OpenAsync()
        {
            if (postgres)
            {
                var locked = await ScalarAsync("""
                    SELECT COUNT(*) FROM pg_locks l
                    WHERE l.locktype = 'relation' AND l.relation = '"Recommendations"'::regclass AND l.mode = 'RowExclusiveLock'
                      AND l.granted AND l.pid <> pg_backend_pid() AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                    """);
                return (locked > 0, await SizeAsync() - _size);
            }
            var wal = new SqliteConnectionStringBuilder(connection).DataSource + "-wal";
            if (!File.Exists(wal)) return (false, 0);
            using var file = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[32];
            var frame = new byte[24];
            if (file.Read(header) < 32) return (false, 0);
            var pageSize = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(8));
            int frames = 0, committed = 0;
            while (file.Read(frame) == 24 && frame.AsSpan(8, 8).SequenceEqual(header.AsSpan(16, 8)))
            {
                frames++;
                if (BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(4)) != 0) committed = frames;
                file.Seek(pageSize, SeekOrigin.Current);
            }
            return (frames > committed, (long)(frames - committed) * pageSize);
        }

        /// <summary>
        /// After the kill, before the restart. SQLite: the -wal file still ends with uncommitted pages. PostgreSQL:
        /// rows were inserted (its statistics count rolled-back inserts too, reported when the killed client's backend ends).
        /// </summary>
        public async Task<(bool MidSave, string Proof)> ProofAsync()
        {
            if (!postgres)
            {
                var (open, bytes) = await OpenAsync();
                return (open, open ? $"the -wal file ends with {bytes / 1024:N0} KB never committed" : "**the -wal file shows no uncommitted pages**");
            }
            for (var wait = 0; wait < 100; wait++)
            {
                var inserted = await InsertedAsync() - _inserted;
                if (inserted > 0) return (true, $"{inserted:N0} rows inserted then rolled back");
                await Task.Delay(100);
            }
            return (false, "**no rolled-back inserts counted**");
        }
    }
}
