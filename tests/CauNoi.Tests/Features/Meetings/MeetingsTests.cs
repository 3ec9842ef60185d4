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

        // Issued, it is recorded with what it held, and each province taking part is told.
        var issued = await (await App.ApiAs(Organiser)).PostAsync($"/api/v1/meetings/{meeting.Id}/reply/issue", null, Ct);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal((1, 1), (await ReadAsync(App, "so.hanoi", meeting.Id, Ct)).ReplyIssues.Select(i => (i.Answered, i.Pending)).Single());
        await using (var scope = App.Db())
        {
            var told = await scope.Context.Notifications.Where(n => n.Link == $"/hoi-nghi/{meeting.Id}#kien-nghi")
                .Select(n => scope.Context.Organisations.Where(o => o.Id == n.OrganisationId).Select(o => o.ProvinceCode).First()).ToListAsync(Ct);
            Assert.Equal([HaNoi, TuyenQuang], told.Order());
        }

        // The province's export: its own recommendation and its answer, no other province's.
        var sheet = CauNoi.Web.Shared.Excel.SpreadsheetReader.Read(new MemoryStream(
            await (await App.ApiAs("so.hanoi")).GetByteArrayAsync($"/api/v1/meetings/{meeting.Id}/export", Ct)));
        var exported = Assert.Single(sheet, r => r[0].StartsWith("KN", StringComparison.Ordinal));
        Assert.Equal((power.Summary.Number, "Cục Điện lực", $"Cục Điện lực đã chỉ đạo nâng cấp trạm biến áp {token}."), (exported[0], exported[8], exported[10]));
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
        var emptyReport = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/report", new { report = "  " }, Ct);
        var report = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/report", new { report = $"Đoàn {token} đã làm việc với Sở và ba doanh nghiệp." }, Ct);
        var again = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings/{finding.Id}/recommendation",
            new { fieldId = await FieldAsync(App, "NL", Ct) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, emptyReport.StatusCode);
        Assert.Contains("Vui lòng nhập báo cáo kết quả làm việc", await emptyReport.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal($"Đoàn {token} đã làm việc với Sở và ba doanh nghiệp.", (await ReadAsync(App, "so.hanoi", meeting.Id, Ct)).Report);
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

    [Fact]
    public async Task FocalLeader_IsCreditedWithTheMissionsTheyLed_TheirFindingsAndWhatBecameOfThem()
    {
        var (leader, _) = await TaskApiSetup.AccountAsync(App, "phutrach.hanoi", Ct);
        async Task<FocalLeaderMissions.Line> MeasureAsync()
        {
            await using var scope = App.Db();
            return (await FocalLeaderMissions.LoadAsync(scope.Context, Today.Year, Today, Ct)).Single(l => l.LeaderId == leader);
        }
        var before = await MeasureAsync();
        var token = RecommendationSteps.Token();
        var meeting = await CreateAsync(App, new
        {
            kind = "WorkingMission", title = $"Đoàn công tác {token} của lãnh đạo phụ trách", startsOn = Today, place = "Hà Nội", chairId = leader,
            provinces = new[] { new { provinceCode = HaNoi } },
        }, Ct);
        var api = await App.ApiAs(Organiser);
        async Task<int> FindingAsync(string text) =>
            (await (await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings", new { provinceCode = HaNoi, text }, Ct))
                .Content.ReadFromJsonAsync<MeetingDetail.Finding>(ApiJson.Options, Ct))!.Id;
        var toRecommendation = await FindingAsync($"Lưới điện {token} quá tải giờ cao điểm");
        await FindingAsync($"Chợ đầu mối {token} xuống cấp");
        var raised = await (await api.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/findings/{toRecommendation}/recommendation",
            new { fieldId = await FieldAsync(App, "NL", Ct) }, Ct)).Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct);
        await App.AnswerAsync("cuc.dienluc", raised!.Summary.Id, "Đã chỉ đạo cải tạo lưới điện.", Ct);

        var after = await MeasureAsync();

        Assert.Equal((1, 2, 1, 1, 1, 0, 0), (after.Missions - before.Missions, after.Findings - before.Findings, after.FollowedUp - before.FollowedUp,
            after.Recommendations - before.Recommendations, after.Answered - before.Answered, after.Tasks - before.Tasks, after.TasksDone - before.TasksDone));
        Assert.Contains("Thành phố Hà Nội", after.Visited);
        Assert.Equal(HttpStatusCode.OK, (await (await PageClient.SignedIn(App, "lanhdao")).GetAsync("/hoi-nghi/lanh-dao-phu-trach")).Status);
        var refused = await (await PageClient.SignedIn(App, "so.hanoi")).Http.GetAsync("/hoi-nghi/lanh-dao-phu-trach", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/khong-co-quyen", refused.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Calendar_ShowsAMeetingOnEachOfItsDays_AndAFocalLeaderMayKeepToTheirProvinces()
    {
        var month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(3);
        var token = RecommendationSteps.Token();
        MeetingDetail Mission(string province, int from, int to) => CreateAsync(App, new
        {
            kind = "WorkingMission", title = $"Đoàn {token} tại {province}", startsOn = month.AddDays(from - 1), endsOn = month.AddDays(to - 1),
            place = "Trụ sở Sở Công Thương", chairName = "Thứ trưởng", provinces = new[] { new { provinceCode = province } },
        }, Ct).GetAwaiter().GetResult();
        var haNoi = Mission(HaNoi, 10, 11);
        var tuyenQuang = Mission(TuyenQuang, 12, 12);
        var client = await PageClient.SignedIn(App, "phutrach.hanoi");
        async Task<List<(string Date, int Id)>> ShownAsync(string query)
        {
            var (status, page) = await client.GetAsync($"/hoi-nghi/lich?thang={month:yyyy-MM}{query}");
            Assert.Equal(HttpStatusCode.OK, status);
            return [.. page.QuerySelectorAll("#calendar tr[data-date] li[data-id]")
                .Select(li => (li.Closest("tr")!.GetAttribute("data-date")!, int.Parse(li.GetAttribute("data-id")!)))
                .Where(x => x.Item2 == haNoi.Id || x.Item2 == tuyenQuang.Id)];
        }
        string Day(int d) => month.AddDays(d - 1).ToString("yyyy-MM-dd");

        Assert.Equal([(Day(10), haNoi.Id), (Day(11), haNoi.Id), (Day(12), tuyenQuang.Id)], await ShownAsync(""));
        Assert.Equal([(Day(10), haNoi.Id), (Day(11), haNoi.Id)], await ShownAsync("&cua-toi=true"));
    }

    [Fact]
    public async Task ConferenceList_ImportedIntoAMeeting_IsLinkedToIt_AndRefusesAProvinceNotTakingPart()
    {
        var token = RecommendationSteps.Token();
        var meeting = await MissionAsync(App, token, Ct, HaNoi);
        async Task<HttpResponseMessage> ImportAsync(params object?[][] rows)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(CauNoi.Web.Shared.Excel.XlsxWriter.ToBytes(new CauNoi.Web.Shared.Excel.XlsxSheet("Kiến nghị",
                ["STT", "Mã tỉnh", "Mã xã", "Tiêu đề", "Nội dung", "Mã lĩnh vực"], rows)));
            form.Add(file, "file", "danh-sach.xlsx");
            form.Add(new StringContent(meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "meetingId");
            form.Add(new StringContent(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "receivedOn");
            return await (await App.ApiAs(Organiser)).PostAsync("/api/v1/recommendations/import", form, Ct);
        }

        var refused = await ImportAsync([1, HaNoi, null, $"Điện {token}", "Đề nghị cấp điện.", "NL"], [2, TuyenQuang, null, $"Hóa chất {token}", "Đề nghị.", "HC"]);
        var accepted = await ImportAsync([1, HaNoi, null, $"Điện {token}", "Đề nghị cấp điện.", "NL"], [2, HaNoi, null, $"Chợ {token}", "Đề nghị.", "TMTN"]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("không tham dự hội nghị đã chọn", problem);
        Assert.Contains("3", problem);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await using var scope = App.Db();
        var stored = await scope.Context.Recommendations.Where(r => r.MeetingId == meeting.Id).ToListAsync(Ct);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Equal(meeting.Title, r.ConferenceName));
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
