using CauNoi.Web.Features.Promotion;
using static CauNoi.Tests.Features.Promotion.ProposalSetup;

namespace CauNoi.Tests.Features.Promotion;

/// <summary>
/// Plans and proposals taken in: one plan per year, kind and province; the proposal's every field checked in Vietnamese;
/// its code given per plan, distinct under concurrent registrations; a late registration taken and marked; and who reads
/// it (a province its own, a commune those in it). Plans of 2041–2043.
/// </summary>
public abstract class ProposalIntakeTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task APlan_IsOnePerYearKindAndProvince_AndKeptByItsKeeper()
    {
        await PlanAsync(App, 2043, PlanKind.Local, HaNoi, Ct);
        var again = await (await App.ApiAs(HaNoiDepartment)).PostAsJsonAsync("/api/v1/promotion/plans", new { year = 2043, kind = "Local", budgetLocal = 1000m }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã có kế hoạch khuyến công địa phương năm 2043", await DetailAsync(again, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs(HaNoiDepartment)).PostAsJsonAsync("/api/v1/promotion/plans", new { year = 2043, kind = "National" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs(Owner)).PostAsJsonAsync("/api/v1/promotion/plans", new { year = 2043, kind = "Local", provinceCode = HaNoi }, Ct)).StatusCode);
        var badNumber = await (await App.ApiAs(Owner)).PostAsJsonAsync("/api/v1/promotion/plans", new { year = 2043, kind = "National", decisionNumber = "quyết định 5", decidedOn = new DateOnly(2025, 1, 1) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Contains("không đúng dạng", await DetailAsync(badNumber, Ct));
    }

    [Fact]
    public async Task EveryField_IsChecked_InVietnamese()
    {
        var plan = await PlanAsync(App, 2041, PlanKind.National, null, Ct);
        var response = await PostProposalAsync(App, HaNoiDepartment, new
        {
            planId = plan, communeCode = "00001x", proposerName = "", title = "", beneficiaryName = "Cơ sở A", beneficiaryTaxCode = "12345",
            requestedNational = -1m, startOn = new DateOnly(2026, 5, 1), endOn = new DateOnly(2026, 4, 1), outputs = Array.Empty<object>(),
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await DetailAsync(response, Ct);
        foreach (var expected in new[] { "Không có xã, phường mã", "Chọn đơn vị đề xuất", "Vui lòng nhập tên đơn vị đề xuất", "Chọn nội dung hoạt động khuyến công",
                     "Vui lòng nhập tên đề án", "Mã số thuế \"12345\" không hợp lệ", "không được âm", "không được trước ngày bắt đầu", "Nhập ít nhất một kết quả cam kết" })
            Assert.Contains(expected, body);

        // A commune of another province is not the proposal's.
        var elsewhere = await PostProposalAsync(App, HaNoiDepartment, Proposal(plan, "Đề án xã khác " + Token(), commune: await CommuneOfAsync(TuyenQuang)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("không thuộc tỉnh, thành phố của đề án", await DetailAsync(elsewhere, Ct));
        // Nor is another province's department its registrar.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostProposalAsync(App, TuyenQuangDepartment, Proposal(plan, "Đề án tỉnh khác " + Token()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostProposalAsync(App, "lanhdao", Proposal(plan, "Đề án lãnh đạo " + Token()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostProposalAsync(App, "xa.hoankiem", Proposal(plan, "Đề án xã " + Token()), Ct)).StatusCode);
    }

    private async Task<string> CommuneOfAsync(string province)
    {
        await using var scope = App.Db();
        return await scope.Context.Communes.Where(c => c.ProvinceCode == province).OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(Ct);
    }

    [Fact]
    public async Task ConcurrentRegistrations_GetDistinctCodesInTurn()
    {
        var plan = await PlanAsync(App, 2042, PlanKind.Local, HaNoi, Ct);
        var api = await App.ApiAs(HaNoiDepartment);
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => api.PostAsJsonAsync("/api/v1/promotion/proposals", Proposal(plan, $"Đề án đồng thời {i} {Token()}"), Ct)));
        foreach (var r in responses) Assert.True(r.StatusCode == HttpStatusCode.Created, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync(Ct)}");
        var codes = new List<string>();
        foreach (var r in responses) codes.Add((await r.Content.ReadFromJsonAsync<PromotionQueries.ProposalDetail>(ApiJson.Options, Ct))!.Code);
        Assert.Equal(6, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("KCĐP-01-2042-", c));
    }

    [Fact]
    public async Task ALateRegistration_IsTaken_AndMarkedLate()
    {
        var plan = await PlanAsync(App, 2041, PlanKind.Local, HaNoi, Ct, deadline: new DateOnly(2025, 3, 31));
        var p = await RegisterAsync(App, plan, Ct);
        Assert.True(p.Late);
        Assert.StartsWith(PromotionIntake.LateLabel, p.Events.Single().Note);
        Assert.Contains("sau hạn đăng ký 31/03/2025", p.Events.Single().Note);
        var listed = await (await App.ApiAs(HaNoiDepartment)).GetFromJsonAsync<Page<PromotionQueries.ProposalItem>>($"/api/v1/promotion/proposals?plan={plan}", ApiJson.Options, Ct);
        Assert.True(listed!.Items.Single(i => i.Id == p.Id).Late);
    }

    [Fact]
    public async Task AProvince_ReadsItsOwnProposals_AndACommuneThoseInIt()
    {
        var plan = await PlanAsync(App, 2041, PlanKind.National, null, Ct);
        var p = await RegisterAsync(App, plan, Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs(TuyenQuangDepartment)).GetAsync($"/api/v1/promotion/proposals/{p.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.badinh")).GetAsync($"/api/v1/promotion/proposals/{p.Id}", Ct)).StatusCode);
        var commune = await ReadAsync(App, "xa.hoankiem", p.Id, Ct);
        Assert.Empty(commune.NextSteps);
        Assert.Equal(p.Code, (await ReadAsync(App, "cuc.dienluc", p.Id, Ct)).Code);

        var tq = await (await App.ApiAs(TuyenQuangDepartment)).GetFromJsonAsync<Page<PromotionQueries.ProposalItem>>($"/api/v1/promotion/proposals?plan={plan}", ApiJson.Options, Ct);
        Assert.DoesNotContain(tq!.Items, i => i.Id == p.Id);
        var filtered = await (await App.ApiAs(Owner)).GetFromJsonAsync<Page<PromotionQueries.ProposalItem>>(
            $"/api/v1/promotion/proposals?year=2041&province=01&stage=Registered&activity=AdvancedMachinery&q={Uri.EscapeDataString(p.Code)}", ApiJson.Options, Ct);
        Assert.Equal([p.Id], filtered!.Items.Select(i => i.Id));
        var otherActivity = await (await App.ApiAs(Owner)).GetFromJsonAsync<Page<PromotionQueries.ProposalItem>>(
            $"/api/v1/promotion/proposals?year=2041&activity=StudyTour&q={Uri.EscapeDataString(p.Code)}", ApiJson.Options, Ct);
        Assert.Empty(otherActivity!.Items);
        // A council naming a proposal the caller does not see is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs(TuyenQuangDepartment)).PostAsJsonAsync($"/api/v1/promotion/plans/{plan}/council", new { proposalIds = new[] { p.Id } }, Ct)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProposalIntakeOnSqlite(SqliteApp app) : ProposalIntakeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProposalIntakeOnPostgres(PostgresApp app) : ProposalIntakeTests(app);
