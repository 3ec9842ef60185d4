using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Awards;

/// <summary>The rounds, a round with its nominations and results, a nomination with its history: what the pages and the API read.</summary>
public static class AwardQueries
{
    public sealed record RoundItem(int Id, int Year, AwardLevel Level, string LevelName, string? ProvinceCode, string? ProvinceName, Region? Region,
        string Place, string Title, DateOnly NominationDeadline, DateOnly ScoringDeadline, RoundStage Stage, string StageName, int Nominations, int CertificatesIssued, bool IsDemo);

    public sealed record Criterion(string? Group, string Name, decimal MaxPoints);

    public sealed record NextStep(string Step, string Name);

    /// <param name="Average">The council's frozen average, once it has closed.</param>
    public sealed record NominationItem(int Id, string ProductName, bool IsProductSet, ProductGroup Group, string GroupName, string ProvinceCode, string ProvinceName,
        string FacilityName, int? PreviousNominationId, decimal? Average, int? Rank, bool? Passed, bool? Recognised, string? CertificateNumber, bool IsDemo);

    /// <param name="CriteriaNote">The criteria's points are the system's default, not confirmed against the rule's text.</param>
    public sealed record RoundDetail(int Id, int Year, AwardLevel Level, string LevelName, string? ProvinceCode, string? ProvinceName, Region? Region, string Place,
        string Title, DateOnly NominationDeadline, DateOnly ScoringDeadline, RoundStage Stage, string StageName, decimal PassMark, int? Places,
        TieBreak TieBreak, string TieBreakRule, int? CouncilId, CouncilStatus? CouncilStatus, string CertificateSeries, int CertificatesIssued,
        IReadOnlyList<Criterion> Criteria, string CriteriaNote, IReadOnlyList<NextStep> NextSteps, bool MayNominate, IReadOnlyList<NominationItem> Nominations,
        bool IsDemo, int Version);

    public sealed record HistoryItem(int NominationId, AwardLevel Level, string LevelName, int Year, int RoundId, string RoundTitle, decimal? Average, int? Rank,
        bool? Recognised, string? CertificateNumber);

    public sealed record NominationDetail(int Id, int RoundId, string RoundTitle, int Year, AwardLevel Level, string LevelName, RoundStage RoundStage, int? CouncilId,
        string ProductName, bool IsProductSet, ProductGroup Group, string GroupName, string ProvinceCode, string ProvinceName, string FacilityName,
        string? FacilityTaxCode, string? FacilityAddress, string? CommuneCode, string? CommuneName, string? Description, int? PreviousNominationId,
        decimal? Average, int? Rank, bool? Passed, bool? Recognised, string? CertificateNumber, IReadOnlyList<FileView> Files, IReadOnlyList<HistoryItem> History,
        bool MayAttach, bool IsDemo, int Version);

    public sealed record RoundFilter(int? Year, AwardLevel? Level);

    public static async Task<List<RoundItem>> RoundsAsync(CauNoiDb db, RoundFilter filter, CancellationToken ct)
    {
        var rounds = db.AwardRounds.AsNoTracking();
        if (filter.Year is { } year) rounds = rounds.Where(r => r.Year == year);
        if (filter.Level is { } level) rounds = rounds.Where(r => r.Level == level);
        var rows = await rounds.OrderByDescending(r => r.Year).ThenBy(r => r.Level).ThenBy(r => r.Region).ThenBy(r => r.ProvinceCode).ThenBy(r => r.Id)
            .Select(r => new { Round = r, Province = db.Provinces.Where(p => p.Code == r.ProvinceCode).Select(p => p.Name).FirstOrDefault(), Count = r.Nominations.Count })
            .ToListAsync(ct);
        return [.. rows.Select(x => Item(x.Round, x.Province, x.Count))];
    }

    private static RoundItem Item(AwardRound r, string? province, int count) =>
        new(r.Id, r.Year, r.Level, AwardNames.Of(r.Level), r.ProvinceCode, province, r.Region, Place(r, province), r.Title, r.NominationDeadline, r.ScoringDeadline,
            r.Stage, AwardNames.Of(r.Stage), count, r.CertificatesIssued, r.IsDemo);

    public static string Place(AwardRound r, string? province) => r.Level switch
    {
        AwardLevel.Provincial => province ?? r.ProvinceCode ?? "",
        AwardLevel.Regional => Regions.Name(r.Region!.Value),
        _ => "Cả nước",
    };

    public static async Task<RoundDetail?> RoundAsync(CauNoiDb db, Scope scope, Runner runner, int id, DateOnly today, CancellationToken ct)
    {
        var round = await db.AwardRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return null;
        var province = round.ProvinceCode is null ? null : await db.Provinces.Where(p => p.Code == round.ProvinceCode).Select(p => p.Name).FirstAsync(ct);
        var council = await db.Councils.AsNoTracking().Where(c => c.Id == round.CouncilId)
            .Select(c => new { c.Status, Criteria = c.Criteria.OrderBy(k => k.Order).Select(k => new Criterion(k.Group, k.Name, k.MaxPoints)).ToList() }).FirstOrDefaultAsync(ct);
        var nominations = await NominationsAsync(db, db.Nominations.AsNoTracking().Where(n => n.RoundId == id).VisibleTo(scope, runner.Actor), round.CouncilId, ct);
        var ordered = nominations.OrderBy(n => n.Rank ?? int.MaxValue).ThenBy(n => n.Id).ToList();
        var moment = new RoundMoment(today, await db.Nominations.CountAsync(n => n.RoundId == id, ct), council?.Status);
        var steps = RoundLifecycle.Table.Allowed(runner, round, moment).Select(a => new NextStep(Workflow.Wire(a), RoundLifecycle.Table[a].Name)).ToList();
        var mayNominate = round.Stage == RoundStage.Nominating && today <= round.NominationDeadline
            && (round.Level == AwardLevel.Provincial ? AwardScope.MayNominate(runner.Actor, round.ProvinceCode!) : AwardScope.NominatesAny(runner.Actor));
        return new RoundDetail(round.Id, round.Year, round.Level, AwardNames.Of(round.Level), round.ProvinceCode, province, round.Region, Place(round, province),
            round.Title, round.NominationDeadline, round.ScoringDeadline, round.Stage, AwardNames.Of(round.Stage), round.PassMark, round.Places,
            round.TieBreak, CouncilNames.Of(round.TieBreak), round.CouncilId, council?.Status, round.CertificateSeries, round.CertificatesIssued,
            council?.Criteria ?? [], AwardCriteria.Unconfirmed, steps, mayNominate, ordered, round.IsDemo, round.Version);
    }

    /// <summary>Nominations with the frozen result of their council entry, if any.</summary>
    public static async Task<List<NominationItem>> NominationsAsync(CauNoiDb db, IQueryable<Nomination> nominations, int? councilId, CancellationToken ct) =>
        await nominations.Select(n => new
        {
            n,
            Province = db.Provinces.Where(p => p.Code == n.ProvinceCode).Select(p => p.Name).FirstOrDefault(),
            Entry = db.CouncilEntries.Where(e => e.NominationId == n.Id && (councilId == null || e.CouncilId == councilId))
                .Select(e => new { e.Average, e.Rank, e.Passed }).FirstOrDefault(),
        }).ToListAsync(ct) is var rows
            ? [.. rows.Select(x => new NominationItem(x.n.Id, x.n.ProductName, x.n.IsProductSet, x.n.Group, AwardNames.Of(x.n.Group), x.n.ProvinceCode, x.Province ?? x.n.ProvinceCode,
                x.n.FacilityName, x.n.PreviousNominationId, x.Entry?.Average, x.Entry?.Rank, x.Entry?.Passed, x.n.Recognised, x.n.CertificateNumber, x.n.IsDemo))]
            : [];

    public static async Task<NominationDetail?> NominationAsync(CauNoiDb db, Scope scope, Actor actor, int id, CancellationToken ct)
    {
        var n = await db.Nominations.AsNoTracking().VisibleTo(scope, actor).Include(x => x.Files).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null) return null;
        var round = await db.AwardRounds.AsNoTracking().FirstAsync(r => r.Id == n.RoundId, ct);
        var province = await db.Provinces.Where(p => p.Code == n.ProvinceCode).Select(p => p.Name).FirstAsync(ct);
        var commune = n.CommuneCode is null ? null : await db.Communes.Where(c => c.Code == n.CommuneCode).Select(c => c.Name).FirstOrDefaultAsync(ct);
        var entry = await db.CouncilEntries.AsNoTracking().Where(e => e.NominationId == n.Id && e.CouncilId == round.CouncilId).FirstOrDefaultAsync(ct);
        var history = await HistoryAsync(db, scope, actor, n, ct);
        return new NominationDetail(n.Id, round.Id, round.Title, round.Year, round.Level, AwardNames.Of(round.Level), round.Stage, round.CouncilId,
            n.ProductName, n.IsProductSet, n.Group, AwardNames.Of(n.Group), n.ProvinceCode, province, n.FacilityName, n.FacilityTaxCode, n.FacilityAddress,
            n.CommuneCode, commune, n.Description, n.PreviousNominationId, entry?.Average, entry?.Rank, entry?.Passed, n.Recognised, n.CertificateNumber,
            [.. n.Files.OrderBy(f => f.At).Select(FileView.Of)], history, MayAttach(actor, n, round), n.IsDemo, n.Version);
    }

    /// <summary>Documents and photos are added by the province's department while the round takes nominations.</summary>
    public static bool MayAttach(Actor actor, Nomination n, AwardRound round) => round.Stage == RoundStage.Nominating && AwardScope.MayNominate(actor, n.ProvinceCode);

    /// <summary>
    /// The product's path through the levels and years: back through each previous nomination, forward through the one that
    /// names it (a product is put forward once from each round), oldest first; what the caller does not see is left out.
    /// </summary>
    public static async Task<List<HistoryItem>> HistoryAsync(CauNoiDb db, Scope scope, Actor actor, Nomination start, CancellationToken ct)
    {
        var visible = db.Nominations.AsNoTracking().VisibleTo(scope, actor);
        List<Nomination> chain = [start];
        for (var back = start.PreviousNominationId; back is { } id && chain.Count < 20;)
        {
            var previous = await visible.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (previous is null) break;
            chain.Insert(0, previous);
            back = previous.PreviousNominationId;
        }
        for (var current = start.Id; chain.Count < 20;)
        {
            var next = await visible.FirstOrDefaultAsync(x => x.PreviousNominationId == current, ct);
            if (next is null) break;
            chain.Add(next);
            current = next.Id;
        }
        var ids = chain.Select(c => c.Id).ToArray();
        var roundIds = chain.Select(c => c.RoundId).Distinct().ToArray();
        var rounds = await db.AwardRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var entries = await db.CouncilEntries.AsNoTracking().Where(e => e.NominationId != null && ids.Contains(e.NominationId.Value))
            .Select(e => new { e.NominationId, e.CouncilId, e.Average, e.Rank }).ToListAsync(ct);
        return [.. chain.Select(c =>
        {
            var r = rounds[c.RoundId];
            var e = entries.FirstOrDefault(x => x.NominationId == c.Id && x.CouncilId == r.CouncilId);
            return new HistoryItem(c.Id, r.Level, AwardNames.Of(r.Level), r.Year, r.Id, r.Title, e?.Average, e?.Rank, c.Recognised, c.CertificateNumber);
        })];
    }
}
