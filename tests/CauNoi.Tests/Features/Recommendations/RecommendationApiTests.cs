using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class RecommendationApiTests(CauNoiApp app) : AppTests(app)
{
    private async Task<int> FieldId(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(Ct);
    }

    private async Task<RecommendationDetail> Submit(string userName, string title, string field = "NL", object? extra = null, string? key = null)
    {
        var api = await App.ApiAs(userName);
        var body = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["content"] = "Dự án đường dây 110 kV qua địa bàn chậm giải phóng mặt bằng, đề nghị Bộ hướng dẫn.",
            ["fieldId"] = await FieldId(field),
        };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        var response = await api.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct))!;
    }


    private async Task<HttpResponseMessage> Act(string userName, int id, object request) =>
        await (await App.ApiAs(userName)).PostAsJsonAsync($"/api/v1/recommendations/{id}/transitions", request, Ct);

    [Fact]
    public async Task CommuneSubmission_IsRoutedByItsField_FollowedByTheFocalLeader_DueIn15WorkingDays()
    {
        var r = await Submit("xa.hoankiem", "Vướng mắc giải phóng mặt bằng lưới điện " + Guid.NewGuid());

        await using var scope = App.Db();
        var db = scope.Context;
        var stored = await db.Recommendations.SingleAsync(x => x.Id == r.Summary.Id, Ct);
        var dienLuc = await db.Organisations.Where(o => o.Code == "DL").Select(o => o.Id).SingleAsync(Ct);
        var focal = await db.Users.Where(u => u.UserName == "phutrach.hanoi").Select(u => u.Id).SingleAsync(Ct);
        var calendar = await WorkingCalendar.LoadAsync(db, Ct);

        Assert.Equal(dienLuc, stored.RoutedUnitId);
        Assert.Equal(focal, stored.FocalLeaderId);
        Assert.Equal(("01", "00070"), (stored.ProvinceCode, stored.CommuneCode));
        Assert.Equal(RecommendationStatus.Submitted, stored.Status);
        Assert.Equal(calendar.Deadline(stored.ReceivedOn, 15), stored.DueOn);
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == focal && n.Link == $"/kien-nghi/{stored.Id}", Ct));
        Assert.Equal(Channel.Web, stored.Channel);
    }

    [Fact]
    public async Task SameIdempotencyKey_TwiceAndInParallel_StoresOneRecord()
    {
        var key = Guid.NewGuid().ToString();
        var title = "Kiến nghị gửi lặp " + key;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Submit("so.hanoi", title, key: key)));

        Assert.Single(results.Select(r => r.Summary.Id).Distinct());
        await using var scope = App.Db();
        Assert.Equal(1, await scope.Context.Recommendations.CountAsync(r => r.Title == title, Ct));
    }

    [Fact]
    public async Task Replay_OfARecordTheCallerNoLongerSees_IsAConflictInVietnamese_NotAnEmptySuccess()
    {
        var account = await Security.HostileCorpusTests.NewAccountAsync(App, "lap.lai." + Guid.NewGuid().ToString("N")[..8], "XA-00070",
            CauNoi.Web.Features.Accounts.Roles.CommuneOfficer, "Lap@Lai2026");
        var api = await App.ApiAs(account.UserName, "Lap@Lai2026");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Post() => new(HttpMethod.Post, "/api/v1/recommendations")
        {
            Content = JsonContent.Create(new { title = "Gửi rồi chuyển công tác " + key, content = "Đề nghị Bộ hướng dẫn.", fieldId = 1 }),
            Headers = { { "Idempotency-Key", key } },
        };
        Assert.Equal(HttpStatusCode.Created, (await api.SendAsync(Post(), Ct)).StatusCode);
        // The officer moves from Hoàn Kiếm to Ba Đình: Hoàn Kiếm's record is no longer theirs to see.
        await using (var scope = App.Db())
        {
            var baDinh = await scope.Context.Organisations.Where(o => o.Code == "XA-00004").Select(o => o.Id).SingleAsync(Ct);
            await scope.Context.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.OrganisationId, baDinh), Ct);
        }

        var replay = await api.SendAsync(Post(), Ct);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("không còn trong phạm vi của bạn", await replay.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("\u200B\u200D")]            // zero-width space and joiner
    [InlineData("\u202E\u2066 \u2069\u202C")]   // right-to-left override, isolates, pop
    [InlineData("\uFEFF\r\n\t")]
    public async Task Title_OfInvisibleCharactersOnly_IsNoTitle(string title)
    {
        var api = await App.ApiAs("so.hanoi");

        var response = await api.PostAsJsonAsync("/api/v1/recommendations", new { title, content = "Đề nghị Bộ hướng dẫn.", fieldId = await FieldId("NL") }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng nhập tiêu đề", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Title_WithLineBreaks_IsStoredOnOneLine_AndSoIsTheSubjectOfItsEmails_WhileTheContentKeepsItsLines()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var r = await Submit("xa.hoankiem", $"Chậm đấu nối điện {token}\r\nBcc: ke-gian@example.com\n", extra: new { content = "Dòng một.\nDòng hai." });

        await using var scope = App.Db();
        var stored = await scope.Context.Recommendations.AsNoTracking().SingleAsync(x => x.Id == r.Summary.Id, Ct);
        Assert.Equal($"Chậm đấu nối điện {token} Bcc: ke-gian@example.com", stored.Title);
        Assert.Equal("Dòng một.\nDòng hai.", stored.Content);
        Assert.All(await scope.Context.OutboxEmails.Where(m => m.Body.Contains(token)).Select(m => m.Subject).ToListAsync(Ct),
            subject => Assert.DoesNotContain('\n', subject));
    }

    [Fact]
    public async Task InvalidSubmission_ListsEveryProblemInVietnamese_AndStoresNothing()
    {
        var api = await App.ApiAs("so.hanoi");

        var response = await api.PostAsJsonAsync("/api/v1/recommendations",
            new { title = "", content = new string('x', 20001), fieldId = 99999, contactEmail = "khong-phai-email", communeCode = "00694" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Vui lòng nhập tiêu đề", body);
        Assert.Contains("Nội dung dài quá 20.000 ký tự", body);
        Assert.Contains("Lĩnh vực không tồn tại", body);
        Assert.Contains("thư điện tử không hợp lệ", body);
        Assert.Contains("không thuộc tỉnh", body);   // a Tuyên Quang commune named by Hà Nội
    }

    [Fact]
    public async Task MinistryStaff_RecordOnBehalfOfALocality_WithTheChannelKept()
    {
        var r = await Submit("cuc.ctdp", "Ghi nhận qua đường dây nóng " + Guid.NewGuid(), "CCN",
            new { provinceCode = "08", communeCode = "00694", channel = "Hotline" });

        Assert.Equal(Channel.Hotline, r.Summary.Channel);
        Assert.Equal("00694", r.Summary.CommuneCode);
        Assert.Contains("Phường Hà Giang 1", r.SubmittingOrganisation);
        var tuyenQuang = await (await App.ApiAs("so.tuyenquang")).GetAsync($"/api/v1/recommendations/{r.Summary.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, tuyenQuang.StatusCode);
    }

    [Theory]
    [InlineData("so.tuyenquang", HttpStatusCode.NotFound)]   // another province
    [InlineData("xa.badinh", HttpStatusCode.NotFound)]       // another commune of the same province
    [InlineData("cuc.dienluc", HttpStatusCode.OK)]           // the unit it is routed to
    [InlineData("cuc.ctdp", HttpStatusCode.OK)]              // the coordinating hub
    [InlineData("phutrach.hanoi", HttpStatusCode.OK)]        // the focal leader of Hà Nội
    [InlineData("phutrach.tuyenquang", HttpStatusCode.NotFound)]
    [InlineData("so.hanoi", HttpStatusCode.OK)]              // its province
    [InlineData("lanhdao", HttpStatusCode.OK)]
    public async Task Recommendation_IsSeenOnlyWithinScope(string userName, HttpStatusCode expected)
    {
        var r = await Submit("xa.hoankiem", "Phạm vi xem " + Guid.NewGuid());

        var response = await (await App.ApiAs(userName)).GetAsync($"/api/v1/recommendations/{r.Summary.Id}", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task NeedsInformation_PausesTheDeadline_AndProvidingItResumesWithTheDaysLeft()
    {
        var r = await Submit("so.hanoi", "Tạm dừng thời hạn " + Guid.NewGuid());
        var id = r.Summary.Id;
        Assert.Equal(HttpStatusCode.OK, (await Act("cuc.dienluc", id, new { action = "receive" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act("cuc.dienluc", id, new { action = "request-information", comment = "Đề nghị gửi bản đồ tuyến." })).StatusCode);

        await using (var scope = App.Db())
        {
            var paused = await scope.Context.Recommendations.SingleAsync(x => x.Id == id, Ct);
            Assert.Equal(RecommendationStatus.NeedsInformation, paused.Status);
            Assert.Equal(15, paused.RemainingWorkingDays);   // asked on the day of receipt: nothing used yet
            // Ten days pass while the province gathers the map: the clock must not run meanwhile.
            paused.DueOn = paused.DueOn.AddDays(-10);
            paused.RemainingWorkingDays = 12;
            await scope.Context.SaveChangesAsync(Ct);
        }
        var resumed = await Act("so.hanoi", id, new { action = "provide-information", comment = "Đã gửi bản đồ tuyến." });

        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        await using var check = App.Db();
        var after = await check.Context.Recommendations.SingleAsync(x => x.Id == id, Ct);
        var calendar = await WorkingCalendar.LoadAsync(check.Context, Ct);
        Assert.Equal(RecommendationStatus.InProgress, after.Status);
        Assert.Equal(calendar.Deadline(VietnamTime.Today(TimeProvider.System), 12), after.DueOn);
        Assert.Null(after.RemainingWorkingDays);
    }

    [Fact]
    public async Task TwoOfficersActingOnTheSameVersion_OneWins_TheOtherIsToldOfTheConflict()
    {
        var r = await Submit("so.hanoi", "Xung đột " + Guid.NewGuid());

        var first = await Act("cuc.dienluc", r.Summary.Id, new { action = "receive", version = r.Summary.Version });
        var second = await Act("cuc.ctdp", r.Summary.Id, new { action = "transfer", targetUnitId = 1, version = r.Summary.Version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", await second.Content.ReadAsStringAsync(Ct));
        await using var scope = App.Db();
        Assert.Equal(RecommendationStatus.Received, await scope.Context.Recommendations.Where(x => x.Id == r.Summary.Id).Select(x => x.Status).SingleAsync(Ct));
    }

    [Fact]
    public async Task ConcurrentSaves_WithoutAVersion_StillNeverOverwrite()
    {
        var r = await Submit("so.hanoi", "Lưu đồng thời " + Guid.NewGuid());

        var results = await Task.WhenAll(
            Act("cuc.dienluc", r.Summary.Id, new { action = "receive" }),
            Act("cuc.ctdp", r.Summary.Id, new { action = "receive" }));

        Assert.Single(results, x => x.StatusCode == HttpStatusCode.OK);
        Assert.Single(results, x => x.StatusCode == HttpStatusCode.Conflict);
        await using var scope = App.Db();
        Assert.Equal(2, await scope.Context.RecommendationEvents.CountAsync(e => e.RecommendationId == r.Summary.Id, Ct));   // submit + one receive
    }

    [Fact]
    public async Task Workflow_RefusesStepsNotAllowed_ByStateAndByRole()
    {
        var r = await Submit("xa.hoankiem", "Bước không hợp lệ " + Guid.NewGuid());

        var answerByLocality = await Act("xa.hoankiem", r.Summary.Id, new { action = "answer", answer = "Tự trả lời" });
        var closeBeforeAnswer = await Act("xa.hoankiem", r.Summary.Id, new { action = "close" });
        var closeByTheUnit = await Act("cuc.dienluc", r.Summary.Id, new { action = "close" });
        var answerWithoutText = await Act("cuc.dienluc", r.Summary.Id, new { action = "answer" });

        Assert.Equal(HttpStatusCode.Forbidden, answerByLocality.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closeBeforeAnswer.StatusCode);
        Assert.Contains("Mới gửi", await closeBeforeAnswer.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, closeByTheUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, answerWithoutText.StatusCode);
        Assert.Contains("Nhập nội dung trả lời", await answerWithoutText.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Answer_ReachesTheLocality_WhoRatesAndReopensIt_WithTheWholeHistoryKept()
    {
        var r = await Submit("xa.hoankiem", "Vòng đời đầy đủ " + Guid.NewGuid());
        var id = r.Summary.Id;
        await Act("cuc.dienluc", id, new { action = "receive" });
        await Act("cuc.dienluc", id, new { action = "start" });
        Assert.Equal(HttpStatusCode.OK, (await Act("cuc.dienluc", id, RecommendationSteps.OfficialAnswer("Thực hiện theo Điều 5 Thông tư 25/2016/TT-BCT."))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act("xa.hoankiem", id, new { action = "rate", satisfied = false, comment = "Chưa nêu rõ thời hạn." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act("xa.hoankiem", id, new { action = "reopen", comment = "Đề nghị làm rõ thời hạn." })).StatusCode);

        var detail = await (await App.ApiAs("xa.hoankiem")).GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{id}", ApiJson.Options, Ct);
        Assert.Equal(RecommendationStatus.Reopened, detail!.Summary.Status);
        Assert.Equal(["submit", "receive", "start", "answer", "rate-unsatisfied", "reopen"], detail.History.Select(h => h.Action));
        Assert.All(detail.History, h => Assert.False(string.IsNullOrEmpty(h.ActorName)));
        await using var scope = App.Db();
        var locality = await scope.Context.Users.Where(u => u.UserName == "xa.hoankiem").Select(u => u.OrganisationId).SingleAsync(Ct);
        Assert.True(await scope.Context.Notifications.AnyAsync(n => n.OrganisationId == locality && n.Title.Contains("đã được trả lời") && n.Link == $"/kien-nghi/{id}", Ct));
    }

    [Fact]
    public async Task LongestAllowedAnswer_IsStoredWhole_AndTheLocalityNotifiedWithAnExcerpt()
    {
        var r = await Submit("xa.hoankiem", "Trả lời dài " + Guid.NewGuid());
        var answer = string.Concat(Enumerable.Repeat("Đề nghị địa phương thực hiện theo hướng dẫn. ", 500))[..20000];
        await Act("cuc.dienluc", r.Summary.Id, new { action = "receive" });

        var response = await Act("cuc.dienluc", r.Summary.Id, RecommendationSteps.OfficialAnswer(answer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = App.Db();
        Assert.Equal(answer.TrimEnd(), await scope.Context.Recommendations.Where(x => x.Id == r.Summary.Id).Select(x => x.Answer).SingleAsync(Ct));
        var note = await scope.Context.Notifications.Where(n => n.Link == $"/kien-nghi/{r.Summary.Id}" && n.Title.Contains("đã được trả lời")).Select(n => n.Body).FirstAsync(Ct);
        Assert.True(note!.Length <= 2000);
    }

    [Fact]
    public async Task Times_AreWrittenAsUtc_OnBothEngines()
    {
        var r = await Submit("so.hanoi", "Thời điểm UTC " + Guid.NewGuid());

        var json = await (await App.ApiAs("so.hanoi")).GetStringAsync($"/api/v1/recommendations/{r.Summary.Id}", Ct);

        Assert.Matches("\"createdAt\":\"[0-9T:.-]+Z\"", json);
    }

    [Fact]
    public async Task TextTypedInTcvn3_IsStoredAsUnicode_AndVniIsRefusedWithAReason()
    {
        var api = await App.ApiAs("so.hanoi");
        var marker = Guid.NewGuid().ToString("N")[..8];

        var tcvn3 = await api.PostAsJsonAsync("/api/v1/recommendations",
            new { title = $"V\u00adíng m¾c gi¶i phãng mÆt b»ng {marker}", content = "§Ò nghÞ Bé h\u00adíng dÉn.", fieldId = await FieldId("NL") }, Ct);
        var vni = await api.PostAsJsonAsync("/api/v1/recommendations",
            new { title = "Vöôùng maéc giaûi phoùng maët baèng", content = "Ñeà nghò Boä höôùng daãn.", fieldId = await FieldId("NL") }, Ct);

        Assert.Equal(HttpStatusCode.Created, tcvn3.StatusCode);
        await using var scope = App.Db();
        var stored = await scope.Context.Recommendations.SingleAsync(r => r.Title.EndsWith(marker), Ct);
        Assert.Equal($"Vướng mắc giải phóng mặt bằng {marker}", stored.Title);
        Assert.Equal("Đề nghị Bộ hướng dẫn.", stored.Content);
        Assert.Equal(HttpStatusCode.BadRequest, vni.StatusCode);
        Assert.Contains("bảng mã VNI", await vni.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Thread_CarriesMessagesBothWays()
    {
        var r = await Submit("xa.hoankiem", "Trao đổi " + Guid.NewGuid());

        var fromUnit = await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync($"/api/v1/recommendations/{r.Summary.Id}/messages", new { text = "Đề nghị cho biết số hộ bị ảnh hưởng." }, Ct);
        var fromLocality = await (await App.ApiAs("xa.hoankiem")).PostAsJsonAsync($"/api/v1/recommendations/{r.Summary.Id}/messages", new { text = "Có 12 hộ." }, Ct);
        var outsider = await (await App.ApiAs("xa.badinh")).PostAsJsonAsync($"/api/v1/recommendations/{r.Summary.Id}/messages", new { text = "?" }, Ct);

        Assert.Equal(HttpStatusCode.Created, fromUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromLocality.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        var detail = await (await App.ApiAs("so.hanoi")).GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{r.Summary.Id}", ApiJson.Options, Ct);
        Assert.Equal([true, false], detail!.Thread.Select(m => m.FromMinistry));
    }

    [Fact]
    public async Task List_FiltersWithinScope_AndSearchesWithoutDiacritics()
    {
        var marker = "Cum cong nghiep Dong Van " + Guid.NewGuid().ToString("N")[..6];
        var r = await Submit("so.tuyenquang", marker.Replace("Cum cong nghiep Dong Van", "Cụm công nghiệp Đồng Văn"), "CCN");

        var tuyenQuang = await (await App.ApiAs("so.tuyenquang")).GetFromJsonAsync<Page<RecommendationQueries.Item>>($"/api/v1/recommendations?q={Uri.EscapeDataString(marker.ToLowerInvariant())}", ApiJson.Options, Ct);
        var hanoi = await (await App.ApiAs("so.hanoi")).GetFromJsonAsync<Page<RecommendationQueries.Item>>($"/api/v1/recommendations?q={Uri.EscapeDataString(marker)}", ApiJson.Options, Ct);

        Assert.Equal([r.Summary.Id], tuyenQuang!.Items.Select(i => i.Id));
        Assert.Empty(hanoi!.Items);
    }

    [Theory]
    [InlineData("so.hanoi", "00070")]      // a department naming one of its communes; Hà Nội has a focal leader
    [InlineData("xa.badinh", null)]        // a commune office
    public async Task SubmissionsAnswer_IsTheRecordExactlyAsItIsReadBack(string userName, string? commune)
    {
        var api = await App.ApiAs(userName);
        var body = new Dictionary<string, object?>
        {
            // Decomposed (NFD) on purpose: the answer must show it as stored, in NFC.
            ["title"] = ("Kiến nghị về cấp điện cho cụm công nghiệp " + Guid.NewGuid().ToString("N")[..6]).Normalize(System.Text.NormalizationForm.FormD),
            ["content"] = "Đề nghị Bộ hướng dẫn thủ tục đấu nối.",
            ["fieldId"] = await FieldId("NL"),
            ["communeCode"] = commune,
            ["contactPhone"] = "0243 825 1234",
            ["urgency"] = "Urgent",
        };

        var posted = await api.PostAsJsonAsync("/api/v1/recommendations", body, Ct);
        var answer = await posted.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(answer).RootElement.GetProperty("summary").GetProperty("id").GetInt32();

        Assert.Equal(await api.GetStringAsync($"/api/v1/recommendations/{id}", Ct), answer);
    }

    [Fact]
    public async Task Search_ListsItsMatchesByDeadline_OrByDateReceivedWhenAsked()
    {
        var marker = "Thu tu tim kiem " + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<int>();
        for (var i = 0; i < 3; i++) ids.Add((await Submit("so.tuyenquang", $"{marker} số {i}", "CCN")).Summary.Id);
        var today = VietnamTime.Today(TimeProvider.System);
        // Deadlines in the reverse order of submission; the first submitted is the last received.
        await using (var scope = App.Db())
            for (var i = 0; i < 3; i++)
            {
                var (id, due, received) = (ids[i], today.AddDays(30 - 10 * i), today.AddDays(-1 - i));
                await scope.Context.Recommendations.Where(r => r.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.DueOn, due).SetProperty(r => r.ReceivedOn, received), Ct);
            }
        var api = await App.ApiAs("so.tuyenquang");
        async Task<int[]> Found(string sort) =>
            [.. (await api.GetFromJsonAsync<Page<RecommendationQueries.Item>>($"/api/v1/recommendations?q={Uri.EscapeDataString(marker)}{sort}", ApiJson.Options, Ct))!.Items.Select(i => i.Id)];

        Assert.Equal([ids[2], ids[1], ids[0]], await Found(""));
        Assert.Equal([ids[0], ids[1], ids[2]], await Found("&sort=received"));
        Assert.Equal(3, (await api.GetFromJsonAsync<Page<RecommendationQueries.Item>>($"/api/v1/recommendations?q={Uri.EscapeDataString(marker)}", ApiJson.Options, Ct))!.Total);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationApiOnSqlite(SqliteApp app) : RecommendationApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationApiOnPostgres(PostgresApp app) : RecommendationApiTests(app);
