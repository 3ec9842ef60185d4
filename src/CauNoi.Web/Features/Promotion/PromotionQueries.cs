namespace CauNoi.Web.Features.Promotion;

/// <summary>Plans and proposals as the API and the pages read them, each through <see cref="PromotionScope"/> (out of scope is not found).</summary>
public static class PromotionQueries
{
    public const int PageSize = 50;

    public sealed record PlanItem(int Id, int Year, PlanKind Kind, string KindName, string? ProvinceCode, string? ProvinceName, string Title,
        string? DecisionNumber, DateOnly? DecidedOn, DateOnly? RegistrationDeadline, decimal BudgetNational, decimal BudgetLocal, decimal BudgetCounterpart,
        int Proposals, int Version);

    public sealed record StageCount(ProposalStage Stage, string Name, int Count, decimal Requested, decimal Approved);

    public sealed record PlanDetail(PlanItem Plan, string? Note, IReadOnlyList<StageCount> Stages, IReadOnlyList<ProposalItem> Proposals, bool MayKeep, bool MayRegister, bool MayAppraise);

    public sealed record ProposalItem(int Id, string Code, int PlanId, int Year, string? ProvinceCode, string? ProvinceName, string Title, PromotionActivity Activity, string ActivityName,
        string BeneficiaryName, ProposalStage Stage, string StageName, decimal RequestedState, decimal? ApprovedState, DateOnly StartOn, DateOnly EndOn, DateTime RegisteredAt, DateOnly? RegistrationDeadline, bool Late = false);

    public sealed record ListParameters(int? Year, int? Plan, string? Province, ProposalStage? Stage, PromotionActivity? Activity, string? Q, int? Page);

    public sealed record Output(int Id, OutputKind Kind, string KindName, string Unit, string? Description, decimal Promised, decimal? Achieved);

    public sealed record Event(int Id, ProposalStep Step, string StepName, DateTime At, string ByName, string? Number, DateOnly? OnDate, string? Note, int? Percent, decimal? Amount);

    public sealed record File(Guid Id, string FileName, long Size, string UploadedByName, DateTime At);

    public sealed record NextStep(string Step, string Name, bool Secondary);

    public sealed record ProposalDetail(
        int Id, string Code, PlanItem Plan, string? ProvinceCode, string? ProvinceName, string? CommuneCode, string? CommuneName,
        ProposerKind ProposerKind, string ProposerKindName, string ProposerName, PromotionActivity Activity, string ActivityName, string Title, string? Summary,
        string BeneficiaryName, string? BeneficiaryTaxCode, ProposalStage Stage, string StageName,
        decimal RequestedNational, decimal RequestedLocal, decimal RequestedCounterpart,
        decimal? ApprovedNational, decimal? ApprovedLocal, decimal? ApprovedCounterpart, decimal? FirstApprovedStateFunds, decimal Disbursed, decimal? Settled,
        DateOnly StartOn, DateOnly EndOn, DateOnly? ApprovedOn, DateOnly? AcceptedOn, DateOnly? SettledOn, DateOnly? StoppedOn, string? StopReason,
        int Adjustments, int? Percent, bool Late, AppraisalResult? Appraisal,
        IReadOnlyList<Output> Outputs, IReadOnlyList<Event> Events, IReadOnlyList<File> Files, IReadOnlyList<NextStep> NextSteps, bool MayAttach, int Version);

    private static IQueryable<PlanItem> PlanItems(CauNoiDb db, IQueryable<PromotionPlan> plans) =>
        plans.Select(p => new PlanItem(p.Id, p.Year, p.Kind, "", p.ProvinceCode, db.Provinces.Where(v => v.Code == p.ProvinceCode).Select(v => v.Name).FirstOrDefault(),
            p.Title, p.DecisionNumber, p.DecidedOn, p.RegistrationDeadline, p.BudgetNational, p.BudgetLocal, p.BudgetCounterpart, p.Proposals.Count, p.Version));

    private static PlanItem Named(PlanItem p) => p with { KindName = PromotionNames.Of(p.Kind) };

    public static async Task<IReadOnlyList<PlanItem>> PlansAsync(CauNoiDb db, Scope scope, Actor? actor, int? year, CancellationToken ct = default)
    {
        var plans = db.PromotionPlans.AsNoTracking().VisibleTo(scope, actor);
        if (year is { } y) plans = plans.Where(p => p.Year == y);
        var items = await PlanItems(db, plans.OrderByDescending(p => p.Year).ThenBy(p => p.Kind).ThenBy(p => p.ProvinceCode).Take(500)).ToListAsync(ct);
        return [.. items.Select(Named)];
    }

    public static async Task<PlanItem?> PlanAsync(CauNoiDb db, Scope scope, Actor? actor, int id, CancellationToken ct = default) =>
        await PlanItems(db, db.PromotionPlans.AsNoTracking().VisibleTo(scope, actor).Where(p => p.Id == id)).FirstOrDefaultAsync(ct) is { } p ? Named(p) : null;

    /// <summary>A plan with its proposals the caller sees, counted by stage.</summary>
    public static async Task<PlanDetail?> PlanDetailAsync(CauNoiDb db, Scope scope, PromotionActor caller, int id, CancellationToken ct = default)
    {
        if (await PlanAsync(db, scope, caller.Actor, id, ct) is not { } plan) return null;
        var entity = await db.PromotionPlans.AsNoTracking().FirstAsync(p => p.Id == id, ct);
        var proposals = await ListAsync(db, scope, caller.Actor, new ListParameters(null, id, null, null, null, null, null), ct, pageSize: 2000);
        var stages = proposals.Items.GroupBy(p => p.Stage).OrderBy(g => g.Key)
            .Select(g => new StageCount(g.Key, PromotionNames.Of(g.Key), g.Count(), g.Sum(p => p.RequestedState), g.Sum(p => p.ApprovedState ?? 0))).ToList();
        var mayAppraise = caller.Actor.Acts && caller.Actor.OrganisationKind == Organisations.OrganisationKind.ProvincialDepartment
            && proposals.Items.Any(p => p.Stage == ProposalStage.Registered && p.ProvinceCode == caller.Actor.ProvinceCode);
        return new PlanDetail(plan, entity.Note, stages, proposals.Items, PromotionScope.MayKeepPlan(caller, plan.Kind, plan.ProvinceCode),
            PromotionScope.KeepsAny(caller) && (plan.Kind == PlanKind.National || PromotionScope.MayRegister(caller, plan.ProvinceCode)), mayAppraise);
    }

    public static async Task<Page<ProposalItem>> ListAsync(CauNoiDb db, Scope scope, Actor? actor, ListParameters p, CancellationToken ct = default, int pageSize = PageSize)
    {
        var proposals = db.PromotionProposals.AsNoTracking().VisibleTo(scope, actor);
        if (p.Plan is { } plan) proposals = proposals.Where(x => x.PlanId == plan);
        if (p.Year is { } year) proposals = proposals.Where(x => db.PromotionPlans.Any(l => l.Id == x.PlanId && l.Year == year));
        if (!string.IsNullOrWhiteSpace(p.Province)) { var province = p.Province.Trim(); proposals = proposals.Where(x => x.ProvinceCode == province); }
        if (p.Stage is { } stage) proposals = proposals.Where(x => x.Stage == stage);
        if (p.Activity is { } activity) proposals = proposals.Where(x => x.Activity == activity);
        var folded = VietnameseText.Fold(p.Q);
        if (folded.Length > 0) proposals = proposals.Where(x => EF.Functions.Like(x.SearchName, VietnameseText.LikeContains(folded), "\\"));
        var rows = from x in proposals
                   join l in db.PromotionPlans on x.PlanId equals l.Id
                   orderby l.Year descending, x.Code
                   select new ProposalItem(x.Id, x.Code, x.PlanId, l.Year, x.ProvinceCode, db.Provinces.Where(v => v.Code == x.ProvinceCode).Select(v => v.Name).FirstOrDefault(),
                       x.Title, x.Activity, "", x.BeneficiaryName, x.Stage, "", x.RequestedNational + x.RequestedLocal,
                       x.ApprovedNational == null && x.ApprovedLocal == null ? null : (x.ApprovedNational ?? 0) + (x.ApprovedLocal ?? 0), x.StartOn, x.EndOn,
                       x.CreatedAt, l.RegistrationDeadline);
        var page = await Page<ProposalItem>.ReadAsync(rows, proposals, p.Page, pageSize, ct);
        return page with { Items = [.. page.Items.Select(i => i with
        {
            ActivityName = PromotionNames.Of(i.Activity), StageName = PromotionNames.Of(i.Stage),
            Late = i.RegistrationDeadline is { } deadline && VietnamTime.DayOf(i.RegisteredAt) > deadline,
        })] };
    }

    /// <summary>The proposal a caller sees, tracked with its outputs, and its plan; null when out of scope.</summary>
    public static async Task<(PromotionProposal Proposal, PromotionPlan Plan)?> OpenAsync(CauNoiDb db, Scope scope, Actor? actor, int id, CancellationToken ct = default)
    {
        var proposal = await db.PromotionProposals.VisibleTo(scope, actor).Include(p => p.Outputs).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null) return null;
        var plan = await db.PromotionPlans.AsNoTracking().FirstAsync(p => p.Id == proposal.PlanId, ct);
        return (proposal, plan);
    }

    public static async Task<ProposalDetail?> DetailAsync(CauNoiDb db, Scope scope, PromotionActor caller, int id, DateOnly today, CancellationToken ct = default)
    {
        var p = await db.PromotionProposals.AsNoTracking().VisibleTo(scope, caller.Actor)
            .Include(x => x.Outputs).Include(x => x.Events).Include(x => x.Files).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var plan = (await PlanAsync(db, Scope.Everything, caller.Actor, p.PlanId, ct))!;
        var planEntity = await db.PromotionPlans.AsNoTracking().FirstAsync(x => x.Id == p.PlanId, ct);
        var province = p.ProvinceCode is null ? null : await db.Provinces.Where(v => v.Code == p.ProvinceCode).Select(v => v.Name).FirstOrDefaultAsync(ct);
        var commune = p.CommuneCode is null ? null : await db.Communes.Where(v => v.Code == p.CommuneCode).Select(v => v.Name).FirstOrDefaultAsync(ct);
        var appraisal = await ProposalSteps.AppraisalAsync(db, p.Id, ct);
        var c = new ProposalCase(p, planEntity, appraisal);
        var next = PromotionWorkflow.Table.Allowed(caller, c, today).Select(a => PromotionWorkflow.Table[a]).Select(s => new NextStep(s.Wire, s.Name, s.Secondary)).ToList();
        return new ProposalDetail(p.Id, p.Code, plan, p.ProvinceCode, province, p.CommuneCode, commune,
            p.ProposerKind, PromotionNames.Of(p.ProposerKind), p.ProposerName, p.Activity, PromotionNames.Of(p.Activity), p.Title, p.Summary,
            p.BeneficiaryName, p.BeneficiaryTaxCode, p.Stage, PromotionNames.Of(p.Stage),
            p.RequestedNational, p.RequestedLocal, p.RequestedCounterpart, p.ApprovedNational, p.ApprovedLocal, p.ApprovedCounterpart, p.FirstApprovedStateFunds,
            p.Disbursed, p.Settled, p.StartOn, p.EndOn, p.ApprovedOn, p.AcceptedOn, p.SettledOn, p.StoppedOn, p.StopReason, p.Adjustments, p.Percent,
            PromotionIntake.IsLate(p, planEntity), appraisal,
            [.. p.Outputs.OrderBy(o => o.Id).Select(o => new Output(o.Id, o.Kind, PromotionNames.Of(o.Kind), o.Unit, o.Description, o.Promised, o.Achieved))],
            [.. p.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new Event(e.Id, e.Step, PromotionNames.Of(e.Step), e.At, e.ByName, e.Number, e.OnDate, e.Note, e.Percent, e.Amount))],
            [.. p.Files.OrderBy(f => f.At).Select(f => new File(f.Id, f.FileName, f.Size, f.UploadedByName, f.At))],
            next, PromotionScope.MayRegister(caller, p.ProvinceCode) || PromotionScope.MayKeepPlan(caller, planEntity.Kind, planEntity.ProvinceCode), p.Version);
    }
}
