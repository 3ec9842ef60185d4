using CauNoi.Tests.Features.Recommendations;
using CauNoi.Tests.Features.Tasks;
using CauNoi.Web.Features.Meetings;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static CauNoi.Tests.Features.Meetings.MeetingSetup;

namespace CauNoi.Tests.Features.Meetings;

/// <summary>A conference's recommendations answered in one letter, a mission's findings followed up, a conclusion notice's tasks, and who sees which meeting.</summary>
public abstract class MeetingsTests(CauNoiApp app) : AppTests(app)
{
    private async Task<RecommendationDetail> RaiseAsync(int meeting, string province, string field, string title)
    {
        var response = await (await App.ApiAs(Organiser)).PostAsJsonAsync($"/api/v1/meetings/{meeting}/recommendations",
            new { title, content = title + ": đề nghị Bộ hướng dẫn.", fieldId = await FieldAsync(App, field, Ct), provinceCode = province }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct))!;
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText)];
    }

    [Fact]
    public async Task Reply_AnswersEachRecommendationUnderItsAnsweringUnit_AndListsTheUnanswered_ForEveryProvinceTakingPart()
    {
        var token = RecommendationSteps.Token();
        var meeting = await CreateAsync(App, new
        {
            kind = "RegionalConference", region = "North", title = $"Hội nghị ngành Công Thương khu vực phía Bắc {token}",
            startsOn = Today, place = "Hà Nội", chairName = "Thứ trưởng Nguyễn Sinh Nhật Tân",
            provinces = new[] { new { provinceCode = HaNoi }, new { provinceCode = TuyenQuang } },
        }, Ct);
        var power = await RaiseAsync(meeting.Id, HaNoi, "NL", $"Lưới điện cụm công nghiệp {token} quá tải");
        var chemicals = await RaiseAsync(meeting.Id, TuyenQuang, "HC", $"Kho hóa chất {token} chưa được cấp phép");
        await App.AnswerAsync("cuc.dienluc", power.Summary.Id, $"Cục Điện lực đã chỉ đạo nâng cấp trạm biến áp {token}.", Ct);

        var response = await (await App.ApiAs("so.tuyenquang")).GetAsync($"/api/v1/meetings/{meeting.Id}/reply", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Paragraphs(await response.Content.ReadAsByteArrayAsync(Ct));
        var answer = text.FindIndex(p => p.StartsWith("Trả lời (Cục Điện lực): Cục Điện lực đã chỉ đạo nâng cấp trạm biến áp " + token, StringComparison.Ordinal));
        Assert.True(answer > 0, string.Join("\n", text));
        // Under its field, then its province, then the recommendation itself.
        var field = text.FindIndex(p => p == "I. LĨNH VỰC NĂNG LƯỢNG (ĐIỆN, DẦU KHÍ, THAN)");
        var province = text.FindIndex(p => p == "1. Thành phố Hà Nội");
        var item = text.FindIndex(p => p == $"a) Kiến nghị {power.Summary.Number}: Lưới điện cụm công nghiệp {token} quá tải");
        Assert.True(field >= 0 && field < province && province < item && item < answer, string.Join("\n", text));
        // The unanswered one in the table of those still handled, with its unit and its deadline.
        using var document = WordprocessingDocument.Open(new MemoryStream(await (await (await App.ApiAs("so.hanoi")).GetAsync($"/api/v1/meetings/{meeting.Id}/reply", Ct)).Content.ReadAsByteArrayAsync(Ct)), false);
        var cells = document.MainDocumentPart!.Document!.Body!.Descendants<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().ToList()).Single(r => r.Any(c => c.InnerText == chemicals.Summary.Number));
        Assert.Equal(["1", chemicals.Summary.Number, "Tỉnh Tuyên Quang", $"Kho hóa chất {token} chưa được cấp phép", "Cục Hóa chất", Display.Date(chemicals.Summary.DueOn)],
            cells.Select(c => c.InnerText));
        // Its number and its deadline keep to one line.
        Assert.All(new[] { cells[1], cells[5] }, c => Assert.NotNull(c.TableCellProperties?.GetFirstChild<W.NoWrap>()));
        Assert.DoesNotContain(text, p => p.Contains($"a) Kiến nghị {chemicals.Summary.Number}", StringComparison.Ordinal));

        // On the meeting's page, a province sees its own recommendations and the share answered of them.
        var seenByHaNoi = await ReadAsync(App, "so.hanoi", meeting.Id, Ct);
        Assert.Equal([power.Summary.Id], seenByHaNoi.Recommendations.Select(r => r.Id));
        var seenByHub = await ReadAsync(App, Organiser, meeting.Id, Ct);
        Assert.Equal([power.Summary.Id, chemicals.Summary.Id], seenByHub.Recommendations.Select(r => r.Id));
        Assert.Equal(50.00m, seenByHub.AnsweredShare);
        Assert.Equal("Cục Điện lực", seenByHub.Recommendations[0].AnsweringUnit);
    }

    [Fact]
    public async Task Recommendation_RaisedAtAMeeting_IsOneOfAProvinceTakingPart()
    {
        var token = RecommendationSteps.Token();
        var meeting = await MissionAsync(App, token, Ct, HaNoi);

        var response = await (await App.ApiAs(Organiser)).PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/recommendations",
            new { title = "Kiến nghị " + token, content = "Nội dung", fieldId = await FieldAsync(App, "NL", Ct), provinceCode = TuyenQuang }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không tham dự hội nghị, đoàn công tác", await response.Content.ReadAsStringAsync(Ct));
        await using var scope = App.Db();
        Assert.False(await scope.Context.Recommendations.AnyAsync(r => r.Title == "Kiến nghị " + token, Ct));
    }

    [Fact]
    public async Task Finding_BecomesARecommendationOfItsProvince_AndATaskConcerningIt()
    {
        var token = RecommendationSteps.Token();
        var meeting = await MissionAsync(App, token, Ct, HaNoi);
        var api = await App.ApiAs(Organiser);
        var added = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings",
            new { provinceCode = HaNoi, text = $"Cụm công nghiệp {token} thiếu trạm xử lý nước thải tập trung, doanh nghiệp phản ánh kéo dài." }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var finding = (await added.Content.ReadFromJsonAsync<MeetingDetail.Finding>(ApiJson.Options, Ct))!;

        var asRecommendation = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings/{finding.Id}/recommendation",
            new { fieldId = await FieldAsync(App, "NL", Ct) }, Ct);
        var (owner, lead) = await TaskApiSetup.AccountAsync(App, "cuc.dienluc", Ct);
        var asTask = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings/{finding.Id}/task",
            new { leadOrganisationId = lead, ownerId = owner, assignedBy = "Thứ trưởng Nguyễn Sinh Nhật Tân", dueOn = Today.AddDays(30) }, Ct);
        var again = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings/{finding.Id}/recommendation",
            new { fieldId = await FieldAsync(App, "NL", Ct) }, Ct);

        Assert.Equal(HttpStatusCode.Created, asRecommendation.StatusCode);
        var recommendation = (await asRecommendation.Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct))!;
        var task = await TaskApiSetup.ReadAsync(asTask, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã được chuyển thành kiến nghị", await again.Content.ReadAsStringAsync(Ct));
        await using (var scope = App.Db())
        {
            var stored = await scope.Context.Recommendations.SingleAsync(r => r.Id == recommendation.Summary.Id, Ct);
            Assert.Equal((HaNoi, Channel.WorkingVisit, meeting.Id, meeting.Title), (stored.ProvinceCode, stored.Channel, stored.MeetingId, stored.ConferenceName));
            Assert.Equal([HaNoi], await scope.Context.Set<TaskProvince>().Where(p => p.TaskId == task.Summary.Id).Select(p => p.ProvinceCode).ToListAsync(Ct));
        }
        // The chain on the meeting's page, for the hub and for the province the mission visited.
        foreach (var caller in new[] { Organiser, "so.hanoi" })
        {
            var seen = await ReadAsync(App, caller, meeting.Id, Ct);
            var shown = Assert.Single(seen.Findings);
            Assert.Equal((recommendation.Summary.Id, task.Summary.Id), (shown.RecommendationId, shown.TaskId));
            Assert.Equal([recommendation.Summary.Id], seen.Recommendations.Select(r => r.Id));
            Assert.Equal(finding.Id, Assert.Single(seen.Tasks).FindingId);
        }
    }

    [Fact]
    public async Task ConclusionNotice_IsInTheRegister_AndItsTasksAreTrackedOnTheMeeting()
    {
        var token = RecommendationSteps.Token();
        var meeting = await CreateAsync(App, new
        {
            kind = "NationalConference", title = $"Hội nghị toàn quốc với Sở Công Thương {token}", startsOn = Today.AddDays(-1), place = "Hà Nội",
            chairName = "Bộ trưởng Nguyễn Hồng Diên",
        }, Ct);
        var api = await App.ApiAs(Organiser);
        var registered = await api.PostAsJsonAsync("/api/v1/documents", new
        {
            type = "ConclusionNotice", number = $"{Random.Shared.Next(100, 99_999)}/TB-BCT", issuedOn = Today, issuer = "Bộ Công Thương",
            signerName = "Nguyễn Hồng Diên", summary = "Kết luận của Bộ trưởng tại hội nghị " + token, meetingId = meeting.Id,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var documentId = (await registered.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ApiJson.Options, Ct)).GetProperty("document").GetProperty("id").GetInt32();
        var task = await TaskApiSetup.AssignAsync(api,
            await TaskApiSetup.ToDienLucAsync(App, $"Rà soát quy hoạch lưới điện {token}", Today, Today.AddDays(20), new { documentId }, Ct), Ct);

        var seen = await ReadAsync(App, "so.hanoi", meeting.Id, Ct);

        Assert.Equal(34, seen.Provinces.Count);
        var notice = Assert.Single(seen.ConclusionNotices);
        Assert.Equal((documentId, "Thông báo kết luận"), (notice.Id, notice.TypeName));
        var tracked = Assert.Single((await ReadAsync(App, Organiser, meeting.Id, Ct)).Tasks);
        Assert.Equal((task.Summary.Id, WorkTaskStatus.InProgress, documentId), (tracked.Id, tracked.Status, tracked.DocumentId));
        Assert.Equal(0m, (await ReadAsync(App, Organiser, meeting.Id, Ct)).TasksDoneShare);
    }

    [Theory]
    [InlineData("so.tuyenquang", HttpStatusCode.NotFound)]
    [InlineData("xa.hoankiem", HttpStatusCode.NotFound)]
    [InlineData("so.hanoi", HttpStatusCode.OK)]
    [InlineData("cuc.dienluc", HttpStatusCode.OK)]
    public async Task Meeting_IsSeenByItsProvincesAndTheMinistry_AndNotFoundElsewhere(string caller, HttpStatusCode expected)
    {
        var meeting = await MissionAsync(App, RecommendationSteps.Token(), Ct, HaNoi);
        var api = await App.ApiAs(caller);

        Assert.Equal(expected, (await api.GetAsync($"/api/v1/meetings/{meeting.Id}", Ct)).StatusCode);
        Assert.Equal(expected, (await api.GetAsync($"/api/v1/meetings/{meeting.Id}/reply", Ct)).StatusCode);
        var list = await api.GetFromJsonAsync<Page<MeetingsApi.Item>>($"/api/v1/meetings?q={Uri.EscapeDataString(meeting.Title)}", ApiJson.Options, Ct);
        Assert.Equal(expected == HttpStatusCode.OK, list!.Items.Any(i => i.Id == meeting.Id));
        var (status, _) = await (await PageClient.SignedIn(App, caller)).GetAsync($"/hoi-nghi/{meeting.Id}");
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Meeting_IsRefusedWithReasonsInVietnamese_AndNothingIsStored()
    {
        var title = "Hội nghị thiếu khu vực " + RecommendationSteps.Token();
        var response = await (await App.ApiAs(Organiser)).PostAsJsonAsync("/api/v1/meetings", new
        {
            kind = "RegionalConference", title, startsOn = Today, endsOn = Today.AddDays(-2), place = "Huế", chairName = "Thứ trưởng",
            provinces = new[] { new { provinceCode = "99" } },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Chọn khu vực của hội nghị", body);
        Assert.Contains("không được trước ngày bắt đầu", body);
        Assert.Contains("Không có tỉnh, thành phố mã '99'", body);
        await using var scope = App.Db();
        Assert.False(await scope.Context.Meetings.AnyAsync(m => m.Title == title, Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeetingsOnSqlite(SqliteApp app) : MeetingsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeetingsOnPostgres(PostgresApp app) : MeetingsTests(app);
