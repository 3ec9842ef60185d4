using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CauNoi.Tests.Security;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>
/// The answer as the Ministry's official reply: in the name of the unit that wrote it, carried by a numbered, signed
/// letter (and its PDF), confirmed before it goes, approved first by the unit's leader where the unit asks for it,
/// and rated once by the locality.
/// </summary>
public abstract class AnswerTests(CauNoiApp app) : AppTests(app)
{
    private const string Letter = "1234/BCT-ĐL";

    private async Task<int> Submitted(string title) =>
        (await App.SubmitAsync("xa.hoankiem", title + " " + RecommendationSteps.Token(), "Đề nghị Bộ hướng dẫn đấu nối lưới điện.", ct: Ct)).Summary.Id;

    private async Task<HttpResponseMessage> Act(string userName, int id, object step, string password = DemoData.Password) =>
        await (await App.ApiAs(userName, password)).PostAsJsonAsync($"/api/v1/recommendations/{id}/transitions", step, Ct);

    private async Task<RecommendationDetail> Detail(string userName, int id, string password = DemoData.Password) =>
        (await (await App.ApiAs(userName, password)).GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{id}", ApiJson.Options, Ct))!;

    private async Task<Recommendation> Stored(int id)
    {
        await using var scope = App.Db();
        return await scope.Context.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id, Ct);
    }

    private async Task<string> OrganisationName(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Name).SingleAsync(Ct);
    }

    private async Task<List<(string Title, string Body)>> NotificationsOf(int organisationId, int id)
    {
        await using var scope = App.Db();
        return [.. (await scope.Context.Notifications.Where(n => n.OrganisationId == organisationId && n.Link == $"/kien-nghi/{id}")
            .Select(n => new { n.Title, n.Body }).ToListAsync(Ct)).Select(n => (n.Title, n.Body ?? ""))];
    }

    private async Task<int> LocalityId()
    {
        await using var scope = App.Db();
        return await scope.Context.Organisations.Where(o => o.Code == "XA-00070").Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<string> Problem(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    [Fact]
    public async Task TheAnswer_NamesTheUnitThatAnswered_NotTheUnitItIsRoutedTo()
    {
        var id = await Submitted("Trả lời của đầu mối");
        await Act("cuc.ctdp", id, new { action = "receive" });

        var answered = await Act("cuc.ctdp", id, RecommendationSteps.OfficialAnswer("Cục Công Thương địa phương trả lời thay."));
        var seen = await Detail("xa.hoankiem", id);
        var (_, page) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync($"/kien-nghi/{id}");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var hub = await OrganisationName("CTDP");
        Assert.NotEqual(hub, seen.Summary.UnitName);   // routed to Cục Điện lực by its field
        Assert.Equal(RecommendationStatus.Answered, seen.Summary.Status);   // the hub does not have its leader approve: sent at once
        Assert.Equal(hub, seen.OfficialAnswer!.UnitName);
        Assert.Equal($"Trả lời của: {hub}", page.QuerySelector("#answer-unit")!.TextContent.Split(',')[0].Trim());
        Assert.Equal(seen.Summary.UnitName, page.QuerySelector("#unit")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheLetterNumberAndSigner_AreRequired_AndTheNumberMustBeAReferenceNumber()
    {
        var id = await Submitted("Số hiệu văn bản");
        await Act("cuc.dienluc", id, new { action = "receive" });

        var bare = await Act("cuc.dienluc", id, new { action = "answer", answer = "Trả lời không kèm văn bản." });
        var badNumbers = new List<HttpResponseMessage>();
        foreach (var number in new[] { "công văn số 12", "BCT-ĐL/1234", "1234", "1234/", new string('9', 60) + "/BCT" })
            badNumbers.Add(await Act("cuc.dienluc", id, RecommendationSteps.OfficialAnswer("Trả lời.", letterNumber: number)));
        var future = await Act("cuc.dienluc", id, new
        {
            action = "answer", answer = "Trả lời.", letterNumber = Letter, signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng",
            letterDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3),
        });
        var afterRefusals = await Stored(id);
        var written = await Act("cuc.dienluc", id, RecommendationSteps.OfficialAnswer("Trả lời.", letterNumber: " số: 56/2025/bct-đl "));

        Assert.Equal(HttpStatusCode.Conflict, bare.StatusCode);
        var reasons = await Problem(bare);
        Assert.Contains("Vui lòng nhập họ tên người ký", reasons);
        Assert.Contains("Vui lòng nhập chức vụ người ký", reasons);
        Assert.Contains("Vui lòng nhập số hiệu văn bản trả lời", reasons);
        Assert.All(badNumbers, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var r in badNumbers) Assert.Contains("không đúng dạng", await Problem(r));
        Assert.Equal(HttpStatusCode.Conflict, future.StatusCode);
        Assert.Contains("không được sau ngày hôm nay", await Problem(future));
        Assert.Equal((RecommendationStatus.Received, (string?)null), (afterRefusals.Status, afterRefusals.Answer));
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var reply = (await Detail("xa.hoankiem", id)).OfficialAnswer!;
        Assert.Equal(("56/2025/BCT-ĐL", "Phan Thị Hà", "Phó Cục trưởng"), (reply.LetterNumber, reply.SignerName, reply.SignerTitle));
    }

    /// <summary>The answer form's fields as the page shows them, with the letter as a file part when given.</summary>
    private static async Task<MultipartFormDataContent> AnswerForm(
        PageClient client, int id, string answer, bool confirmed = true, (byte[] Bytes, string Name)? file = null)
    {
        var (_, page) = await client.GetAsync($"/kien-nghi/{id}");
        var form = page.QuerySelector("#actions form[data-action='answer']") ?? throw new InvalidOperationException("No answer form.");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name='Step.Version']")!.GetAttribute("value")!), "Step.Version" },
            { new StringContent(answer), "Step.Answer" },
            { new StringContent(Letter), "Step.LetterNumber" },
            { new StringContent("Phan Thị Hà"), "Step.SignerName" },
            { new StringContent("Phó Cục trưởng"), "Step.SignerTitle" },
            { new StringContent(form.QuerySelector("input[name='Step.LetterDate']")!.GetAttribute("value")!), "Step.LetterDate" },
        };
        if (confirmed) content.Add(new StringContent("true"), "Step.Confirmed");
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "letterFile", f.Name);
        }
        return content;
    }

    private async Task<IHtmlDocument> Read(HttpResponseMessage response) => PageClient.Parse(await response.Content.ReadAsStringAsync(Ct));

    [Fact]
    public async Task ThePage_AsksToConfirm_ShowingWhereTheAnswerGoes_AndSendsNothingUnconfirmed()
    {
        var id = await Submitted("Xác nhận trước khi gửi");
        await Act("cuc.dienluc", id, new { action = "receive" });
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");

        var (_, page) = await unit.GetAsync($"/kien-nghi/{id}");
        var unconfirmed = await unit.Http.PostAsync($"/kien-nghi/{id}?handler=Answer", await AnswerForm(unit, id, "Trả lời chưa xác nhận.", confirmed: false), Ct);
        var throughTheStepForm = await unit.PostFormAsync($"/kien-nghi/{id}?handler=Act", new()
        {
            ["Step.Action"] = "answer", ["Step.Version"] = (await Stored(id)).Version.ToString(), ["Step.Answer"] = "Trả lời vòng qua xác nhận.",
            ["Step.LetterNumber"] = Letter, ["Step.SignerName"] = "Phan Thị Hà", ["Step.SignerTitle"] = "Phó Cục trưởng",
        }, $"/kien-nghi/{id}");
        var notSent = await Stored(id);

        var summary = page.QuerySelector("#answer-summary")!.TextContent;
        Assert.Contains(await OrganisationName("XA-00070"), summary);
        Assert.Contains(await OrganisationName("DL"), summary);
        Assert.Equal("required", page.QuerySelector("#answer-confirm")!.GetAttribute("required") is null ? null : "required");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var refused = await Read(unconfirmed);
        Assert.Contains("Hãy đánh dấu ô xác nhận", refused.QuerySelector("#refusal")!.TextContent);
        Assert.Equal("Trả lời chưa xác nhận.", refused.QuerySelector("#answer-text-input")!.TextContent);   // what was typed stays
        Assert.Contains("Hãy đánh dấu ô xác nhận", (await Read(throughTheStepForm)).QuerySelector("#refusal")!.TextContent);
        Assert.Equal((RecommendationStatus.Received, (string?)null), (notSent.Status, notSent.Answer));
        Assert.Empty(await NotificationsOf(await LocalityId(), id));
    }

    [Fact]
    public async Task TheSignedLetter_IsStoredWithTheAnswer_AndTheLocalityOpensIt_WhileAPhotoOfItIsRefused()
    {
        var id = await Submitted("Văn bản đã ký");
        await Act("cuc.dienluc", id, new { action = "receive" });
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        var word = await unit.Http.PostAsync($"/kien-nghi/{id}?handler=Answer",
            await AnswerForm(unit, id, "Trả lời kèm ảnh chụp công văn.", file: (png, "anh-cong-van.png")), Ct);
        var afterWord = await Stored(id);
        int filesAfterWord;
        await using (var scope = App.Db())
            filesAfterWord = await scope.Context.RecommendationAttachments.CountAsync(a => a.RecommendationId == id, Ct);
        var sent = await unit.Http.PostAsync($"/kien-nghi/{id}?handler=Answer",
            await AnswerForm(unit, id, "Trả lời kèm văn bản đã ký.", file: (SampleFiles.Pdf, "1234-BCT-DL.pdf")), Ct);
        var locality = await PageClient.SignedIn(App, "xa.hoankiem");
        var (_, page) = await locality.GetAsync($"/kien-nghi/{id}");
        var link = page.QuerySelector("#answer-file")!;
        var download = await locality.Http.GetAsync(link.GetAttribute("href"), Ct);

        Assert.Contains("phải là tệp PDF", (await Read(word)).QuerySelector("#refusal")!.TextContent);
        Assert.Equal(RecommendationStatus.Received, afterWord.Status);
        Assert.Equal(0, filesAfterWord);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("1234-BCT-DL.pdf", link.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains(Letter, page.QuerySelector("#answer-letter-number")!.TextContent);
        Assert.Equal("Phó Cục trưởng Phan Thị Hà", page.QuerySelector("#answer-signer")!.TextContent.Trim());
        var note = Assert.Single(await NotificationsOf(await LocalityId(), id), n => n.Title.Contains("đã được trả lời"));
        Assert.Contains($"Trả lời của: {await OrganisationName("DL")}", note.Body);
        Assert.Contains($"Văn bản số {Letter}", note.Body);
        Assert.Contains("Phó Cục trưởng Phan Thị Hà", note.Body);
    }

    [Fact]
    public async Task TheLocalityRatesAnAnswerOnce_OnTheApiAndThePage_AndAgainOnlyWhenANewAnswerComes()
    {
        var id = await Submitted("Đánh giá một lần");
        await App.AnswerAsync("cuc.dienluc", id, "Trả lời lần một.", Ct);

        var first = await Act("xa.hoankiem", id, new { action = "rate", satisfied = false, comment = "Chưa nêu thời hạn." });
        var second = await Act("xa.hoankiem", id, new { action = "rate", satisfied = true });
        var locality = await PageClient.SignedIn(App, "xa.hoankiem");
        var (_, page) = await locality.GetAsync($"/kien-nghi/{id}");
        var onThePage = await locality.PostFormAsync($"/kien-nghi/{id}?handler=Act", new()
        {
            ["Step.Action"] = "rate", ["Step.Version"] = (await Stored(id)).Version.ToString(), ["Step.Satisfied"] = "true",
        }, $"/kien-nghi/{id}");
        var kept = await Stored(id);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("mỗi câu trả lời chỉ được đánh giá một lần", await Problem(second));
        Assert.Null(page.QuerySelector("#actions form[data-action='rate']"));
        Assert.Contains("mỗi câu trả lời chỉ được đánh giá một lần", (await Read(onThePage)).QuerySelector("#refusal")!.TextContent);
        Assert.Equal((false, "Chưa nêu thời hạn."), (kept.Satisfied, kept.RatingReason));

        // Reopened and answered again: a new answer, rated once in its turn.
        Assert.Equal(HttpStatusCode.OK, (await Act("xa.hoankiem", id, new { action = "reopen", comment = "Đề nghị nêu thời hạn." })).StatusCode);
        await App.ActAsync("cuc.dienluc", id, new { action = "start" }, Ct);
        await App.ActAsync("cuc.dienluc", id, RecommendationSteps.OfficialAnswer("Trả lời lần hai, có thời hạn."), Ct);
        var newAnswer = await Act("xa.hoankiem", id, new { action = "rate", satisfied = true });
        var againRefused = await Act("xa.hoankiem", id, new { action = "rate", satisfied = false, comment = "Đổi ý." });

        Assert.Equal(HttpStatusCode.OK, newAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, againRefused.StatusCode);
        Assert.True((await Stored(id)).Satisfied);
    }

    /// <summary>A unit of its own whose leader approves answers, set on the administrators' page, with an officer and a head.</summary>
    private async Task<(int UnitId, string UnitName, HostileCorpusTests.Account Officer, HostileCorpusTests.Account Head)> UnitWithApprovalAsync()
    {
        var token = RecommendationSteps.Token();
        var code = "DUYET" + token[..6].ToUpperInvariant();
        var name = "Vụ Thử nghiệm duyệt " + token;
        var admin = await PageClient.SignedIn(App, "admin");
        var saved = await admin.PostFormAsync("/quan-tri/don-vi-thuoc-bo", new()
        {
            ["Input.Code"] = code, ["Input.Name"] = name, ["Input.AnswersNeedApproval"] = "true", ["Input.IsActive"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, list) = await admin.GetAsync("/quan-tri/don-vi-thuoc-bo");
        Assert.NotNull(list.QuerySelector($"tr[data-code='{code}'] [data-testid=approval]"));

        var officer = await HostileCorpusTests.NewAccountAsync(App, "duyet.cb." + token, code, Roles.MinistryOfficer, DemoData.Password);
        var head = await HostileCorpusTests.NewAccountAsync(App, "duyet.ld." + token, code, Roles.MinistryOfficer, DemoData.Password);
        await using var scope = App.Db();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(head.Id))!, Roles.UnitHead)).Succeeded);
        var unitId = await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
        return (unitId, name, officer, head);
    }

    /// <summary>A commune's record, transferred by the hub to the unit, and answered there by its officer.</summary>
    private async Task<int> DraftedAsync((int UnitId, string UnitName, HostileCorpusTests.Account Officer, HostileCorpusTests.Account Head) unit, string answer)
    {
        var id = await Submitted("Chờ lãnh đạo duyệt");
        await App.ActAsync("cuc.ctdp", id, new { action = "transfer", targetUnitId = unit.UnitId }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await Act(unit.Officer.UserName, id, new { action = "receive" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act(unit.Officer.UserName, id, RecommendationSteps.OfficialAnswer(answer))).StatusCode);
        return id;
    }

    [Fact]
    public async Task WithApprovalOn_AnOfficersAnswerWaitsForTheLeader_UnseenByTheLocality_UntilTheLeaderApprovesAndItIsSent()
    {
        var unit = await UnitWithApprovalAsync();
        var id = await DraftedAsync(unit, "Dự thảo trả lời cần duyệt.");

        var waiting = await Detail("xa.hoankiem", id);
        var seenByUnit = await Detail(unit.Officer.UserName, id);
        var (_, leaderPage) = await (await PageClient.SignedIn(App, unit.Head.UserName)).GetAsync($"/kien-nghi/{id}");
        int leaderNotes;
        await using (var scope = App.Db())
            leaderNotes = await scope.Context.Notifications.CountAsync(n => n.UserId == unit.Head.Id && n.Link == $"/kien-nghi/{id}" && n.Title.Contains("chờ lãnh đạo duyệt"), Ct);
        var localityNotesWhileWaiting = await NotificationsOf(await LocalityId(), id);
        var approved = await Act(unit.Head.UserName, id, new { action = "approve-answer" });
        var sent = await Detail("xa.hoankiem", id);

        Assert.Equal(("Chờ lãnh đạo duyệt", (string?)null, (RecommendationDetail.Reply?)null), (waiting.Summary.StatusName, waiting.Answer, waiting.OfficialAnswer));
        Assert.True(seenByUnit.OfficialAnswer!.IsDraft);
        Assert.Equal("Dự thảo trả lời cần duyệt.", seenByUnit.OfficialAnswer.Text);
        Assert.Equal("Dự thảo trả lời – chờ lãnh đạo duyệt", leaderPage.QuerySelector("#answer-draft")!.TextContent.Trim());
        Assert.NotNull(leaderPage.QuerySelector("#actions form[data-action='approve-answer']"));
        Assert.Equal(1, leaderNotes);
        Assert.DoesNotContain(localityNotesWhileWaiting, n => n.Title.Contains("đã được trả lời"));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(RecommendationStatus.Answered, sent.Summary.Status);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), sent.Summary.AnsweredOn);   // the deadline is met at approval
        Assert.Equal(("Dự thảo trả lời cần duyệt.", unit.UnitName, false), (sent.OfficialAnswer!.Text, sent.OfficialAnswer.UnitName, sent.OfficialAnswer.IsDraft));
        Assert.Equal(["submit", "transfer", "receive", "answer-draft", "approve-answer"], sent.History.Select(h => h.Action));
        Assert.Contains(await NotificationsOf(await LocalityId(), id), n => n.Title.Contains("đã được trả lời") && n.Body.Contains($"Trả lời của: {unit.UnitName}"));
    }

    [Fact]
    public async Task WithApprovalOn_OnlyALeaderOfThatUnitApproves_NotItsOfficer_NorAnotherUnitsOfficerOrHead()
    {
        var unit = await UnitWithApprovalAsync();
        var id = await DraftedAsync(unit, "Dự thảo chỉ lãnh đạo đơn vị được duyệt.");

        var byOfficer = await Act(unit.Officer.UserName, id, new { action = "approve-answer" });
        var byHubOfficer = await Act("cuc.ctdp", id, new { action = "approve-answer" });
        var byHubHead = await Act("lanhdao.ctdp", id, new { action = "approve-answer" });
        var byOtherUnitsHead = await Act("lanhdao.dienluc", id, new { action = "approve-answer" });
        var officerAnswersAgain = await Act(unit.Officer.UserName, id, RecommendationSteps.OfficialAnswer("Gửi thẳng, bỏ qua duyệt."));

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byHubOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byHubHead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherUnitsHead.StatusCode);   // not routed to Cục Điện lực: not even seen
        Assert.Equal(HttpStatusCode.Conflict, officerAnswersAgain.StatusCode);
        var stored = await Stored(id);
        Assert.Equal((RecommendationStatus.AwaitingApproval, "Dự thảo chỉ lãnh đạo đơn vị được duyệt."), (stored.Status, stored.Answer));
    }

    [Fact]
    public async Task WithApprovalOn_TheLeaderReturnsTheDraftWithAReason_AndTheOfficerIsToldAndFindsItToCorrect()
    {
        var unit = await UnitWithApprovalAsync();
        var id = await DraftedAsync(unit, "Dự thảo thiếu căn cứ.");

        var withoutReason = await Act(unit.Head.UserName, id, new { action = "return-answer" });
        var returned = await Act(unit.Head.UserName, id, new { action = "return-answer", comment = "Bổ sung căn cứ Thông tư 25/2016/TT-BCT." });
        var seenByLocality = await Detail("xa.hoankiem", id);
        var (_, officerPage) = await (await PageClient.SignedIn(App, unit.Officer.UserName)).GetAsync($"/kien-nghi/{id}");
        List<string> officerNotes;
        await using (var scope = App.Db())
            officerNotes = await scope.Context.Notifications.Where(n => n.UserId == unit.Officer.Id && n.Link == $"/kien-nghi/{id}").Select(n => n.Title + ": " + n.Body).ToListAsync(Ct);
        var corrected = await Act(unit.Officer.UserName, id, RecommendationSteps.OfficialAnswer("Dự thảo đã bổ sung căn cứ."));

        Assert.Equal(HttpStatusCode.Conflict, withoutReason.StatusCode);
        Assert.Contains("Nêu lý do trả lại", await Problem(withoutReason));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal((RecommendationStatus.InProgress, (string?)null, (RecommendationDetail.Reply?)null),
            (seenByLocality.Summary.Status, seenByLocality.Answer, seenByLocality.OfficialAnswer));
        Assert.Contains("Bổ sung căn cứ Thông tư 25/2016/TT-BCT.", seenByLocality.History.Last().Comment);
        Assert.Contains(officerNotes, n => n.Contains("trả lại câu trả lời") && n.Contains("Bổ sung căn cứ"));
        Assert.Equal("Dự thảo trả lời bị lãnh đạo trả lại để sửa", officerPage.QuerySelector("#answer-draft")!.TextContent.Trim());
        Assert.Equal("Dự thảo thiếu căn cứ.", officerPage.QuerySelector("#answer-text-input")!.TextContent);
        Assert.Equal(Letter, officerPage.QuerySelector("#answer-number")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(RecommendationStatus.AwaitingApproval, (await Stored(id)).Status);
    }

    [Fact]
    public async Task WithApprovalOn_TheDraftsLetter_IsHiddenFromTheLocality_AndTheClockKeepsRunning()
    {
        var unit = await UnitWithApprovalAsync();
        var id = await Submitted("Văn bản của dự thảo");
        await App.ActAsync("cuc.ctdp", id, new { action = "transfer", targetUnitId = unit.UnitId }, Ct);
        await App.ActAsync(unit.Officer.UserName, id, new { action = "receive" }, Ct);
        var officer = await PageClient.SignedIn(App, unit.Officer.UserName);
        var drafted = await officer.Http.PostAsync($"/kien-nghi/{id}?handler=Answer",
            await AnswerForm(officer, id, "Dự thảo kèm văn bản.", file: (SampleFiles.Pdf, "du-thao.pdf")), Ct);
        Guid fileId;
        await using (var scope = App.Db())
        {
            fileId = await scope.Context.Recommendations.Where(r => r.Id == id).Select(r => r.AnswerLetterFileId!.Value).SingleAsync(Ct);
            // Its deadline passes while the leader reviews.
            await scope.Context.Recommendations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, r => r.DueOn.AddDays(-60)), Ct);
        }
        var locality = await App.ApiAs("xa.hoankiem");
        var localityFiles = (await Detail("xa.hoankiem", id)).Attachments;
        var localityDownload = await locality.GetAsync($"/api/v1/recommendations/{id}/attachments/{fileId}", Ct);
        var unitDownload = await (await App.ApiAs(unit.Head.UserName)).GetAsync($"/api/v1/recommendations/{id}/attachments/{fileId}", Ct);
        var overdue = await (await App.ApiAs(unit.Head.UserName)).GetFromJsonAsync<JsonElement>("/api/v1/recommendations?overdue=true", Ct);

        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Empty(localityFiles);
        Assert.Equal(HttpStatusCode.NotFound, localityDownload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unitDownload.StatusCode);
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.OK, (await Act(unit.Head.UserName, id, new { action = "approve-answer" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await locality.GetAsync($"/api/v1/recommendations/{id}/attachments/{fileId}", Ct)).StatusCode);
        Assert.Equal("du-thao.pdf", (await Detail("xa.hoankiem", id)).OfficialAnswer!.Letter!.FileName);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AnswerOnSqlite(SqliteApp app) : AnswerTests(app);
[Collection(PostgresCollection.Name)] public sealed class AnswerOnPostgres(PostgresApp app) : AnswerTests(app);
