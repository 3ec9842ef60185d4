using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Promotion;

namespace CauNoi.Tests.Features.Councils;

/// <summary>
/// Councils made as the programmes make them: directly in the database, with a round and its nominations (a product
/// council) or a plan and its proposals (an appraisal council), in the years kept for the councils' tests (2070–2079).
/// Scoring goes through the API.
/// </summary>
public static class CouncilSetup
{
    /// <summary>Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công: runs the national councils.</summary>
    public const string Dmst = "cuc.khuyencong";
    public const string HaNoi = "01", TuyenQuang = "08";

    public static string Token() => Guid.NewGuid().ToString("N")[..8];

    public sealed record Criterion(string Name, decimal Max, decimal Weight = 1, string? Group = null);

    /// <summary>Three criteria whose full scale is 100: 50 × 1 + 30 × 1 + 10 × 2.</summary>
    public static readonly Criterion[] Hundred = [new("Tính độc đáo, sáng tạo", 50, 1, "Nhóm tiêu chí văn hóa – thẩm mỹ"), new("Hiệu quả kinh tế", 30), new("Bảo vệ môi trường", 10, 2)];

    public sealed record Made(int Id, int[] Entries, Dictionary<string, int> Members, int[] Criteria, string Token);

    /// <summary>
    /// A council with an entry per province given (a nomination, or for a provincial appraisal council a proposal), the
    /// accounts given as members, and the criteria in order. National (run by DMST, no province) unless a province is given,
    /// when the province's department runs it.
    /// </summary>
    public static async Task<Made> CouncilAsync(CauNoiApp app, string[] entryProvinces, string[] members, CancellationToken ct,
        Criterion[]? criteria = null, decimal? passMark = null, TieBreak tieBreak = TieBreak.CriteriaInOrder, string? province = null)
    {
        var token = Token();
        await using var scope = app.Db();
        var db = scope.Context;
        var runner = province is null
            ? await db.Organisations.Where(o => o.Code == "DMST").Select(o => o.Id).SingleAsync(ct)
            : await db.Organisations.Where(o => o.Code == "SCT-" + province).Select(o => o.Id).SingleAsync(ct);
        var council = new Council
        {
            Name = $"Hội đồng thử {token}", Purpose = province is null ? CouncilPurpose.ProductSelection : CouncilPurpose.ProposalAppraisal,
            OrganisationId = runner, ProvinceCode = province, PassMark = passMark, TieBreak = tieBreak, CreatedAt = DateTime.UtcNow,
            ScoringDeadline = new DateOnly(2070, 6, 30),
        };
        var users = await db.Users.Where(u => members.Contains(u.UserName!)).Select(u => new { u.Id, u.UserName, u.FullName, u.Organisation!.ProvinceCode }).ToListAsync(ct);
        foreach (var name in members)
        {
            var u = users.Single(x => x.UserName == name);
            council.Members.Add(new CouncilMember { UserId = u.Id, Name = u.FullName, Role = "Ủy viên", ProvinceCode = u.ProvinceCode });
        }
        var order = 0;
        foreach (var c in criteria ?? Hundred) council.Criteria.Add(new CouncilCriterion { Order = ++order, Group = c.Group, Name = c.Name, MaxPoints = c.Max, Weight = c.Weight });
        db.Councils.Add(council);
        await db.SaveChangesAsync(ct);

        if (province is null)
        {
            var round = new AwardRound
            {
                Year = 2070 + Random.Shared.Next(10), Level = AwardLevel.National, Title = $"Bình chọn thử {token}", NominationDeadline = new DateOnly(2070, 3, 1),
                ScoringDeadline = new DateOnly(2070, 6, 30), PassMark = passMark ?? 70, TieBreak = tieBreak, Stage = RoundStage.Scoring, CouncilId = council.Id,
                CertificateSeries = "TH-" + token, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.AwardRounds.Add(round);
            var n = 0;
            foreach (var p in entryProvinces)
            {
                var nomination = new Nomination { ProvinceCode = p, ProductName = $"Sản phẩm {++n} {token}", FacilityName = $"Cơ sở {n} {token}", Group = ProductGroup.Handicraft, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                round.Nominations.Add(nomination);
            }
            await db.SaveChangesAsync(ct);
            foreach (var nomination in round.Nominations.OrderBy(x => x.Id))
                council.Entries.Add(new CouncilEntry { NominationId = nomination.Id, ProvinceCode = nomination.ProvinceCode, Title = nomination.ProductName });
        }
        else
        {
            var plan = await db.PromotionPlans.FirstOrDefaultAsync(p => p.Year == 2071 && p.Kind == PlanKind.Local && p.ProvinceCode == province, ct);
            if (plan is null)
            {
                plan = new PromotionPlan { Year = 2071, Kind = PlanKind.Local, ProvinceCode = province, Title = "Kế hoạch khuyến công địa phương thử năm 2071", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                db.PromotionPlans.Add(plan);
                await db.SaveChangesAsync(ct);
            }
            var n = 0;
            var proposals = entryProvinces.Select(p => new PromotionProposal
            {
                Code = $"TH-{token}-{++n}", PlanId = plan.Id, ProvinceCode = p, ProposerKind = ProposerKind.Facility, ProposerName = $"Cơ sở {n} {token}",
                Activity = PromotionActivity.AdvancedMachinery, Title = $"Đề án {n} {token}", BeneficiaryName = $"Cơ sở {n} {token}",
                StartOn = new DateOnly(2071, 3, 1), EndOn = new DateOnly(2071, 11, 30), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            }).ToList();
            db.PromotionProposals.AddRange(proposals);
            await db.SaveChangesAsync(ct);
            foreach (var proposal in proposals)
                council.Entries.Add(new CouncilEntry { ProposalId = proposal.Id, ProvinceCode = proposal.ProvinceCode, Title = proposal.Title });
        }
        await db.SaveChangesAsync(ct);
        return new Made(council.Id, [.. council.Entries.OrderBy(e => e.Id).Select(e => e.Id)],
            council.Members.ToDictionary(m => users.Single(u => u.Id == m.UserId).UserName!, m => m.Id),
            [.. council.Criteria.OrderBy(c => c.Order).Select(c => c.Id)], token);
    }

    /// <summary>A sheet's lines: a number is the points, null is "không áp dụng".</summary>
    public static object Sheet(Made c, params decimal?[] points) =>
        new { lines = points.Select((p, i) => new { criterionId = c.Criteria[i], points = p, notApplicable = p is null }).ToArray(), comment = "Nhận xét thử" };

    public static async Task<HttpResponseMessage> SubmitAsync(CauNoiApp app, string member, Made c, int entry, CancellationToken ct, params decimal?[] points) =>
        await (await app.ApiAs(member)).PostAsJsonAsync($"/api/v1/councils/{c.Id}/sheets/{entry}/submit", Sheet(c, points), ct);

    public static async Task SubmittedAsync(CauNoiApp app, string member, Made c, int entry, CancellationToken ct, params decimal?[] points)
    {
        var response = await SubmitAsync(app, member, c, entry, ct, points);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
    }

    public static async Task<CouncilDetail> ReadAsync(CauNoiApp app, string caller, int id, CancellationToken ct)
    {
        var response = await (await app.ApiAs(caller)).GetAsync($"/api/v1/councils/{id}", ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<CouncilDetail>(ApiJson.Options, ct))!;
    }

    public static async Task<HttpResponseMessage> CloseAsync(CauNoiApp app, Made c, CancellationToken ct, bool confirm = false, string caller = Dmst) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync($"/api/v1/councils/{c.Id}/close", new { confirm }, ct);
}
