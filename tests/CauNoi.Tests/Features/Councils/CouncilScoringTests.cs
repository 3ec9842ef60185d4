using CauNoi.Web.Features.Councils;
using static CauNoi.Tests.Features.Councils.CouncilSetup;

namespace CauNoi.Tests.Features.Councils;

/// <summary>
/// Scoring, results and closing, with figures worked by hand on the 100-point form of <see cref="CouncilSetup.Hundred"/>:
/// criterion 1 max 50 weight 1, criterion 2 max 30 weight 1, criterion 3 max 10 weight 2 (full scale 50 + 30 + 20 = 100).
/// </summary>
public abstract class CouncilScoringTests(CauNoiApp app) : AppTests(app)
{
    private async Task<string> Body(HttpResponseMessage r) => await r.Content.ReadAsStringAsync(Ct);

    [Fact]
    public async Task NotApplicable_RescalesTheTotal_AndTheAverageIsTheMeanOfTheTotals()
    {
        // Two members of other provinces score one entry of Tuyên Quang.
        var c = await CouncilAsync(App, [TuyenQuang], ["cuc.dienluc", "so.hanoi"], Ct, passMark: 82.15m);
        var e = c.Entries[0];
        // cuc.dienluc: 40 + 24 + 2 × 8 = 80.
        await SubmittedAsync(App, "cuc.dienluc", c, e, Ct, 40, 24, 8);
        // so.hanoi: criterion 2 n/a: 45 + 2 × 7 = 59 of a scored scale 50 + 20 = 70, rescaled 59 × 100 ÷ 70 = 84.2857… → 84.29.
        var sheet = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{e}/submit", Sheet(c, 45, null, 7), Ct);
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        var mine = (await sheet.Content.ReadFromJsonAsync<CouncilSheet>(ApiJson.Options, Ct))!;
        Assert.Equal((84.29m, true, 100m), (mine.Total, mine.Rescaled, mine.Scale));
        Assert.True(mine.Lines[1].NotApplicable);

        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(App, c, Ct)).StatusCode);
        var closed = await ReadAsync(App, "cuc.khuyencong", c.Id, Ct);
        var entry = closed.Entries.Single();
        Assert.Equal([80m, 84.29m], entry.Cells.Select(x => x.Total!.Value));
        Assert.Equal([false, true], entry.Cells.Select(x => x.Rescaled));
        // Average of the totals shown: (80 + 84.29) ÷ 2 = 82.145 → 82.15, which is the pass mark: passed.
        Assert.Equal((82.15m, 1, true, 2), (entry.Average, entry.Rank, entry.Passed, entry.ScoredBy));
    }

    [Fact]
    public async Task AMember_IsRefusedAnEntryOfTheirOwnProvince_InANationalCouncil_ButScoresOthers()
    {
        var c = await CouncilAsync(App, [HaNoi, TuyenQuang], ["so.hanoi"], Ct);
        var own = await SubmitAsync(App, "so.hanoi", c, c.Entries[0], Ct, 40, 20, 5);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("không chấm điểm hồ sơ của tỉnh mình", await Body(own));
        var form = await (await App.ApiAs("so.hanoi")).GetFromJsonAsync<CouncilSheet>($"/api/v1/councils/{c.Id}/sheets/{c.Entries[0]}", ApiJson.Options, Ct);
        Assert.False(form!.MayChange);
        Assert.Contains("tỉnh, thành phố nơi bạn công tác", form.Refusal);
        await SubmittedAsync(App, "so.hanoi", c, c.Entries[1], Ct, 40, 20, 5);
    }

    [Fact]
    public async Task InAProvincialCouncil_TheOwnProvinceRuleDoesNotApply()
    {
        var c = await CouncilAsync(App, [HaNoi], ["so.hanoi"], Ct, province: HaNoi);
        await SubmittedAsync(App, "so.hanoi", c, c.Entries[0], Ct, 40, 20, 5);
    }

    [Fact]
    public async Task ADeclaredConflict_NeedsAReason_AndThenTheMemberCannotScoreTheEntry()
    {
        var c = await CouncilAsync(App, [TuyenQuang, TuyenQuang], ["cuc.dienluc"], Ct);
        var api = await App.ApiAs("cuc.dienluc");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/councils/{c.Id}/conflicts", new { entryId = c.Entries[0], reason = " " }, Ct)).StatusCode);
        // A draft saved before the declaration is dropped with it.
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{c.Entries[0]}", Sheet(c, 10), Ct)).StatusCode);
        var declared = await api.PostAsJsonAsync($"/api/v1/councils/{c.Id}/conflicts", new { entryId = c.Entries[0], reason = "Cơ sở sản xuất do người thân quản lý." }, Ct);
        Assert.True(declared.StatusCode == HttpStatusCode.OK, await Body(declared));
        var refused = await SubmitAsync(App, "cuc.dienluc", c, c.Entries[0], Ct, 40, 20, 5);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("xung đột lợi ích", await Body(refused));
        // Keepers may not declare for a member.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs(Dmst)).PostAsJsonAsync($"/api/v1/councils/{c.Id}/conflicts", new { entryId = c.Entries[1], reason = "Thử" }, Ct)).StatusCode);

        var detail = await ReadAsync(App, Dmst, c.Id, Ct);
        Assert.Equal("conflict", detail.Entries.Single(x => x.Id == c.Entries[0]).Cells.Single().State);
        Assert.Equal("Cơ sở sản xuất do người thân quản lý.", detail.Conflicts.Single().Reason);
        // The entry under conflict is not owed: one sheet missing, not two.
        Assert.Equal(1, detail.MissingSheets);
    }

    [Fact]
    public async Task ASheet_IsCheckedAgainstTheForm()
    {
        var c = await CouncilAsync(App, [TuyenQuang], ["cuc.dienluc"], Ct);
        var e = c.Entries[0];
        var over = await SubmitAsync(App, "cuc.dienluc", c, e, Ct, 51, 20, 5);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("điểm từ 0 đến 50", await Body(over));
        Assert.Equal(HttpStatusCode.BadRequest, (await SubmitAsync(App, "cuc.dienluc", c, e, Ct, 40.25m, 20, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SubmitAsync(App, "cuc.dienluc", c, e, Ct, null, null, null)).StatusCode);
        var api = await App.ApiAs("cuc.dienluc");
        // A draft may be incomplete; a submission may not.
        var draft = await api.PutAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{e}", Sheet(c, 40.5m), Ct);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var saved = (await draft.Content.ReadFromJsonAsync<CouncilSheet>(ApiJson.Options, Ct))!;
        Assert.False(saved.Submitted);
        var incomplete = await api.PostAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{e}/submit", Sheet(c, 40.5m), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("còn thiếu: Hiệu quả kinh tế; Bảo vệ môi trường", await Body(incomplete));
        // A sheet changed by another tab in between: its version no longer matches.
        var stale = await api.PutAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{e}", new { lines = new[] { new { criterionId = c.Criteria[0], points = 41m, notApplicable = false } }, version = saved.Version - 1 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        // Submitted, it may still change until the council closes, and stays complete.
        await SubmittedAsync(App, "cuc.dienluc", c, e, Ct, 40.5m, 20, 5);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{e}", Sheet(c, 30), Ct)).StatusCode);
        var changed = await api.PutAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{e}", Sheet(c, 30, 20, 5), Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal((60m, true), ((await changed.Content.ReadFromJsonAsync<CouncilSheet>(ApiJson.Options, Ct))!.Total, true));
    }

    /// <summary>
    /// One member scores five entries: 1 (45, 25, 10) = 90; 2 (40, 30, 10) = 90; 3 (45, 20, 10) = 85; 4 (45, 25, 10) = 90; 5 none.
    /// By criteria in order: 1 and 4 beat 2 on criterion 1 (45 > 40) and equal each other everywhere, so 1, 3, 4, 1, unranked.
    /// Sharing the rank: 1, 1, 4, 1, unranked.
    /// </summary>
    [Theory]
    [InlineData(TieBreak.CriteriaInOrder, new[] { 1, 3, 4, 1 })]
    [InlineData(TieBreak.SharedRank, new[] { 1, 1, 4, 1 })]
    public async Task Ranking_BreaksTiesByTheCouncilsRule(TieBreak rule, int[] ranks)
    {
        var c = await CouncilAsync(App, [TuyenQuang, TuyenQuang, TuyenQuang, TuyenQuang, TuyenQuang], ["cuc.dienluc"], Ct, tieBreak: rule, passMark: 90);
        await SubmittedAsync(App, "cuc.dienluc", c, c.Entries[0], Ct, 45, 25, 10);
        await SubmittedAsync(App, "cuc.dienluc", c, c.Entries[1], Ct, 40, 30, 10);
        await SubmittedAsync(App, "cuc.dienluc", c, c.Entries[2], Ct, 45, 20, 10);
        await SubmittedAsync(App, "cuc.dienluc", c, c.Entries[3], Ct, 45, 25, 10);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(App, c, Ct, confirm: true)).StatusCode);

        await using var scope = App.Db();
        var entries = await scope.Context.CouncilEntries.Where(e => e.CouncilId == c.Id).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal([.. ranks.Select(r => (int?)r), null], entries.Select(e => e.Rank));
        Assert.Equal([90m, 90m, 85m, 90m, null], entries.Select(e => e.Average));
        Assert.Equal([true, true, false, true, null], entries.Select(e => e.Passed));
        Assert.Equal([1, 1, 1, 1, 0], entries.Select(e => e.ScoredBy));
    }

    [Fact]
    public async Task Closing_AsksForConfirmationWhenSheetsAreMissing_ThenFreezesEverything()
    {
        var c = await CouncilAsync(App, [TuyenQuang], ["cuc.dienluc", "so.hanoi"], Ct, passMark: 70);
        var e = c.Entries[0];
        await SubmittedAsync(App, "cuc.dienluc", c, e, Ct, 40, 24, 8);
        Assert.Equal(HttpStatusCode.Forbidden, (await CloseAsync(App, c, Ct, caller: "so.hanoi")).StatusCode);
        var asked = await CloseAsync(App, c, Ct);
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Contains("Còn 1 phiếu chấm chưa nộp", await Body(asked));
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(App, c, Ct, confirm: true)).StatusCode);

        var hanoi = await App.ApiAs("so.hanoi");
        var keeper = await App.ApiAs(Dmst);
        var late = await SubmitAsync(App, "so.hanoi", c, e, Ct, 40, 24, 8);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Hội đồng đã kết thúc", await Body(late));
        Assert.Equal(HttpStatusCode.Conflict, (await SubmitAsync(App, "cuc.dienluc", c, e, Ct, 10, 10, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await hanoi.PostAsJsonAsync($"/api/v1/councils/{c.Id}/conflicts", new { entryId = e, reason = "Muộn" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await keeper.PostAsJsonAsync($"/api/v1/councils/{c.Id}/members", new { user = "cuc.ctdp" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await keeper.DeleteAsync($"/api/v1/councils/{c.Id}/members/{c.Members["so.hanoi"]}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await keeper.PutAsJsonAsync($"/api/v1/councils/{c.Id}/criteria", new { criteria = new[] { new { name = "Mới", maxPoints = 10m } } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync(App, c, Ct, confirm: true)).StatusCode);

        // Every view reads the frozen figures, even were a line changed underneath.
        await using (var scope = App.Db())
        {
            var line = await scope.Context.ScoreLines.Where(l => scope.Context.ScoreSheets.Any(s => s.Id == l.SheetId && s.CouncilId == c.Id)).FirstAsync(Ct);
            line.Points = 0;
            await scope.Context.SaveChangesAsync(Ct);
        }
        var detail = await ReadAsync(App, "so.hanoi", c.Id, Ct);
        var entry = detail.Entries.Single();
        Assert.Equal((CouncilStatus.Closed, 80m, 1, true, 1), (detail.Status, entry.Average, entry.Rank, entry.Passed, entry.ScoredBy));
        Assert.NotNull(detail.ClosedAt);
        Assert.Equal("Chưa nộp", entry.Cells.Single(x => x.MemberId == c.Members["so.hanoi"]).StateName);
        Assert.Empty(detail.Steps);
    }

    [Fact]
    public async Task BeforeClosing_NoOneButTheMemberSeesTheirPoints()
    {
        var c = await CouncilAsync(App, [TuyenQuang], ["cuc.dienluc", "so.hanoi"], Ct);
        var e = c.Entries[0];
        await SubmittedAsync(App, "cuc.dienluc", c, e, Ct, 40, 24, 8);
        var own = (await ReadAsync(App, "cuc.dienluc", c.Id, Ct)).Entries.Single();
        Assert.Equal(80m, own.Cells.Single(x => x.MemberId == c.Members["cuc.dienluc"]).Total);
        Assert.Null(own.Average);
        foreach (var other in new[] { "so.hanoi", Dmst, "admin", "lanhdao" })
        {
            var seen = (await ReadAsync(App, other, c.Id, Ct)).Entries.Single();
            var cell = seen.Cells.Single(x => x.MemberId == c.Members["cuc.dienluc"]);
            Assert.Equal(("submitted", (decimal?)null, (decimal?)null), (cell.State, cell.Total, seen.Average));
        }
        // The sheet itself is the member's own: a keeper has no sheet to read, another member reads their own.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs(Dmst)).GetAsync($"/api/v1/councils/{c.Id}/sheets/{e}", Ct)).StatusCode);
        var theirs = await (await App.ApiAs("so.hanoi")).GetFromJsonAsync<CouncilSheet>($"/api/v1/councils/{c.Id}/sheets/{e}", ApiJson.Options, Ct);
        Assert.All(theirs!.Lines, l => Assert.Null(l.Points));
        // No export before closing either.
        Assert.Equal(HttpStatusCode.Conflict, (await (await App.ApiAs(Dmst)).GetAsync($"/api/v1/councils/{c.Id}/results.xlsx", Ct)).StatusCode);
    }

    [Fact]
    public async Task ACouncilOfAProvince_IsNotFoundByAnotherProvince()
    {
        var c = await CouncilAsync(App, [HaNoi], ["xa.hoankiem"], Ct, province: HaNoi);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("so.tuyenquang")).GetAsync($"/api/v1/councils/{c.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.badinh")).GetAsync($"/api/v1/councils/{c.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("so.tuyenquang")).PostAsJsonAsync($"/api/v1/councils/{c.Id}/close", new { confirm = true }, Ct)).StatusCode);
        await ReadAsync(App, "so.hanoi", c.Id, Ct);
        await ReadAsync(App, "xa.hoankiem", c.Id, Ct);
        await ReadAsync(App, "cuc.dienluc", c.Id, Ct);
        var listed = await (await App.ApiAs("so.tuyenquang")).GetFromJsonAsync<Page<CouncilQueries.Item>>("/api/v1/councils?status=Open", ApiJson.Options, Ct);
        Assert.DoesNotContain(listed!.Items, i => i.Id == c.Id);
    }

    [Fact]
    public async Task Keeping_MembersAndCriteria_UntilTheFirstSheetIsSubmitted()
    {
        var c = await CouncilAsync(App, [TuyenQuang, HaNoi], ["cuc.dienluc"], Ct);
        var keeper = await App.ApiAs(Dmst);
        var added = await keeper.PostAsJsonAsync($"/api/v1/councils/{c.Id}/members", new { user = "so.hanoi", role = "Ủy viên phản biện" }, Ct);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await Body(added));
        var member = (await added.Content.ReadFromJsonAsync<CouncilDetail.Member>(ApiJson.Options, Ct))!;
        Assert.Equal((HaNoi, "Ủy viên phản biện", "so.hanoi"), (member.ProvinceCode, member.Role, member.UserName));
        Assert.Equal(HttpStatusCode.BadRequest, (await keeper.PostAsJsonAsync($"/api/v1/councils/{c.Id}/members", new { user = "so.hanoi" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await keeper.PostAsJsonAsync($"/api/v1/councils/{c.Id}/members", new { user = "khong.co.ai" }, Ct)).StatusCode);
        // The Hà Nội member owes only Tuyên Quang's entry.
        var detail = await ReadAsync(App, Dmst, c.Id, Ct);
        Assert.Equal(1, detail.Members.Single(m => m.Id == member.Id).Owed);

        var criteria = new
        {
            criteria = new object[]
            {
                new { id = c.Criteria[0], group = "Nhóm A", name = "Tính độc đáo", maxPoints = 60m, weight = 1m },
                new { name = "Khả năng thương mại hóa", maxPoints = 40m, weight = 1m },
            },
            passMark = 75m, tieBreak = "SharedRank", scoringDeadline = new DateOnly(2070, 7, 15), version = detail.Version,
        };
        var edited = await keeper.PutAsJsonAsync($"/api/v1/councils/{c.Id}/criteria", criteria, Ct);
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await Body(edited));
        var after = (await edited.Content.ReadFromJsonAsync<CouncilDetail>(ApiJson.Options, Ct))!;
        Assert.Equal((100m, 75m, TieBreak.SharedRank), (after.Scale, after.PassMark, after.TieBreak));
        Assert.Equal(["Tính độc đáo", "Khả năng thương mại hóa"], after.Criteria.Select(x => x.Name));
        // A stale version is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await keeper.PutAsJsonAsync($"/api/v1/councils/{c.Id}/criteria", criteria, Ct)).StatusCode);

        var s = await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{c.Entries[0]}/submit",
            new { lines = after.Criteria.Select(x => new { criterionId = x.Id, points = 30m }).ToArray() }, Ct);
        Assert.True(s.StatusCode == HttpStatusCode.OK, await Body(s));
        var refused = await keeper.PutAsJsonAsync($"/api/v1/councils/{c.Id}/criteria", criteria with { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Đã có thành viên nộp phiếu chấm", await Body(refused));
        // A member who submitted stays; one who did not may leave.
        Assert.Equal(HttpStatusCode.Conflict, (await keeper.DeleteAsync($"/api/v1/councils/{c.Id}/members/{c.Members["cuc.dienluc"]}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keeper.DeleteAsync($"/api/v1/councils/{c.Id}/members/{member.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheResultsWorkbook_HoldsEachMembersTotalBesideTheAverage()
    {
        var c = await CouncilAsync(App, [TuyenQuang], ["cuc.dienluc", "so.hanoi"], Ct, passMark: 70);
        await SubmittedAsync(App, "cuc.dienluc", c, c.Entries[0], Ct, 40, 24, 8);
        await SubmittedAsync(App, "so.hanoi", c, c.Entries[0], Ct, 45, null, 7);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(App, c, Ct)).StatusCode);
        var response = await (await App.ApiAs("lanhdao")).GetAsync($"/api/v1/councils/{c.Id}/results.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = CauNoi.Web.Shared.Excel.SpreadsheetReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var header = sheet.Single(r => r[0] == "Hạng");
        Assert.Equal(["Hạng", "Hồ sơ", "Tỉnh, thành phố"], header.Cells.Take(3));
        var row = sheet.Single(r => r.Number == header.Number + 1);
        // Rank, title, province, each member's total (80; 84.29 rescaled), the average, the sheets counted, the pass.
        Assert.Equal(["1", $"Sản phẩm 1 {c.Token}", TuyenQuang, "80", "84.29", "82.15", "2", "Đạt"], row.Cells);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilScoringOnSqlite(SqliteApp app) : CouncilScoringTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilScoringOnPostgres(PostgresApp app) : CouncilScoringTests(app);
