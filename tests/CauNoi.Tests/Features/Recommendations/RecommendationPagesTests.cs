using AngleSharp.Html.Dom;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class RecommendationPagesTests(CauNoiApp app) : AppTests(app)
{
    private const string Content = "Dự án đường dây 110 kV qua địa bàn chậm giải phóng mặt bằng, đề nghị Bộ hướng dẫn.";

    private async Task<int> FieldId(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(Ct);
    }

    private async Task<int> UnitId(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<Recommendation> Stored(int id)
    {
        await using var scope = App.Db();
        return await scope.Context.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id, Ct);
    }

    /// <summary>The intake form's fields, with the one-time token of a freshly opened form.</summary>
    private async Task<Dictionary<string, string>> Form(PageClient client, string title, string field = "NL", Dictionary<string, string>? extra = null)
    {
        var (_, page) = await client.GetAsync("/kien-nghi/gui");
        var form = new Dictionary<string, string>
        {
            ["Input.Token"] = page.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!,
            ["Input.Title"] = title,
            ["Input.Content"] = Content,
            ["Input.FieldId"] = (await FieldId(field)).ToString(),
        };
        foreach (var (key, value) in extra ?? []) form[key] = value;
        return form;
    }

    /// <summary>Submits through the form and returns the id of the detail page it lands on.</summary>
    private async Task<int> SubmitThroughTheForm(PageClient client, string title, string field = "NL")
    {
        var response = await client.PostFormAsync("/kien-nghi/gui", await Form(client, title, field));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdOf(response);
    }

    private static int IdOf(HttpResponseMessage redirect) =>
        int.Parse(redirect.Headers.Location!.OriginalString.Split('/').Last());

    /// <summary>Posts one of the action forms on the detail page, with the version the page shows.</summary>
    private static async Task<HttpResponseMessage> Act(PageClient client, int id, string action, Dictionary<string, string>? fields = null, int? version = null)
    {
        var (_, page) = await client.GetAsync($"/kien-nghi/{id}");
        var form = page.QuerySelector($"#actions form[data-action='{action}']")
            ?? throw new InvalidOperationException($"The page offers no '{action}' form.");
        var body = new Dictionary<string, string>(fields ?? [])
        {
            ["Step.Action"] = action,
            ["Step.Version"] = (version ?? int.Parse(form.QuerySelector("input[name='Step.Version']")!.GetAttribute("value")!)).ToString(),
        };
        return await client.PostFormAsync($"/kien-nghi/{id}?handler=Act", body);
    }

    [Fact]
    public async Task Locality_AttachesAPdfOnTheDetailPage_AndAFakeOneIsRefused()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var id = await SubmitThroughTheForm(commune, "Đính kèm trên trang " + Guid.NewGuid());

        async Task<HttpResponseMessage> Upload(string name, byte[] bytes)
        {
            var (_, page) = await commune.GetAsync($"/kien-nghi/{id}");
            var token = page.QuerySelector("#tep-dinh-kem input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "files", name } };
            return await commune.Http.PostAsync($"/kien-nghi/{id}?handler=Attachment", body, Ct);
        }

        var pdf = await Upload("bản đồ tuyến.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
        var fake = await Upload("hoa-don.pdf", System.Text.Encoding.UTF8.GetBytes("không phải PDF"));

        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        Assert.Contains("không phải loại được phép", PageClient.Parse(await fake.Content.ReadAsStringAsync(Ct)).QuerySelector("#tep-dinh-kem")!.TextContent);
        var (_, detail) = await commune.GetAsync($"/kien-nghi/{id}");
        Assert.Equal(["bản đồ tuyến.pdf"], detail.QuerySelectorAll("#attachments a").Select(a => a.TextContent));
    }

    private static IReadOnlyList<string?> OfferedActions(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#actions form[data-action]").Select(f => f.GetAttribute("data-action"))];

    private static async Task<IHtmlDocument> Read(HttpResponseMessage response) =>
        PageClient.Parse(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task CommuneOfficer_SubmitsTheForm_AndLandsOnTheDetailPage_ShowingItNewWithItsDeadline()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var title = "Vướng mắc hành lang lưới điện " + Guid.NewGuid();

        var id = await SubmitThroughTheForm(commune, title);
        var (status, page) = await commune.GetAsync($"/kien-nghi/{id}");

        var stored = await Stored(id);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Mới gửi", page.QuerySelector("h1 [data-status]")!.TextContent.Trim());
        Assert.Contains(Display.Date(stored.DueOn), page.QuerySelector("#deadline")!.TextContent);
        Assert.Contains($"Đã gửi kiến nghị {stored.Number}", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(("01", "00070", Channel.Web, await UnitId("DL")), (stored.ProvinceCode, stored.CommuneCode, stored.Channel, stored.RoutedUnitId));
        Assert.Empty(OfferedActions(page));   // a new recommendation waits for the Ministry
    }

    [Fact]
    public async Task SameFormPostedTwice_StoresOneRecord_AndBothLandOnIt()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");
        var title = "Bấm gửi hai lần " + Guid.NewGuid();
        var form = await Form(province, title);

        var first = await province.PostFormAsync("/kien-nghi/gui", form);
        var second = await province.PostFormAsync("/kien-nghi/gui", form);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var scope = App.Db();
        Assert.Equal(1, await scope.Context.Recommendations.CountAsync(r => r.Title == title, Ct));
    }

    [Fact]
    public async Task InvalidForm_ShowsVietnameseErrorsByTheFields_AndStoresNothing()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");
        var marker = "Nội dung không được lưu " + Guid.NewGuid();
        var form = await Form(province, "", extra: new()
        {
            ["Input.Content"] = marker, ["Input.FieldId"] = "", ["Input.ContactEmail"] = "khong-phai-email", ["Input.CommuneCode"] = "00694",
        });

        var response = await province.PostFormAsync("/kien-nghi/gui", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Read(response);
        string? Error(string field) => page.QuerySelector($"[data-error-for='Input.{field}']")?.TextContent;
        Assert.Contains("Vui lòng nhập tiêu đề", Error("Title"));
        Assert.Contains("Vui lòng chọn lĩnh vực", Error("FieldId"));
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ", Error("ContactEmail"));
        Assert.Contains("không thuộc tỉnh", Error("CommuneCode"));   // a Tuyên Quang commune named by Hà Nội
        Assert.Equal(marker, page.QuerySelector("textarea[name='Input.Content']")!.TextContent);   // what was typed is kept
        await using var scope = App.Db();
        Assert.False(await scope.Context.Recommendations.AnyAsync(r => r.Content == marker, Ct));
    }

    [Fact]
    public async Task MinistryStaff_RecordOnBehalfOfAProvince_WithTheChannelAndTheDayReceived()
    {
        var hub = await PageClient.SignedIn(App, "cuc.ctdp");
        var title = "Ghi nhận qua công văn " + Guid.NewGuid();
        var receivedOn = VietnamTime.Today(TimeProvider.System).AddDays(-3);

        var response = await hub.PostFormAsync("/kien-nghi/gui", await Form(hub, title, "CCN", new()
        {
            ["Input.ProvinceCode"] = "08", ["Input.Channel"] = "Letter", ["Input.ReceivedOn"] = Display.Date(receivedOn),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Stored(IdOf(response));
        Assert.Equal(("08", null, Channel.Letter, receivedOn), (stored.ProvinceCode, stored.CommuneCode, stored.Channel, stored.ReceivedOn));
    }

    [Fact]
    public async Task AnotherProvince_OpeningTheDetailPage_IsToldItIsNotFound()
    {
        var id = await SubmitThroughTheForm(await PageClient.SignedIn(App, "xa.hoankiem"), "Ngoài phạm vi " + Guid.NewGuid());
        var tuyenQuang = await PageClient.SignedIn(App, "so.tuyenquang");

        var (status, page) = await tuyenQuang.GetAsync($"/kien-nghi/{id}");
        var post = await tuyenQuang.PostFormAsync($"/kien-nghi/{id}?handler=Message", new() { ["MessageText"] = "?" }, formPage: "/kien-nghi");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Không tìm thấy", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var scope = App.Db();
        Assert.False(await scope.Context.RecommendationMessages.AnyAsync(m => m.RecommendationId == id, Ct));
    }

    [Fact]
    public async Task RoutedUnit_ReceivesAndAnswersOnThePage_AndTheLocalitySeesTheAnswerAndRatesIt()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");
        var id = await SubmitThroughTheForm(commune, "Trả lời trên trang " + Guid.NewGuid());
        var answer = "Thực hiện theo Điều 5 Thông tư 25/2016/TT-BCT " + Guid.NewGuid();

        var (_, before) = await unit.GetAsync($"/kien-nghi/{id}");
        var received = await Act(unit, id, "receive");
        var (_, afterReceipt) = await unit.GetAsync($"/kien-nghi/{id}");
        var answered = await Act(unit, id, "answer", new()
        {
            ["Step.Answer"] = answer, ["Step.LetterNumber"] = "1234/BCT-ĐL", ["Step.SignerName"] = "Phan Thị Hà", ["Step.SignerTitle"] = "Phó Cục trưởng",
            ["Step.Confirmed"] = "true",
        });
        var (_, seenByLocality) = await commune.GetAsync($"/kien-nghi/{id}");

        Assert.Equal(["receive", "transfer", "outside-remit", "merge"], OfferedActions(before));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        Assert.Contains("answer", OfferedActions(afterReceipt));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("Đã trả lời", seenByLocality.QuerySelector("h1 [data-status]")!.TextContent.Trim());
        Assert.Contains(answer, seenByLocality.QuerySelector("#answer")!.TextContent);
        Assert.Equal(["rate", "close", "reopen"], OfferedActions(seenByLocality));
        Assert.Equal(["Gửi kiến nghị", "Tiếp nhận", "Trả lời"],
            seenByLocality.QuerySelectorAll("#history [data-action] strong").Select(s => s.TextContent.Trim()));

        var unexplained = await Act(commune, id, "rate", new() { ["Step.Satisfied"] = "false" });
        var rated = await Act(commune, id, "rate", new() { ["Step.Satisfied"] = "false", ["Step.Comment"] = "Chưa nêu thời hạn." });
        var (_, afterRating) = await commune.GetAsync($"/kien-nghi/{id}");

        Assert.Contains("Nêu lý do chưa hài lòng", (await Read(unexplained)).QuerySelector("#refusal")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("Chưa hài lòng – Chưa nêu thời hạn.", afterRating.QuerySelector("#rating")!.TextContent);
    }

    [Fact]
    public async Task AskingForInformation_PausesTheDeadlineOnThePage_UntilTheLocalityProvidesIt()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");
        var id = await SubmitThroughTheForm(province, "Cần bổ sung thông tin " + Guid.NewGuid());
        await Act(unit, id, "receive");

        var asked = await Act(unit, id, "request-information", new() { ["Step.Comment"] = "Đề nghị gửi bản đồ tuyến." });
        var (_, paused) = await province.GetAsync($"/kien-nghi/{id}");
        var remaining = (await Stored(id)).RemainingWorkingDays;
        var provided = await Act(province, id, "provide-information", new() { ["Step.Comment"] = "Đã gửi bản đồ tuyến." });
        var (_, resumed) = await province.GetAsync($"/kien-nghi/{id}");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Tạm dừng", paused.QuerySelector("#deadline")!.TextContent);
        Assert.Contains($"còn {remaining} ngày làm việc", paused.QuerySelector("#deadline")!.TextContent);
        Assert.Equal(["provide-information"], OfferedActions(paused));
        Assert.Equal(HttpStatusCode.Redirect, provided.StatusCode);
        Assert.Equal("Đang xử lý", resumed.QuerySelector("h1 [data-status]")!.TextContent.Trim());
        Assert.Contains(Display.Date((await Stored(id)).DueOn), resumed.QuerySelector("#deadline")!.TextContent);
    }

    [Fact]
    public async Task MinistryLeader_IsNotOfferedTheIntakeForm()
    {
        var leader = await PageClient.SignedIn(App, "lanhdao");

        var response = await leader.Http.GetAsync("/kien-nghi/gui", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/khong-co-quyen", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task StaleVersion_ShowsTheConflict_AndChangesNothing()
    {
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");
        var id = await SubmitThroughTheForm(await PageClient.SignedIn(App, "so.hanoi"), "Phiên bản cũ " + Guid.NewGuid());
        var seen = (await Stored(id)).Version;
        Assert.Equal(HttpStatusCode.Redirect, (await Act(await PageClient.SignedIn(App, "cuc.ctdp"), id, "receive")).StatusCode);

        var stale = await Act(unit, id, "start", version: seen);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", (await Read(stale)).QuerySelector("#refusal")!.TextContent);
        var stored = await Stored(id);
        Assert.Equal(RecommendationStatus.Received, stored.Status);
        await using var scope = App.Db();
        Assert.Equal(2, await scope.Context.RecommendationEvents.CountAsync(e => e.RecommendationId == id, Ct));   // submit + receive
    }

    [Fact]
    public async Task Thread_TakesRepliesOnThePage_AndRefusesAnEmptyOne()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var id = await SubmitThroughTheForm(commune, "Trao đổi trên trang " + Guid.NewGuid());

        var empty = await commune.PostFormAsync($"/kien-nghi/{id}?handler=Message", new() { ["MessageText"] = "  " }, formPage: $"/kien-nghi/{id}");
        var reply = await (await PageClient.SignedIn(App, "cuc.dienluc")).PostFormAsync($"/kien-nghi/{id}?handler=Message",
            new() { ["MessageText"] = "Đề nghị cho biết số hộ bị ảnh hưởng." }, formPage: $"/kien-nghi/{id}");
        var (_, page) = await commune.GetAsync($"/kien-nghi/{id}");

        Assert.Contains("Vui lòng nhập nội dung trao đổi", (await Read(empty)).QuerySelector("[data-error-for='MessageText']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var message = Assert.Single(page.QuerySelectorAll("#thread [data-from-ministry]"));
        Assert.Equal("true", message.GetAttribute("data-from-ministry"));
        Assert.Contains("số hộ bị ảnh hưởng", message.TextContent);
    }

    [Fact]
    public async Task List_FiltersByStatusAndByTextWithoutDiacritics_ShowingOnlyWhatIsInScope()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var waiting = await SubmitThroughTheForm(commune, $"Vướng mắc đấu nối điện mặt trời {marker} một");
        var received = await SubmitThroughTheForm(commune, $"Vướng mắc đấu nối điện mặt trời {marker} hai");
        await Act(await PageClient.SignedIn(App, "cuc.dienluc"), received, "receive");
        var q = Uri.EscapeDataString($"vuong mac dau noi dien mat troi {marker}");
        async Task<IReadOnlyList<int>> Listed(string user, string query) =>
            [.. (await (await PageClient.SignedIn(App, user)).GetAsync("/kien-nghi?" + query)).Document
                .QuerySelectorAll("#recommendations tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!))];

        Assert.Equal([waiting, received], (await Listed("xa.hoankiem", $"q={q}")).Order());
        Assert.Equal([received], await Listed("xa.hoankiem", $"q={q}&status=Received"));
        Assert.Equal([received, waiting], await Listed("so.hanoi", $"q={q}&sort=updated"));
        Assert.Empty(await Listed("xa.badinh", $"q={q}"));
        Assert.Empty(await Listed("so.tuyenquang", $"q={q}"));

        var (_, page) = await commune.GetAsync($"/kien-nghi?q={q}&status=Received");
        Assert.Contains("Tìm thấy 1 kiến nghị", page.QuerySelector("#counts")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#recommendations a[href='/kien-nghi/{received}']"));
        var export = page.QuerySelector("#export")!.GetAttribute("href")!;
        Assert.StartsWith("/api/v1/recommendations/export?", export);
        Assert.Contains("status=Received", export);
        Assert.Contains($"q={q}", export, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_HighlightsOverdueRows_AndFiltersThem()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var late = await SubmitThroughTheForm(commune, $"Quá hạn {marker}");
        await SubmitThroughTheForm(commune, $"Còn hạn {marker}");
        await using (var scope = App.Db())
        {
            var r = await scope.Context.Recommendations.SingleAsync(x => x.Id == late, Ct);
            r.DueOn = VietnamTime.Today(TimeProvider.System).AddDays(-1);
            await scope.Context.SaveChangesAsync(Ct);
        }

        var (_, all) = await commune.GetAsync($"/kien-nghi?q={marker}");
        var (_, overdue) = await commune.GetAsync($"/kien-nghi?q={marker}&overdue=true");

        Assert.Equal("true", all.QuerySelector($"tr[data-id='{late}']")!.GetAttribute("data-overdue"));
        Assert.Contains("table-danger", all.QuerySelector($"tr[data-id='{late}']")!.ClassList);
        Assert.Contains("trong đó 1 quá hạn", all.QuerySelector("#counts")!.TextContent);
        Assert.Equal([late.ToString()], overdue.QuerySelectorAll("#recommendations tbody tr").Select(r => r.GetAttribute("data-id")));
    }

    [Fact]
    public async Task Admin_ChangesAFieldsRoutingAndDeadline_AndTheNextSubmissionFollowsThem()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var fieldId = await FieldId("PVTM");
        var xttm = await UnitId("XTTM");
        FieldOfWorkSnapshot original;
        await using (var scope = App.Db())
            original = await scope.Context.FieldsOfWork.Where(f => f.Id == fieldId)
                .Select(f => new FieldOfWorkSnapshot(f.Code, f.Name, f.SortOrder, f.ResponsibleUnitId, f.DefaultWorkingDays)).SingleAsync(Ct);
        try
        {
            var saved = await admin.PostFormAsync($"/quan-tri/linh-vuc/{fieldId}", new()
            {
                ["Input.Code"] = original.Code, ["Input.Name"] = original.Name, ["Input.SortOrder"] = original.SortOrder.ToString(),
                ["Input.ResponsibleUnitId"] = xttm.ToString(), ["Input.DefaultWorkingDays"] = "20",
            });
            var (_, list) = await admin.GetAsync("/quan-tri/linh-vuc");
            var id = await SubmitThroughTheForm(await PageClient.SignedIn(App, "so.hanoi"), "Định tuyến mới " + Guid.NewGuid(), "PVTM");

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var row = list.QuerySelector("tr[data-code='PVTM']")!;
            Assert.Equal("Cục Xúc tiến thương mại", row.QuerySelector(".unit")!.TextContent.Trim());
            Assert.Equal("20", row.QuerySelector(".days")!.TextContent.Trim());
            var stored = await Stored(id);
            await using var check = App.Db();
            var calendar = await WorkingCalendar.LoadAsync(check.Context, Ct);
            Assert.Equal((xttm, 20, calendar.Deadline(stored.ReceivedOn, 20)), (stored.RoutedUnitId, stored.WorkingDaysAllowed, stored.DueOn));
        }
        finally
        {
            await using var scope = App.Db();
            var field = await scope.Context.FieldsOfWork.SingleAsync(f => f.Id == fieldId, CancellationToken.None);
            (field.ResponsibleUnitId, field.DefaultWorkingDays) = (original.ResponsibleUnitId, original.DefaultWorkingDays);
            await scope.Context.SaveChangesAsync(CancellationToken.None);
        }
    }

    private sealed record FieldOfWorkSnapshot(string Code, string Name, int SortOrder, int? ResponsibleUnitId, int DefaultWorkingDays);

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("mười")]
    public async Task FieldWithAnImpossibleDeadline_IsRefusedInVietnamese_AndNothingStored(string days)
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await admin.PostFormAsync("/quan-tri/linh-vuc", new()
        {
            ["Input.Code"] = code, ["Input.Name"] = "Lĩnh vực thử", ["Input.SortOrder"] = "9100", ["Input.ResponsibleUnitId"] = "", ["Input.DefaultWorkingDays"] = days,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Số ngày làm việc để trả lời là số nguyên từ 1 đến 200.", (await Read(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var scope = App.Db();
        Assert.False(await scope.Context.FieldsOfWork.AnyAsync(f => f.Code == code, Ct));
    }

    [Theory]
    [InlineData("KN{0:D6}")]
    [InlineData("kn {0}")]
    [InlineData("{0}")]
    public async Task SearchingARecommendationsNumber_OpensIt_ForWhoeverMaySeeIt(string typed)
    {
        var id = (await App.SubmitAsync("so.hanoi", "Tra cứu theo số kiến nghị " + RecommendationSteps.Token(), Content, ct: Ct)).Summary.Id;
        var query = "/kien-nghi?q=" + Uri.EscapeDataString(string.Format(typed, id));

        var hanoi = await (await PageClient.SignedIn(App, "so.hanoi")).Http.GetAsync(query, Ct);
        var tuyenQuang = await (await PageClient.SignedIn(App, "so.tuyenquang")).Http.GetAsync(query, Ct);
        var api = await (await App.ApiAs("so.hanoi")).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/recommendations?q=" + Uri.EscapeDataString($"KN{id:D6}"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, hanoi.StatusCode);
        Assert.Equal($"/kien-nghi/{id}", hanoi.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tuyenQuang.StatusCode);   // another province's record: the list, without it
        Assert.DoesNotContain($"/kien-nghi/{id}\"", await tuyenQuang.Content.ReadAsStringAsync(Ct));
        Assert.Contains(api.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetInt32() == id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationPagesOnSqlite(SqliteApp app) : RecommendationPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationPagesOnPostgres(PostgresApp app) : RecommendationPagesTests(app);
