using AngleSharp.Html.Dom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>The intake form as a locality and the hub use it: files chosen with it, its required fields, its button, the contact e-mail.</summary>
public abstract class SubmitFormTests(CauNoiApp app) : AppTests(app)
{
    private const string Content = "Cửa hàng xăng dầu sau sắp xếp địa giới chưa được cấp lại giấy phép, đề nghị Bộ hướng dẫn.";

    private async Task<string> FieldId(string code)
    {
        await using var scope = App.Db();
        return (await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(Ct)).ToString();
    }

    /// <summary>Posts the form as a browser does with files chosen: multipart, with the antiforgery and one-time tokens of a fresh form.</summary>
    private async Task<HttpResponseMessage> Send(PageClient client, Dictionary<string, string> fields, params (byte[] Bytes, string Name)[] files)
    {
        var (_, page) = await client.GetAsync("/kien-nghi/gui");
        var body = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("#intake input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(page.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!), "Input.Token" },
            { new StringContent(await FieldId("NL")), "Input.FieldId" },
            { new StringContent(Content), "Input.Content" },
        };
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        foreach (var (bytes, name) in files) body.Add(new ByteArrayContent(bytes), "files", name);
        return await client.Http.PostAsync("/kien-nghi/gui", body, Ct);
    }

    private static int IdOf(HttpResponseMessage redirect) => int.Parse(redirect.Headers.Location!.OriginalString.Split('/').Last());

    /// <summary>Every file in the app's attachment folder, and in its folder of uploads being received.</summary>
    private string[] StoredFiles()
    {
        var config = App.Services.GetRequiredService<IConfiguration>();
        return [.. new[] { config["Attachments:Path"]!, config["Attachments:TempPath"]! }.Where(Directory.Exists).SelectMany(Directory.GetFiles)];
    }

    [Fact]
    public async Task FilesChosenOnTheForm_AreStoredWithTheNewRecord_AndListedOnIt()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var before = StoredFiles().Length;

        var response = await Send(commune, new() { ["Input.Title"] = "Gửi kèm tệp " + Guid.NewGuid() },
            (SampleFiles.Pdf, "Công văn số 12.pdf"), (SampleFiles.Pdf, "Biên bản.pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdOf(response);
        var (_, page) = await commune.GetAsync($"/kien-nghi/{id}");
        Assert.Equal(["Biên bản.pdf", "Công văn số 12.pdf"], page.QuerySelectorAll("#attachments a").Select(a => a.TextContent).Order());
        await using var scope = App.Db();
        var rows = await scope.Context.RecommendationAttachments.Where(a => a.RecommendationId == id).ToListAsync(Ct);
        Assert.Equal(2, rows.Count);
        Assert.Equal(before + 2, StoredFiles().Length);
        Assert.All(rows, r => Assert.Contains(StoredFiles(), f => Path.GetFileName(f) == r.StoredName));
    }

    [Fact]
    public async Task AFileThatIsNotAnAllowedKind_IsRefusedOnTheForm_AndNeitherTheRecordNorAnyFileIsWritten()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");
        var title = "Tệp giả mạo " + Guid.NewGuid();
        var before = StoredFiles();

        var response = await Send(province, new() { ["Input.Title"] = title },
            (SampleFiles.Pdf, "hợp lệ.pdf"), (System.Text.Encoding.UTF8.GetBytes("không phải PDF"), "hoa-don.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync(Ct));
        var error = page.QuerySelector("[data-error-for='files']")!.TextContent;
        Assert.Contains("\"hoa-don.pdf\" không phải loại được phép", error);
        Assert.Contains("chọn lại tệp", error);
        Assert.Equal(title, page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        await using var scope = App.Db();
        Assert.False(await scope.Context.Recommendations.AnyAsync(r => r.Title == title, Ct));
        Assert.Equal(before.Order(), StoredFiles().Order());
    }

    [Fact]
    public async Task AGoodFile_WithAFieldLeftEmpty_IsNotKept_AndTheFormSaysToChooseItAgain()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");
        var before = StoredFiles();

        var response = await Send(province, new() { ["Input.Title"] = "" }, (SampleFiles.Pdf, "hợp lệ.pdf"));

        var page = PageClient.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập tiêu đề", page.QuerySelector("[data-error-for='Input.Title']")!.TextContent);
        Assert.Contains("chọn lại", page.QuerySelector("[data-error-for='files']")!.TextContent);
        Assert.Equal(before.Order(), StoredFiles().Order());
    }

    private static string Label(IHtmlDocument page, string id) => page.QuerySelector($"label[for='{id}']")!.TextContent;

    [Fact]
    public async Task RequiredFields_AreMarkedWithAStar_ExplainedAboveTheForm_AndRequiredForAssistiveTechnology()
    {
        var (_, hubForm) = await (await PageClient.SignedIn(App, "cuc.ctdp")).GetAsync("/kien-nghi/gui");
        var (_, communeForm) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync("/kien-nghi/gui");

        Assert.Contains("Trường có dấu * là bắt buộc", hubForm.QuerySelector("#intake")!.TextContent);
        foreach (var (id, name) in new[] { ("title", "Input.Title"), ("content", "Input.Content"), ("field", "Input.FieldId"), ("province", "Input.ProvinceCode") })
        {
            Assert.EndsWith("*", Label(hubForm, id).Trim());
            var input = hubForm.QuerySelector($"[name='{name}']")!;
            Assert.True(input.HasAttribute("required"), name);
            Assert.Equal("true", input.GetAttribute("aria-required"));
        }
        foreach (var optional in new[] { "reference", "contactName", "contactPhone", "contactEmail", "files", "commune", "conference" })
            Assert.DoesNotContain("*", Label(hubForm, optional));
        Assert.Equal(3, communeForm.QuerySelectorAll("#intake [required]").Length);   // no province to choose for a commune
    }

    [Fact]
    public async Task TheButton_SaysSendForALocality_AndRecordForTheHubRecordingOnItsBehalf()
    {
        async Task<string> Button(string user) =>
            (await (await PageClient.SignedIn(App, user)).GetAsync("/kien-nghi/gui")).Document.QuerySelector("#intake button[type=submit]")!.TextContent.Trim();

        Assert.Equal("Gửi kiến nghị", await Button("xa.hoankiem"));
        Assert.Equal("Gửi kiến nghị", await Button("so.hanoi"));
        Assert.Equal("Ghi nhận kiến nghị", await Button("cuc.ctdp"));
    }

    [Fact]
    public async Task TheContactEmail_IsToldUnderTheField_AndIsSentTheAnswer_ThroughTheOutbox()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        var contact = $"lien.he.{RecommendationSteps.Token()}@hoankiem.hanoi.gov.vn";
        var answer = "Thực hiện theo Điều 12 Nghị định 83/2014/NĐ-CP " + Guid.NewGuid();
        var (_, form) = await commune.GetAsync("/kien-nghi/gui");

        var response = await Send(commune, new() { ["Input.Title"] = "Thư trả lời " + Guid.NewGuid(), ["Input.ContactEmail"] = contact });
        var id = IdOf(response);
        await using (var scope = App.Db())
            Assert.False(await scope.Context.OutboxEmails.AnyAsync(m => m.To == contact, Ct));   // nothing before it is answered
        await App.AnswerAsync("cuc.dienluc", id, answer, Ct);

        Assert.Contains("được trả lời", form.QuerySelector("#contactEmail-note")!.TextContent);
        await using var after = App.Db();
        var mail = await after.Context.OutboxEmails.SingleAsync(m => m.To == contact, Ct);
        Assert.Equal($"[Cầu Nối] Kiến nghị KN{id:D6} đã được trả lời", mail.Subject);
        Assert.Contains(answer, mail.Body);
        Assert.EndsWith($"/kien-nghi/{id}", mail.Body);
        Assert.Null(mail.SentAt);
    }

    [Fact]
    public async Task TheContactEmail_IsSentAGroupsCommonAnswer_AndAReferralToTheCompetentBody()
    {
        var token = RecommendationSteps.Token();
        var (grouped, referred) = ($"nhom.{token}@hanoi.gov.vn", $"chuyen.{token}@hanoi.gov.vn");
        async Task<int> Submit(string contact) =>
            (await App.SubmitAsync("so.hanoi", $"Giá điện bậc thang {token}", Content, extra: new { contactEmail = contact }, ct: Ct)).Summary.Id;
        int[] members = [await Submit(grouped), (await App.SubmitAsync("so.danang", $"Giá điện bậc thang {token}", Content, ct: Ct)).Summary.Id];
        var outside = await Submit(referred);
        var unit = await App.ApiAs("cuc.dienluc");
        var group = await unit.PostAsJsonAsync("/api/v1/recommendation-groups", new { title = "Giá điện " + token, recommendationIds = members }, Ct);
        var groupId = int.Parse(group.Headers.Location!.OriginalString.Split('/').Last());

        Assert.True((await unit.PostAsJsonAsync($"/api/v1/recommendation-groups/{groupId}/answer", RecommendationSteps.GroupAnswer("Trả lời chung về giá điện."), Ct)).IsSuccessStatusCode);
        await App.ActAsync("cuc.dienluc", outside, new { action = "outside-remit", competentBody = "UBND thành phố Hà Nội" }, Ct);

        await using var scope = App.Db();
        var answer = await scope.Context.OutboxEmails.SingleAsync(m => m.To == grouped, Ct);
        var referral = await scope.Context.OutboxEmails.SingleAsync(m => m.To == referred, Ct);
        Assert.Contains("Trả lời chung về giá điện.", answer.Body);
        Assert.Equal($"[Cầu Nối] Kiến nghị KN{outside:D6} thuộc thẩm quyền của UBND thành phố Hà Nội", referral.Subject);
    }

    [Fact]
    public async Task AContactEmailThatIsTheLocalitysOwnAddress_GetsTheAnswerOnce()
    {
        var contact = $"phong.kinh.te.{RecommendationSteps.Token()}@hoankiem.hanoi.gov.vn";
        string? earlier;
        await using (var scope = App.Db())
        {
            var office = await scope.Context.Organisations.SingleAsync(o => o.Code == "XA-00070", Ct);
            (earlier, office.Email) = (office.Email, contact);
            await scope.Context.SaveChangesAsync(Ct);
        }
        try
        {
            var id = (await App.SubmitAsync("xa.hoankiem", "Địa chỉ chung " + Guid.NewGuid(), Content, extra: new { contactEmail = contact.ToUpperInvariant() }, ct: Ct)).Summary.Id;

            await App.AnswerAsync("cuc.dienluc", id, "Đã có hướng dẫn.", Ct);

            await using var scope = App.Db();
            Assert.Equal(1, await scope.Context.OutboxEmails.CountAsync(m => m.To.ToLower() == contact, Ct));
        }
        finally
        {
            await using var scope = App.Db();
            await scope.Context.Organisations.Where(o => o.Code == "XA-00070").ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, earlier), Ct);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SubmitFormOnSqlite(SqliteApp app) : SubmitFormTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SubmitFormOnPostgres(PostgresApp app) : SubmitFormTests(app);
