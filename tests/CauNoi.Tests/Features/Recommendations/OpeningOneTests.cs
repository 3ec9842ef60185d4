using CauNoi.Web.Features.Recommendations;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>
/// Opening one recommendation is the most frequent read: its statements are counted, so that one more round trip per
/// request (a second read of the caller, a connection opened per statement) shows here and not first in production.
/// The caller's account is checked in one statement; the record with every name it shows (and whether it has files), its
/// history and thread together, and its attachments when it has them, are up to three more, on one connection.
/// </summary>
public abstract class OpeningOneTests(CauNoiApp app) : AppTests(app)
{
    [Theory]
    [InlineData("cuc.ctdp")]     // the coordinating hub: sees everything
    [InlineData("xa.hoankiem")]  // the commune that raised it
    public async Task OpeningOneWithAThread_IsThreeStatements_OnTwoConnections_WithItsHistoryAndThreadApart(string userName)
    {
        var id = await ThreadedRecommendationAsync();
        var api = await App.ApiAs(userName);

        var (status, statements, connections) = await CountAsync(() => api.GetAsync($"/api/v1/recommendations/{id}", Ct));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((3, 2), (statements, connections));
        var detail = await (await api.GetAsync($"/api/v1/recommendations/{id}", Ct)).Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct);
        Assert.Equal("Xin cho biết tiến độ.", Assert.Single(detail!.Thread).Text);
        // The message, written between the two steps, comes back in the thread alone, and the steps in their order.
        Assert.Equal(["submit", "receive"], detail.History.Select(h => h.Action));
        Assert.Empty(detail.Attachments);
    }

    [Fact]
    public async Task OpeningOneWithNeitherThreadNorFile_IsThreeStatements_AndWithAFile_ReadsIt()
    {
        var id = (await App.SubmitAsync("xa.hoankiem", "Thiếu mặt bằng cho chợ " + RecommendationSteps.Token(), "Đề nghị Bộ hướng dẫn.", "NL", ct: Ct)).Summary.Id;
        var api = await App.ApiAs("cuc.ctdp");

        var (status, statements, _) = await CountAsync(() => api.GetAsync($"/api/v1/recommendations/{id}", Ct));
        Assert.Equal((HttpStatusCode.OK, 3), (status, statements));

        var upload = new MultipartFormDataContent { { new ByteArrayContent(SampleFiles.Pdf) { Headers = { ContentType = new("application/pdf") } }, "files", "cong-van.pdf" } };
        (await (await App.ApiAs("xa.hoankiem")).PostAsync($"/api/v1/recommendations/{id}/attachments", upload, Ct)).EnsureSuccessStatusCode();
        (status, statements, _) = await CountAsync(() => api.GetAsync($"/api/v1/recommendations/{id}", Ct));
        Assert.Equal((HttpStatusCode.OK, 4), (status, statements));
        var detail = await (await api.GetAsync($"/api/v1/recommendations/{id}", Ct)).Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct);
        Assert.Equal("cong-van.pdf", Assert.Single(detail!.Attachments).FileName);
    }

    [Fact]
    public async Task OpeningOneOutOfScope_StopsAfterTheRecord()
    {
        var id = await ThreadedRecommendationAsync();
        var api = await App.ApiAs("so.tuyenquang");

        var (status, statements, _) = await CountAsync(() => api.GetAsync($"/api/v1/recommendations/{id}", Ct));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(2, statements);
    }

    private async Task<int> ThreadedRecommendationAsync()
    {
        var id = (await App.SubmitAsync("xa.hoankiem", "Chậm cấp điện cho cụm công nghiệp " + RecommendationSteps.Token(), "Đề nghị Bộ đôn đốc.", "NL", ct: Ct)).Summary.Id;
        var message = await (await App.ApiAs("xa.hoankiem")).PostAsJsonAsync($"/api/v1/recommendations/{id}/messages", new { text = "Xin cho biết tiến độ." }, Ct);
        message.EnsureSuccessStatusCode();
        await App.ActAsync("cuc.dienluc", id, new { action = "receive" }, Ct);
        return id;
    }

    /// <summary>
    /// The statements run and connections opened on this app's database while the request runs. The tests of one app run
    /// one at a time, and its database is its own, so nothing else is counted.
    /// </summary>
    private async Task<(HttpStatusCode Status, int Statements, int Connections)> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        var database = new DbConnectionStringBuilder { ConnectionString = App.ConnectionString };
        var name = (database.TryGetValue("Database", out var d) ? d : database["Data Source"])!.ToString();
        var statements = 0;
        var connections = 0;
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Value is CommandExecutedEventData executed && Ours(executed.Command.Connection)) Interlocked.Increment(ref statements);
                if (e.Value is ConnectionEndEventData opened && e.Key == RelationalEventId.ConnectionOpened.Name && Ours(opened.Connection)) Interlocked.Increment(ref connections);
            }));
        }));
        // Contexts are pooled, and a context's loggers keep "nobody listens" for EF's logging cache time (one second by
        // default, ConfigureLoggingCacheTime): past it, every context sees the listener above.
        await Task.Delay(TimeSpan.FromSeconds(1.2), Ct);
        using var response = await request();
        return (response.StatusCode, statements, connections);

        bool Ours(DbConnection? connection) => connection is not null && (connection.Database == name || connection.DataSource == name);
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpeningOneOnSqlite(SqliteApp app) : OpeningOneTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OpeningOneOnPostgres(PostgresApp app) : OpeningOneTests(app);
