using System.Text.Json;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>The dashboard, the JSON and the .xlsx of the known tasks show the same figures, and those worked out by hand.</summary>
public abstract class TaskReportTests(CauNoiApp app) : AppTests(app)
{
    // By hand, on 30/06/2013 (see TaskReportSet): on time A G J, late B I, in progress C E, overdue D H, cancelled F.
    // Completion 5 ÷ (5 + 2) = 71,428…% cut to 71,42; on time 3 ÷ 7 = 42,857…% cut to 42,85.
    // Order: total, on time, late, in progress, overdue, not yet due, cancelled, extension asked, extended, both rates.
    private static readonly string[] All = ["10", "3", "2", "2", "2", "0", "1", "1", "1", "71,42%", "42,85%"];
    // Cục Điện lực: A B C D E; 2 ÷ 3 and 1 ÷ 3.
    private static readonly string[] Electricity = ["5", "1", "1", "2", "1", "0", "0", "0", "1", "66,66%", "33,33%"];
    // The office: F G H I J; 3 ÷ 4 and 2 ÷ 4.
    private static readonly string[] Office = ["5", "2", "1", "0", "1", "0", "1", "1", "0", "75,00%", "50,00%"];

    private async Task<(TaskReportSet.Arranged Set, string Query)> Arrange()
    {
        var set = await TaskReportSet.EnsureAsync(App);
        return (set, $"from={TaskReportSet.From}&to={TaskReportSet.To}&document={set.DocumentId}");
    }

    private async Task<byte[]> Download(string query, string format)
    {
        var response = await (await App.ApiAs("lanhdao")).GetAsync($"/api/v1/reports/tasks?{query}&format={format}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    [Fact]
    public async Task Dashboard_Json_AndWorkbook_ShowTheHandWorkedFigures()
    {
        var (set, query) = await Arrange();

        var client = await PageClient.SignedIn(App, "lanhdao");
        var (status, page) = await client.GetAsync($"/nhiem-vu/bang-dieu-khien?from=01/01/2013&to=30/06/2013&document={set.DocumentId}");
        Assert.Equal(HttpStatusCode.OK, status);
        string[] Row(string table, string key) => [.. page.QuerySelectorAll($"[data-testid={table}] tr[data-key='{key}'] td[data-figure]").Select(td => td.TextContent.Trim())];
        Assert.Equal(All, Row("by-lead", "total"));
        Assert.Equal(Electricity, Row("by-lead", set.Electricity.ToString()));
        Assert.Equal(Office, Row("by-lead", set.Office.ToString()));
        Assert.Equal(All, Row("by-document", set.DocumentId.ToString()));
        Assert.Equal(Electricity, Row("by-leader", "Bộ trưởng"));
        Assert.Equal("71,42%", page.QuerySelector("[data-testid=rates] [data-figure=completion-rate] .stat")!.TextContent);
        Assert.Contains(TaskFigures.CompletionFormula + " = 5 ÷ 7", page.QuerySelector("[data-testid=completion-formula]")!.TextContent);
        Assert.Contains(TaskFigures.OnTimeFormula + " = 3 ÷ 7", page.QuerySelector("[data-testid=on-time-formula]")!.TextContent);
        Assert.Equal([set.Ids['D'], set.Ids['H']], page.QuerySelectorAll("[data-testid=overdue] tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-id")!)));
        Assert.Equal(["NV" + set.Ids['D'].ToString("D6"), "Nhiệm vụ D của báo cáo 2013", "Cục Điện lực", "01/04/2013", "01/04/2013", "90"],
            page.QuerySelectorAll($"[data-testid=overdue] tr[data-id='{set.Ids['D']}'] td").Select(td => td.TextContent.Trim()).Where((_, i) => i != 3));
        Assert.Equal($"/nhiem-vu?from=2013-01-01&to=2013-06-30&document={set.DocumentId}&lead={set.Electricity}&status=Overdue&asOf=2013-06-30",
            page.QuerySelector($"[data-testid=by-lead] tr[data-key='{set.Electricity}'] td[data-figure=Overdue] a")!.GetAttribute("href"));
        Assert.Equal(["1", "1", "0"], page.QuerySelectorAll("[data-testid=trend] tr[data-key='03/2013'] td").Skip(1).Select(td => td.TextContent));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/chartjs/chart.umd.min.js']"));

        using var json = JsonDocument.Parse(await Download(query, "json"));
        var figures = json.RootElement.GetProperty("figures");
        Assert.Equal(10, figures.GetProperty("total").GetInt32());
        Assert.Equal(7, figures.GetProperty("due").GetInt32());
        Assert.Equal(71.42m, figures.GetProperty("completionRate").GetDecimal());
        Assert.Equal(42.85m, figures.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(2, figures.GetProperty("byStatus").GetProperty("DoneLate").GetInt32());
        Assert.Equal(TaskFigures.CompletionFormula, json.RootElement.GetProperty("completionFormula").GetString());
        var lead = json.RootElement.GetProperty("byLead").EnumerateArray().Single(l => l.GetProperty("id").GetString() == set.Electricity.ToString());
        Assert.Equal(66.66m, lead.GetProperty("figures").GetProperty("completionRate").GetDecimal());

        var sheet = SpreadsheetReader.Read(new MemoryStream(await Download(query, "xlsx")));
        string Cell(string label) => sheet.Single(r => r[0] == label)[1];
        Assert.Equal(["10", "3", "2", "2", "2", "0", "1", "1", "1", "71.42", "42.85"],
            new[] { "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành", "Chưa đến hạn", "Đã hủy",
                "Đang xin gia hạn", "Đã gia hạn", "Tỷ lệ hoàn thành (%)", "Tỷ lệ đúng hạn (%)" }.Select(Cell));
    }

    [Fact]
    public async Task Document_PrintsBothRatesWithTheirFormulas_AndTheOverdueList()
    {
        var (set, query) = await Arrange();

        using var document = WordprocessingDocument.Open(new MemoryStream(await Download(query, "docx")), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;

        Assert.Contains("Kết quả thực hiện nhiệm vụ", text);
        Assert.Contains("từ ngày 01/01/2013 đến ngày 30/06/2013", text);
        Assert.Contains($"Tỷ lệ hoàn thành: 71,42%. {TaskFigures.CompletionFormula} = 5 ÷ 7", text);
        Assert.Contains($"Tỷ lệ đúng hạn: 42,85%. {TaskFigures.OnTimeFormula} = 3 ÷ 7", text);
        Assert.Contains(TaskFigures.CompletionSource, text);
        Assert.Contains("NV" + set.Ids['H'].ToString("D6"), text);
    }

    [Fact]
    public async Task EachCaller_GetsTheFiguresOfTheTasksInTheirScope()
    {
        var (_, query) = await Arrange();
        async Task<JsonElement> Figures(string user) =>
            JsonDocument.Parse(await (await App.ApiAs(user)).GetStringAsync($"/api/v1/reports/tasks?{query}", Ct)).RootElement.GetProperty("figures");

        var electricity = await Figures("cuc.dienluc");   // the unit leads A to E
        var province = await Figures("so.tuyenquang");    // none of them concerns Tuyên Quang

        Assert.Equal((5, 66.66m, 33.33m), (electricity.GetProperty("total").GetInt32(), electricity.GetProperty("completionRate").GetDecimal(),
            electricity.GetProperty("onTimeRate").GetDecimal()));
        Assert.Equal(0, province.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, province.GetProperty("completionRate").ValueKind);
    }

    [Fact]
    public async Task Json_HoldsTheHundredLargestGroups_AndTheLongestLate_ButCountsThemAll()
    {
        // 2011, no other test's year: 102 documents, the first with three tasks, the second with two, each other with one;
        // all 105 still open on 31/12/2011, the n-th due on the n-th day of the year, so all overdue.
        int[] documents;
        int[] tasks;
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            var office = await db.Users.Where(u => u.UserName == "lanhdao").Select(u => u.OrganisationId).SingleAsync(Ct);
            var made = Enumerable.Range(1, 102).Select(n => new SourceDocument
            {
                Type = DocumentType.OfficialLetter, Number = $"{n}/BCT-VP", IssuedOn = new DateOnly(2011, 1, 1), Issuer = "Bộ Công Thương",
                SignerName = "Nguyễn Văn A", Summary = "Văn bản thứ " + n, RegisteredByOrganisationId = office, CreatedAt = DateTime.UtcNow,
            }).ToList();
            db.Documents.AddRange(made);
            await db.SaveChangesAsync(Ct);
            var of = made.Select(d => d.Id).Prepend(made[0].Id).Prepend(made[0].Id).Prepend(made[1].Id).ToList();
            var added = of.Select((document, i) => new WorkTask
            {
                Title = $"Nhiệm vụ {i + 1} của năm 2011", AssignedBy = "Thứ trưởng", DocumentId = document, LeadOrganisationId = office,
                AssigningOrganisationId = office, AssignedOn = new DateOnly(2011, 1, 1), OriginalDueOn = new DateOnly(2011, 1, 1).AddDays(i),
                DueOn = new DateOnly(2011, 1, 1).AddDays(i), JudgedDueOn = new DateOnly(2011, 1, 1).AddDays(i), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            }).ToList();
            db.Tasks.AddRange(added);
            await db.SaveChangesAsync(Ct);
            (documents, tasks) = ([.. made.Select(d => d.Id)], [.. added.Select(t => t.Id)]);
        }

        using var json = JsonDocument.Parse(await Download("from=2011-01-01&to=2011-12-31", "json"));

        var root = json.RootElement;
        Assert.Equal(105, root.GetProperty("figures").GetProperty("overdue").GetInt32());
        Assert.Equal(102, root.GetProperty("groups").GetProperty("by-document").GetInt32());
        var byDocument = root.GetProperty("byDocument").EnumerateArray().ToList();
        Assert.Equal(TaskReportShown, byDocument.Count);
        Assert.Equal([documents[0].ToString(), documents[1].ToString()], byDocument.Take(2).Select(l => l.GetProperty("id").GetString()));
        Assert.Equal([3, 2, 1], byDocument.Take(3).Select(l => l.GetProperty("figures").GetProperty("total").GetInt32()));
        var overdue = root.GetProperty("overdue").EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(tasks.Take(TaskReportShown), overdue);

        // The workbook has them all.
        using var workbook = new System.IO.Compression.ZipArchive(new MemoryStream(await Download("from=2011-01-01&to=2011-12-31", "xlsx")));
        var text = string.Concat(workbook.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Equal(102, System.Text.RegularExpressions.Regex.Matches(text, @"\b\d+/BCT-VP").Select(m => m.Value).Distinct().Count());
    }

    private const int TaskReportShown = CauNoi.Web.Features.Tasks.Reports.TaskReport.Shown;

    [Fact]
    public async Task Report_RefusesAnUnknownFormat_InVietnamese()
    {
        var response = await (await App.ApiAs("lanhdao")).GetAsync("/api/v1/reports/tasks?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Định dạng “pdf” không được hỗ trợ", await response.Content.ReadAsStringAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TaskReportOnSqlite(SqliteApp app) : TaskReportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TaskReportOnPostgres(PostgresApp app) : TaskReportTests(app);
