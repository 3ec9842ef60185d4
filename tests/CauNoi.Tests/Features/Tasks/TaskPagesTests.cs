using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>The tasks register's pages as their users meet them: assigning, reporting, sending back, the roll-up, scope.</summary>
public abstract class TaskPagesTests(CauNoiApp app) : AppTests(app)
{
    private DateOnly Today => VietnamTime.Today(App.Services.GetRequiredService<TimeProvider>());

    private async Task<int> UnitId(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<string> UserId(string userName)
    {
        await using var scope = App.Db();
        return await scope.Context.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Ct);
    }

    /// <summary>A task led by Cục Điện lực with its officer as owner, assigned through the form; returns the id it lands on.</summary>
    private async Task<int> AssignThroughTheForm(PageClient client, string title, Dictionary<string, string>? extra = null, string url = "/nhiem-vu/giao")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.LeadOrganisationId"] = (await UnitId("DL")).ToString(),
            ["Input.OwnerId"] = await UserId("cuc.dienluc"),
            ["Input.AssignedBy"] = "Bộ trưởng Nguyễn Hồng Diên",
            ["Input.DueOn"] = Display.Date(Today.AddDays(30)),
        };
        foreach (var (key, value) in extra ?? []) form[key] = value;
        var response = await client.PostFormAsync(url, form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Posts one of the step forms of the task's page, with the version the page shows.</summary>
    private static async Task<HttpResponseMessage> Act(PageClient client, int id, string action, Dictionary<string, string> fields)
    {
        var (_, page) = await client.GetAsync($"/nhiem-vu/{id}");
        var form = page.QuerySelector($"#actions form[data-action='{action}']") ?? throw new InvalidOperationException($"The page offers no '{action}' form.");
        var body = new Dictionary<string, string>(fields)
        {
            ["Step.Action"] = action,
            ["Step.Version"] = form.QuerySelector("input[name='Step.Version']")!.GetAttribute("value")!,
        };
        return await client.PostFormAsync($"/nhiem-vu/{id}?handler=Act", body);
    }

    private static string Status(IHtmlDocument page) => page.QuerySelector("h1 [data-status]")!.TextContent.Trim();

    [Fact]
    public async Task MinistryOfficer_AssignsATaskThroughTheForm_AndSeesItOnTheList()
    {
        var officer = await PageClient.SignedIn(App, "cuc.ctdp");
        var title = "Rà soát quy hoạch lưới điện " + Guid.NewGuid();

        // Choosing the lead unit first brings its people to choose the owner from.
        var reload = await officer.PostFormAsync("/nhiem-vu/giao?handler=Lead", new() { ["Input.Title"] = title, ["Input.LeadOrganisationId"] = (await UnitId("DL")).ToString() }, "/nhiem-vu/giao");
        var form = PageClient.Parse(await reload.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Lê Văn Dũng – Chuyên viên", form.QuerySelectorAll("#owner option").Select(o => o.TextContent));
        Assert.Equal(title, form.QuerySelector("#title")!.TextContent);

        var id = await AssignThroughTheForm(officer, title);
        var (_, list) = await officer.GetAsync("/nhiem-vu?q=" + Uri.EscapeDataString(title));

        var row = list.QuerySelector($"#tasks tr[data-id='{id}']")!;
        Assert.Contains(title, row.TextContent);
        Assert.Contains($"NV{id:D6}", row.TextContent);
        Assert.Contains("Lê Văn Dũng", row.TextContent);
        Assert.Equal($"Hạn: {Display.Date(Today.AddDays(30))}", row.QuerySelector(".deadline")!.TextContent.Trim());
        Assert.Equal("Đang thực hiện trong hạn", row.QuerySelector("[data-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Forms_RefuseABadDocumentNumber_AndAMissingOwner_InVietnameseBesideTheField()
    {
        var officer = await PageClient.SignedIn(App, "cuc.ctdp");

        var document = await officer.PostFormAsync("/van-ban/moi", new()
        {
            ["Input.Type"] = "Decision", ["Input.Number"] = "quyết định số một", ["Input.IssuedOn"] = Display.Date(Today),
            ["Input.Issuer"] = "Bộ Công Thương", ["Input.SignerName"] = "Nguyễn Hồng Diên", ["Input.Summary"] = "Giao nhiệm vụ năm 2027",
        });
        var task = await officer.PostFormAsync("/nhiem-vu/giao", new()
        {
            ["Input.Title"] = "Nhiệm vụ chưa có người chủ trì", ["Input.LeadOrganisationId"] = (await UnitId("DL")).ToString(),
            ["Input.AssignedBy"] = "Thứ trưởng", ["Input.DueOn"] = Display.Date(Today.AddDays(10)),
        });

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var documentPage = PageClient.Parse(await document.Content.ReadAsStringAsync(Ct));
        Assert.Contains("không đúng dạng", documentPage.QuerySelector("[data-error-for='Input.Number']")!.TextContent);
        Assert.Null(documentPage.QuerySelector("[data-error-for='Input.Summary']"));
        Assert.Equal(HttpStatusCode.OK, task.StatusCode);
        var taskPage = PageClient.Parse(await task.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Chọn người chủ trì (một cán bộ của đơn vị chủ trì).", taskPage.QuerySelector("[data-error-for='Input.OwnerId']")!.TextContent.Trim());
        Assert.Null(taskPage.QuerySelector("[data-error-for='Input.Title']"));
    }

    [Fact]
    public async Task LeadUnitReportsDone_ThenTheAssignerSendsItBack_AndItIsInProgressAgainWithTheReason()
    {
        var assigner = await PageClient.SignedIn(App, "cuc.ctdp");
        var lead = await PageClient.SignedIn(App, "cuc.dienluc");
        var id = await AssignThroughTheForm(assigner, "Báo cáo tình hình cung ứng điện " + Guid.NewGuid());

        var reported = await Act(lead, id, "report-progress", new() { ["Step.Percent"] = "100", ["Step.Comment"] = "Đã gửi báo cáo số 12/BC-ĐL." });
        var (_, done) = await lead.GetAsync($"/nhiem-vu/{id}");
        var sentBack = await Act(assigner, id, "send-back", new() { ["Step.Comment"] = "Bổ sung số liệu tháng 11." });
        var (_, again) = await assigner.GetAsync($"/nhiem-vu/{id}");

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal("Hoàn thành đúng hạn", Status(done));
        Assert.Equal("100%", done.QuerySelector("#progress")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal("Đang thực hiện trong hạn", Status(again));
        var report = again.QuerySelector("#reports li[data-returned='true']")!;
        Assert.Contains("đã trả lại", report.TextContent);
        Assert.Contains("Bổ sung số liệu tháng 11.", report.QuerySelector(".return-comment")!.TextContent);
        Assert.Equal("Chưa báo cáo", again.QuerySelector("#progress")!.TextContent.Trim());
    }

    [Fact]
    public async Task ExtensionAskedBeforeTheDeadline_AndGrantedAtTheDayProposed_ShowsBothDeadlinesOnTheList()
    {
        var assigner = await PageClient.SignedIn(App, "cuc.ctdp");
        var lead = await PageClient.SignedIn(App, "cuc.dienluc");
        var title = "Tổng kết thực hiện quy hoạch điện VIII " + Guid.NewGuid();
        var id = await AssignThroughTheForm(assigner, title);

        var asked = await Act(lead, id, "request-extension", new() { ["Step.DueOn"] = Display.Date(Today.AddDays(60)), ["Step.Comment"] = "Chờ số liệu của các tỉnh." });
        var (_, decision) = await assigner.GetAsync($"/nhiem-vu/{id}");
        var granted = await Act(assigner, id, "grant-extension", new() { ["Step.DueOn"] = decision.QuerySelector("#grant-due")!.GetAttribute("value")! });
        var (_, list) = await assigner.GetAsync("/nhiem-vu?q=" + Uri.EscapeDataString(title));

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal($"Hạn: {Display.Date(Today.AddDays(60))} (gia hạn từ {Display.Date(Today.AddDays(30))})",
            System.Text.RegularExpressions.Regex.Replace(list.QuerySelector($"#tasks tr[data-id='{id}'] .deadline")!.TextContent.Trim(), @"\s+", " "));
    }

    [Fact]
    public async Task ReportWithEvidence_IsDownloadedByTheAssigner_AndIsNotFoundForAnotherProvince()
    {
        var assigner = await PageClient.SignedIn(App, "cuc.ctdp");
        var lead = await PageClient.SignedIn(App, "cuc.dienluc");
        var id = await AssignThroughTheForm(assigner, "Kiểm tra an toàn hồ chứa " + Guid.NewGuid());
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        var (_, page) = await lead.GetAsync($"/nhiem-vu/{id}");
        var form = page.QuerySelector("#actions form[data-action='report-progress']")!;
        var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("report-progress"), "Step.Action" },
            { new StringContent(form.QuerySelector("input[name='Step.Version']")!.GetAttribute("value")!), "Step.Version" },
            { new StringContent("50"), "Step.Percent" },
            { new StringContent("Đã kiểm tra 3 trên 6 hồ chứa."), "Step.Comment" },
            { new ByteArrayContent(pdf), "files", "biên bản kiểm tra.pdf" },
        };
        var reported = await lead.Http.PostAsync($"/nhiem-vu/{id}?handler=Act", body, Ct);
        var (_, shown) = await assigner.GetAsync($"/nhiem-vu/{id}");
        var link = shown.QuerySelector("#reports .evidence a")!;
        var download = await assigner.Http.GetAsync(link.GetAttribute("href"), Ct);
        var elsewhere = await (await PageClient.SignedIn(App, "so.tuyenquang")).Http.GetAsync(link.GetAttribute("href"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal("biên bản kiểm tra.pdf", link.TextContent);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task AStepOnAnOlderVersion_IsRefusedOnThePage_NotWithAnError()
    {
        var assigner = await PageClient.SignedIn(App, "cuc.ctdp");
        var id = await AssignThroughTheForm(assigner, "Nhiệm vụ bị hủy hai lần " + Guid.NewGuid());

        var response = await assigner.PostFormAsync($"/nhiem-vu/{id}?handler=Act",
            new() { ["Step.Action"] = "cancel", ["Step.Version"] = "99", ["Step.Comment"] = "Không còn cần thiết." }, $"/nhiem-vu/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", PageClient.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("#refusal")!.TextContent);
    }

    [Fact]
    public async Task ProvinceOfficer_SeesATaskConcerningTheirProvince_AndAnotherProvincesOfficerIsAnsweredNotFound()
    {
        var officer = await PageClient.SignedIn(App, "cuc.ctdp");
        var id = await AssignThroughTheForm(officer, "Kiểm tra an toàn đập thủy điện tại Hà Nội " + Guid.NewGuid(), new() { ["Input.ProvinceCodes"] = "01" });

        var (hanoi, _) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync($"/nhiem-vu/{id}");
        var (tuyenQuang, _) = await (await PageClient.SignedIn(App, "so.tuyenquang")).GetAsync($"/nhiem-vu/{id}");

        Assert.Equal(HttpStatusCode.OK, hanoi);
        Assert.Equal(HttpStatusCode.NotFound, tuyenQuang);
    }

    [Fact]
    public async Task DocumentRegisteredThroughTheForm_ListsItsTask_AndTheRecommendationThatLedToIt()
    {
        int fieldId;
        await using (var scope = App.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);
        var recommendationTitle = "Đề nghị hướng dẫn giá điện mặt trời mái nhà " + Guid.NewGuid();
        var submitted = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync("/api/v1/recommendations",
            new { title = recommendationTitle, content = "Đề nghị Bộ hướng dẫn.", fieldId }, Ct);
        var recommendation = int.Parse(submitted.Headers.Location!.OriginalString.Split('/').Last());
        var officer = await PageClient.SignedIn(App, "cuc.ctdp");
        var number = $"{Random.Shared.Next(100, 99999)}/QĐ-BCT";

        var registered = await officer.PostFormAsync("/van-ban/moi", new()
        {
            ["Input.Type"] = "Decision", ["Input.Number"] = number, ["Input.IssuedOn"] = Display.Date(Today),
            ["Input.Issuer"] = "Bộ Công Thương", ["Input.SignerName"] = "Nguyễn Hồng Diên", ["Input.Summary"] = "Giao nhiệm vụ xử lý kiến nghị của địa phương",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var document = int.Parse(registered.Headers.Location!.OriginalString.Split('/').Last());
        var task = await AssignThroughTheForm(officer, "Hướng dẫn giá điện mặt trời mái nhà " + Guid.NewGuid(),
            new() { ["Input.DocumentId"] = document.ToString(), ["Input.RecommendationId"] = recommendation.ToString() }, $"/nhiem-vu/giao?document={document}&recommendation={recommendation}");
        var (_, page) = await officer.GetAsync($"/van-ban/{document}");
        var (_, register) = await officer.GetAsync("/van-ban?q=" + Uri.EscapeDataString(number));

        Assert.Equal(number, page.QuerySelector("#number")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#tasks tr[data-id='{task}']"));
        Assert.Equal([$"KN{recommendation:D6} · {recommendationTitle}"], page.QuerySelectorAll("#recommendations li").Select(li => li.TextContent.Trim()));
        Assert.Equal("1", register.QuerySelector($"#documents tr[data-id='{document}'] td:last-child")!.TextContent.Trim());
    }

    [Fact]
    public async Task RollUp_OfTwoSubTasksWeighted3And1_At100PercentAndNone_Is75Percent_AndSaysTheMissingOneCountsAsZero()
    {
        var assigner = await PageClient.SignedIn(App, "cuc.ctdp");
        var lead = await PageClient.SignedIn(App, "cuc.dienluc");
        var parent = await AssignThroughTheForm(assigner, "Đề án phát triển điện gió ngoài khơi " + Guid.NewGuid());
        var first = await AssignThroughTheForm(assigner, "Khảo sát vùng biển", new() { ["Input.ParentId"] = parent.ToString(), ["Input.Weight"] = "3" }, $"/nhiem-vu/giao?parent={parent}");
        await AssignThroughTheForm(assigner, "Dự thảo cơ chế giá", new() { ["Input.ParentId"] = parent.ToString(), ["Input.Weight"] = "1" }, $"/nhiem-vu/giao?parent={parent}");
        await Act(lead, first, "report-progress", new() { ["Step.Percent"] = "100", ["Step.Comment"] = "Đã hoàn thành khảo sát." });

        var (_, page) = await assigner.GetAsync($"/nhiem-vu/{parent}");

        // (3 × 100 + 1 × 0) ÷ (3 + 1) = 300 ÷ 4 = 75
        Assert.Equal("75%", page.QuerySelector("#roll-up-percent")!.TextContent.Trim());
        Assert.Contains("(3 × 100 + 1 × 0) ÷ 4", page.QuerySelector("#roll-up-formula")!.TextContent);
        Assert.Equal(["75%", "0%"], page.QuerySelectorAll("#roll-up tbody tr").Select(r => r.Children[4].TextContent.Trim()));
        Assert.Equal("Nhiệm vụ con chưa có tiến độ được tính là 0%.", page.QuerySelector("#roll-up-zero")!.TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TaskPagesOnSqlite(SqliteApp app) : TaskPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TaskPagesOnPostgres(PostgresApp app) : TaskPagesTests(app);
