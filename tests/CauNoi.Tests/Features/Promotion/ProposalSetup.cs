using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Promotion;

namespace CauNoi.Tests.Features.Promotion;

/// <summary>Khuyến công plans and proposals made through the API for the workflow's tests (plan years 2040–2049), and closed councils made directly.</summary>
public static class ProposalSetup
{
    /// <summary>The owning unit's officer (DMST), keeper of the national plan.</summary>
    public const string Owner = "cuc.khuyencong";
    public const string HaNoiDepartment = "so.hanoi", TuyenQuangDepartment = "so.tuyenquang";
    public const string HaNoi = "01", TuyenQuang = "08", HoanKiem = "00070", BaDinh = "00004";

    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public static string Token() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>The plan of that year, kind and province, made by its keeper the first time it is asked for.</summary>
    public static async Task<int> PlanAsync(CauNoiApp app, int year, PlanKind kind, string? province, CancellationToken ct, DateOnly? deadline = null)
    {
        await using (var scope = app.Db())
        {
            var id = await scope.Context.PromotionPlans.Where(p => p.Year == year && p.Kind == kind && p.ProvinceCode == province).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            if (id is { } existing) return existing;
        }
        var keeper = kind == PlanKind.National ? Owner : province == HaNoi ? HaNoiDepartment : TuyenQuangDepartment;
        var response = await (await app.ApiAs(keeper)).PostAsJsonAsync("/api/v1/promotion/plans", new
        {
            year, kind = kind.ToString(), provinceCode = province, decisionNumber = "123/QĐ-BCT", decidedOn = new DateOnly(2025, 1, 10),
            registrationDeadline = deadline ?? new DateOnly(year, 12, 31), budgetNational = 50_000m, budgetLocal = 8_000m, budgetCounterpart = 20_000m,
        }, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<PromotionQueries.PlanDetail>(ApiJson.Options, ct))!.Plan.Id;
    }

    public static object Proposal(int planId, string title, string? province = HaNoi, string? commune = HoanKiem, decimal national = 300m, decimal local = 100m) => new
    {
        planId, provinceCode = province, communeCode = commune, proposerKind = "PromotionCentre", proposerName = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội",
        activity = "AdvancedMachinery", title, summary = "Hỗ trợ dây chuyền sấy và đóng gói.", beneficiaryName = "Công ty TNHH Mây tre Phú Vinh " + title,
        beneficiaryTaxCode = "0101234567", requestedNational = national, requestedLocal = local, requestedCounterpart = 600m,
        startOn = new DateOnly(2026, 3, 1), endOn = new DateOnly(2026, 11, 30),
        outputs = new object[] { new { kind = "FacilitiesWithMachinery", promised = 1m }, new { kind = "PeopleTrained", promised = 30m } },
    };

    public static async Task<HttpResponseMessage> PostProposalAsync(CauNoiApp app, string caller, object body, CancellationToken ct) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync("/api/v1/promotion/proposals", body, ct);

    public static async Task<PromotionQueries.ProposalDetail> RegisterAsync(CauNoiApp app, int planId, CancellationToken ct, string caller = HaNoiDepartment, string? title = null,
        string? province = HaNoi, string? commune = HoanKiem)
    {
        var response = await PostProposalAsync(app, caller, Proposal(planId, title ?? $"Đề án máy sấy {Token()}", province, commune), ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<PromotionQueries.ProposalDetail>(ApiJson.Options, ct))!;
    }

    /// <summary>The problem's detail as the API wrote it (a field error's messages joined).</summary>
    public static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken ct) =>
        System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("detail").GetString() ?? "";

    public static async Task<HttpResponseMessage> StepAsync(CauNoiApp app, string caller, int id, object body, CancellationToken ct) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync($"/api/v1/promotion/proposals/{id}/steps", body, ct);

    public static async Task<PromotionQueries.ProposalDetail> ReadAsync(CauNoiApp app, string caller, int id, CancellationToken ct)
    {
        var response = await (await app.ApiAs(caller)).GetAsync($"/api/v1/promotion/proposals/{id}", ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<PromotionQueries.ProposalDetail>(ApiJson.Options, ct))!;
    }

    /// <summary>A base-level council of the proposal's province, already closed with the entry's frozen result (the councils' pages are another part's).</summary>
    public static async Task<int> ClosedCouncilAsync(CauNoiApp app, int proposalId, decimal? average, bool? passed, CancellationToken ct, bool closed = true, decimal passMark = 50m)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var proposal = await db.PromotionProposals.FirstAsync(p => p.Id == proposalId, ct);
        var organisation = await db.Organisations.Where(o => o.Code == "SCT-" + proposal.ProvinceCode).Select(o => o.Id).FirstAsync(ct);
        var council = new Council
        {
            Name = $"Hội đồng thẩm định thử {Token()}", Purpose = CouncilPurpose.ProposalAppraisal, OrganisationId = organisation, ProvinceCode = proposal.ProvinceCode,
            Status = closed ? CouncilStatus.Closed : CouncilStatus.Open, PassMark = passMark, ClosedAt = closed ? DateTime.UtcNow : null, CreatedAt = DateTime.UtcNow,
            Entries = [new CouncilEntry { ProposalId = proposalId, ProvinceCode = proposal.ProvinceCode, Title = proposal.Code, Average = closed ? average : null, Passed = closed ? passed : null, Rank = closed && average is not null ? 1 : null, ScoredBy = closed && average is not null ? 5 : 0 }],
        };
        db.Councils.Add(council);
        await db.SaveChangesAsync(ct);
        return council.Id;
    }

    public static object Approve(decimal national = 280m, decimal local = 90m) =>
        new { step = "approve", number = "456/QĐ-BCT", onDate = Today.AddDays(-3), approvedNational = national, approvedLocal = local, approvedCounterpart = 600m };

    /// <summary>A proposal taken through registration, a passed appraisal (72,5) and approval (280 + 90 state funds).</summary>
    public static async Task<PromotionQueries.ProposalDetail> ApprovedAsync(CauNoiApp app, int planId, string keeper, CancellationToken ct)
    {
        var p = await RegisterAsync(app, planId, ct);
        await ClosedCouncilAsync(app, p.Id, 72.5m, true, ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(app, HaNoiDepartment, p.Id, new { step = "appraise" }, ct)).StatusCode);
        var approved = await StepAsync(app, keeper, p.Id, Approve(), ct);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(ct));
        return await ReadAsync(app, keeper, p.Id, ct);
    }
}
