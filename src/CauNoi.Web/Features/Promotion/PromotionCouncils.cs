using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Promotion;

/// <summary>The proposals a province's department puts before its base-level appraisal council, and the council's name.</summary>
public sealed record AppraisalCouncilInput(List<int>? ProposalIds, string? Name, decimal? PassMark, DateOnly? ScoringDeadline);

/// <summary>
/// The base-level appraisal council (hội đồng thẩm định cấp cơ sở) of a province's registered proposals of one plan: run by
/// the province's department, scored on the system's default criteria below (the councils' pages add members, score and
/// close it). The Appraise and Approve steps read each entry's frozen average and pass once it has closed.
/// </summary>
public static class PromotionCouncils
{
    public const decimal DefaultPassMark = 50m;

    /// <summary>
    /// The system's default appraisal criteria (100 points), not taken from the rules: the circular on national khuyến công
    /// funds sets the dossier and the appraisal but the criteria here are CauNoi's own, for the council to change.
    /// </summary>
    public static readonly (string Name, decimal MaxPoints)[] DefaultCriteria =
    [
        ("Sự phù hợp của đề án với nội dung, đối tượng và ngành nghề được hỗ trợ khuyến công", 20m),
        ("Tính cấp thiết và hiệu quả kinh tế – xã hội, môi trường của đề án", 25m),
        ("Tính khả thi của nội dung, tiến độ và dự toán kinh phí", 25m),
        ("Năng lực của đơn vị thực hiện và của cơ sở thụ hưởng (kể cả kinh phí đối ứng)", 15m),
        ("Khả năng lan tỏa, nhân rộng của đề án", 15m),
    ];

    /// <summary>Creates the council with an entry for each proposal named; the caller saves.</summary>
    public static async Task<(Council? Council, FieldErrors Errors)> CreateAsync(
        CauNoiDb db, PromotionActor caller, PromotionPlan plan, AppraisalCouncilInput input, DateTime at, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var province = caller.Actor.OrganisationKind == OrganisationKind.ProvincialDepartment ? caller.Actor.ProvinceCode : null;
        var ids = (input.ProposalIds ?? []).Distinct().ToList();
        if (ids.Count == 0) { errors.Add(nameof(input.ProposalIds), "Chọn ít nhất một đề án đã đăng ký để đưa ra hội đồng thẩm định."); return (null, errors); }
        var proposals = await db.PromotionProposals.AsNoTracking().Where(p => ids.Contains(p.Id) && p.PlanId == plan.Id).ToListAsync(ct);
        if (proposals.Count != ids.Count) { errors.Add(nameof(input.ProposalIds), "Có đề án không thuộc kế hoạch này."); return (null, errors); }
        province ??= proposals.Select(p => p.ProvinceCode).Distinct().SingleOrDefault();
        if (province is null || proposals.Any(p => p.ProvinceCode != province))
        { errors.Add(nameof(input.ProposalIds), "Hội đồng thẩm định cấp cơ sở chỉ xét các đề án của một tỉnh, thành phố."); return (null, errors); }
        if (!caller.Actor.Acts || !(caller.Actor.IsAdministrator || caller.Actor.OrganisationKind == OrganisationKind.ProvincialDepartment && caller.Actor.ProvinceCode == province))
            throw new WorkflowRefusal("Chỉ Sở Công Thương của tỉnh lập hội đồng thẩm định cấp cơ sở cho đề án của tỉnh mình.", forbidden: true);
        foreach (var p in proposals.Where(p => p.Stage != ProposalStage.Registered))
            errors.Add(nameof(input.ProposalIds), $"Đề án {p.Code} đang ở trạng thái \"{PromotionNames.Of(p.Stage)}\": chỉ đưa ra thẩm định đề án đã đăng ký.");
        var open = await (from e in db.CouncilEntries
                          join c in db.Councils on e.CouncilId equals c.Id
                          where e.ProposalId != null && ids.Contains(e.ProposalId.Value) && c.Purpose == CouncilPurpose.ProposalAppraisal && c.Status == CouncilStatus.Open
                          select e.ProposalId!.Value).ToListAsync(ct);
        foreach (var p in proposals.Where(p => open.Contains(p.Id)))
            errors.Add(nameof(input.ProposalIds), $"Đề án {p.Code} đã có trong một hội đồng thẩm định đang chấm điểm.");
        var name = CleanText.Of(input.Name, nameof(input.Name), "Tên hội đồng", 300, required: false, errors);
        var passMark = input.PassMark ?? DefaultPassMark;
        if (passMark is <= 0 or > 100) errors.Add(nameof(input.PassMark), "Điểm đạt từ trên 0 đến 100.");
        if (errors.Count > 0) return (null, errors);

        var organisation = caller.Actor.OrganisationKind == OrganisationKind.ProvincialDepartment ? caller.Actor.OrganisationId
            : await db.Organisations.Where(o => o.Kind == OrganisationKind.ProvincialDepartment && o.ProvinceCode == province).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct)
              ?? caller.Actor.OrganisationId;
        var council = new Council
        {
            Name = name ?? Cut($"Hội đồng thẩm định cấp cơ sở đề án khuyến công – {plan.Title}"),
            Purpose = CouncilPurpose.ProposalAppraisal, OrganisationId = organisation, ProvinceCode = province, PassMark = passMark,
            TieBreak = TieBreak.CriteriaInOrder, ScoringDeadline = input.ScoringDeadline, CreatedById = caller.Actor.UserId, CreatedAt = at,
            Criteria = [.. DefaultCriteria.Select((c, i) => new CouncilCriterion { Order = i + 1, Name = c.Name, MaxPoints = c.MaxPoints, Weight = 1 })],
            Entries = [.. proposals.OrderBy(p => p.Code).Select(p => new CouncilEntry { ProposalId = p.Id, ProvinceCode = p.ProvinceCode, Title = Cut($"{p.Code} – {p.Title}") })],
        };
        return (council, errors);
    }

    private static string Cut(string text) => text.Length <= CouncilConfiguration.NameLength ? text : text[..(CouncilConfiguration.NameLength - 1)] + "…";
}
