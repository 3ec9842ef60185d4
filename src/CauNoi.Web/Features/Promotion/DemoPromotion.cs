using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The demo data set of the national khuyến công programme (seeds 002 and 003), made up and marked <c>IsDemo</c>, with
/// "(dữ liệu minh họa)" in the plans' titles and the label in every summary:
/// <list type="bullet">
/// <item>the 2023 national plan: <see cref="Proposals2023"/> proposals over the 63 former provinces (2023 is before the
/// merger of 1/7/2025: each proposal names its former province and today's), every activity, budgets by source, promised
/// and achieved outputs that make one plausible year of the 2004–2023 totals, and the year's end: most accepted or settled,
/// a few stopped with their reasons, several adjusted, so that the plan's completion rate is <see cref="Completion2023"/>%
/// (seed 003: "đạt khoảng 99% kế hoạch");</item>
/// <item>the 2026 national plan in progress, with proposals in every stage, closed base-level appraisal councils for
/// those past registration and Hà Nội's open council scoring its late registrations, and Hà Nội's 2026 local plan.</item>
/// </list>
/// One seeded <see cref="Random"/>, no clock: the same data every time. Written by the bulk path without tracking.
/// </summary>
public static class DemoPromotion
{
    public const int Seed = 2023_0099;
    public const int Proposals2023 = 300;
    /// <summary>The 2023 plan's completion rate, by the brief's formula, as the demo data gives it.</summary>
    public const decimal Completion2023 = 99.0m;
    public const string PlanDecision2023 = "3156/QĐ-BCT", PlanDecision2026 = "3402/QĐ-BCT";
    public const string Label = DemoTasks.Label;
    public const string TitleSuffix = " (dữ liệu minh họa)";

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.PromotionPlans.AnyAsync(p => p.IsDemo, ct)) return;
        var world = await DemoPromotionWorld.LoadAsync(db, ct);
        if (world is null) return;
        var built = new DemoPromotionBuilder(new Random(Seed), world).Build();
        await WriteAsync(db, built, ct);
    }

    /// <summary>Plans, then proposals and what hangs on them, then the councils: keys drawn from each table's counter.</summary>
    private static async Task WriteAsync(CauNoiDb db, DemoPromotionBuilder.Result built, CancellationToken ct)
    {
        var planKeys = await db.DrawKeysAsync<PromotionPlan>(built.Plans.Count, ct);
        for (var i = 0; i < built.Plans.Count; i++) built.Plans[i].Id = (int)planKeys[i];
        var proposals = built.Plans.SelectMany(p => p.Proposals.Select(x => { x.PlanId = p.Id; return x; })).ToList();
        var proposalKeys = await db.DrawKeysAsync<PromotionProposal>(proposals.Count, ct);
        for (var i = 0; i < proposals.Count; i++)
            (proposals[i].Id, proposals[i].SearchName) = ((int)proposalKeys[i], VietnameseText.Fold(proposals[i].SearchSource));

        await db.InsertInBulkAsync(built.Plans, ct, withKeys: true);
        await db.InsertInBulkAsync(proposals, ct, withKeys: true);
        await db.InsertInBulkAsync(proposals.SelectMany(p => p.Outputs.Select(o => { o.ProposalId = p.Id; return o; })), ct);
        await db.InsertInBulkAsync(proposals.SelectMany(p => p.Events.Select(e => { e.ProposalId = p.Id; return e; })), ct);
        await DemoCouncilWriter.WriteAsync(db, built.Councils, ct);
    }
}

/// <summary>
/// Writes demo councils with everything they hold (members, criteria, entries, conflicts, sheets and their lines), their
/// keys drawn from the tables' counters so that what names a member, an entry or a criterion can. Entries name their
/// proposal or nomination, which must already have their keys.
/// </summary>
public static class DemoCouncilWriter
{
    /// <summary>A sheet and the entry, member and criteria it names, before any of them has a key.</summary>
    public sealed record Sheet(CouncilMember Member, CouncilEntry Entry, ScoreSheet Row, IReadOnlyList<(CouncilCriterion Criterion, decimal? Points)> Lines);

    public sealed record Conflict(CouncilMember Member, CouncilEntry Entry, CouncilConflict Row);

    public sealed class Draft(Council council)
    {
        public Council Council { get; } = council;
        public List<Sheet> Sheets { get; } = [];
        public List<Conflict> Conflicts { get; } = [];
        /// <summary>Sets each entry's proposal or nomination key once they have them.</summary>
        public List<Action> Link { get; } = [];
    }

    /// <param name="beforeEntries">What must be written once the councils have their keys and before their entries (the award rounds and their nominations).</param>
    public static async Task WriteAsync(CauNoiDb db, IReadOnlyList<Draft> drafts, CancellationToken ct, Func<Task>? beforeEntries = null)
    {
        if (drafts.Count == 0) return;
        async Task Keys<T>(IReadOnlyList<T> rows, Action<T, int> set) where T : class
        {
            if (rows.Count == 0) return;
            var keys = await db.DrawKeysAsync<T>(rows.Count, ct);
            for (var i = 0; i < rows.Count; i++) set(rows[i], (int)keys[i]);
        }
        var councils = drafts.Select(d => d.Council).ToList();
        await Keys(councils, (c, id) => c.Id = id);
        await db.InsertInBulkAsync(councils, ct, withKeys: true);
        if (beforeEntries is not null) await beforeEntries();
        foreach (var d in drafts) foreach (var link in d.Link) link();
        List<T> Of<T>(Func<Council, List<T>> rows, Action<T, int> link) => [.. councils.SelectMany(c => rows(c).Select(r => { link(r, c.Id); return r; }))];
        var members = Of(c => c.Members, (m, id) => m.CouncilId = id);
        var criteria = Of(c => c.Criteria, (x, id) => x.CouncilId = id);
        var entries = Of(c => c.Entries, (x, id) => x.CouncilId = id);
        await Keys(members, (m, id) => m.Id = id);
        await Keys(criteria, (x, id) => x.Id = id);
        await Keys(entries, (x, id) => x.Id = id);
        var conflicts = drafts.SelectMany(d => d.Conflicts.Select(c =>
        {
            (c.Row.CouncilId, c.Row.MemberId, c.Row.EntryId) = (d.Council.Id, c.Member.Id, c.Entry.Id);
            return c.Row;
        })).ToList();
        var sheets = drafts.SelectMany(d => d.Sheets.Select(s =>
        {
            (s.Row.CouncilId, s.Row.MemberId, s.Row.EntryId) = (d.Council.Id, s.Member.Id, s.Entry.Id);
            return s;
        })).ToList();
        await Keys(sheets.Select(s => s.Row).ToList(), (s, id) => s.Id = id);

        await db.InsertInBulkAsync(members, ct, withKeys: true);
        await db.InsertInBulkAsync(criteria, ct, withKeys: true);
        await db.InsertInBulkAsync(entries, ct, withKeys: true);
        await db.InsertInBulkAsync(conflicts, ct);
        await db.InsertInBulkAsync(sheets.Select(s => s.Row), ct, withKeys: true);
        await db.InsertInBulkAsync(sheets.SelectMany(s => s.Lines.Select(l => new ScoreLine { SheetId = s.Row.Id, CriterionId = l.Criterion.Id, Points = l.Points })), ct);
    }
}
