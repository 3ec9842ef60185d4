namespace CauNoi.Web.Features.Councils;

/// <summary>The councils the caller sees (<see cref="CouncilScope"/>), and the sheets they owe as a member.</summary>
public static class CouncilQueries
{
    public const int PageSize = 50;

    /// <param name="Q">A part of the council's name.</param>
    public sealed record ListParameters(CouncilPurpose? Purpose = null, CouncilStatus? Status = null, string? Q = null, int? Page = null);

    public sealed record Item(int Id, string Name, CouncilPurpose Purpose, string PurposeName, string OrganisationName, string? ProvinceCode, string? ProvinceName,
        CouncilStatus Status, string StatusName, DateOnly? ScoringDeadline, int Members, int Entries, bool IsDemo);

    /// <summary>A sheet the caller owes or keeps as a member of an open council: "chưa chấm", "nháp" or "đã nộp".</summary>
    public sealed record MySheet(int CouncilId, string CouncilName, int EntryId, string EntryTitle, DateOnly? ScoringDeadline, bool Draft, bool Submitted, string StateName);

    /// <summary>The council with everything its steps read, if the caller sees it; tracked for a change.</summary>
    public static Task<Council?> OpenAsync(CauNoiDb db, Scope scope, Actor? actor, int id, CancellationToken ct = default) =>
        db.Councils.VisibleTo(scope, actor).Where(c => c.Id == id)
            .Include(c => c.Members).Include(c => c.Criteria).Include(c => c.Entries).Include(c => c.Conflicts).Include(c => c.Sheets).ThenInclude(s => s.Lines)
            .AsSplitQuery().FirstOrDefaultAsync(ct);

    public static async Task<Page<Item>> ListAsync(CauNoiDb db, Scope scope, Actor? actor, ListParameters p, CancellationToken ct = default)
    {
        var q = db.Councils.VisibleTo(scope, actor);
        if (p.Purpose is { } purpose) q = q.Where(c => c.Purpose == purpose);
        if (p.Status is { } status) q = q.Where(c => c.Status == status);
        if (p.Q?.Trim() is { Length: > 0 } name) q = q.Where(c => c.Name.Contains(name));
        var rows = q.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Select(c => new Item(
            c.Id, c.Name, c.Purpose, "", db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(), c.ProvinceCode,
            db.Provinces.Where(x => x.Code == c.ProvinceCode).Select(x => x.Name).FirstOrDefault(), c.Status, "", c.ScoringDeadline,
            c.Members.Count, c.Entries.Count, c.IsDemo));
        var page = await Page<Item>.ReadAsync(rows, q, p.Page, PageSize, ct);
        return page with { Items = [.. page.Items.Select(i => i with { PurposeName = CouncilNames.Of(i.Purpose), StatusName = CouncilNames.Of(i.Status) })] };
    }

    /// <summary>The caller's sheets to fill in the open councils they sit on: every entry they are not barred from scoring.</summary>
    public static async Task<IReadOnlyList<MySheet>> MySheetsAsync(CauNoiDb db, Actor? actor, CancellationToken ct = default)
    {
        if (actor?.UserId is not { } user) return [];
        var seats = await db.CouncilMembers.Where(m => m.UserId == user && db.Councils.Any(c => c.Id == m.CouncilId && c.Status == CouncilStatus.Open))
            .Select(m => m.Id).ToListAsync(ct);
        if (seats.Count == 0) return [];
        var councils = await db.Councils.Where(c => c.Members.Any(m => seats.Contains(m.Id)))
            .Include(c => c.Members.Where(m => seats.Contains(m.Id))).Include(c => c.Entries).Include(c => c.Conflicts.Where(x => seats.Contains(x.MemberId)))
            .Include(c => c.Sheets.Where(s => seats.Contains(s.MemberId)))
            .OrderBy(c => c.ScoringDeadline).ThenBy(c => c.Id).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        return [.. councils.SelectMany(c =>
        {
            var member = c.Members.Single();
            return c.Entries.Where(e => CouncilScope.WhyNotScoring(c, member, e) is null).OrderBy(e => e.Id).Select(e =>
            {
                var sheet = c.Sheets.FirstOrDefault(s => s.EntryId == e.Id);
                var submitted = sheet?.SubmittedAt is not null;
                return new MySheet(c.Id, c.Name, e.Id, e.Title, c.ScoringDeadline, sheet is not null && !submitted, submitted,
                    submitted ? "Đã nộp" : sheet is not null ? "Đang chấm (nháp)" : "Chưa chấm");
            });
        })];
    }
}
