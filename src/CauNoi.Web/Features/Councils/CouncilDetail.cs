namespace CauNoi.Web.Features.Councils;

/// <summary>
/// One council as the API and its page show it: members, criteria, and each entry with each member's state and, once the
/// council is closed, each member's total beside the council's frozen average, rank and pass (HyphaApp/hypha#3963). While
/// it is open no one sees another member's points: keepers see who has submitted; a member sees their own totals.
/// </summary>
public sealed record CouncilDetail(int Id, string Name, CouncilPurpose Purpose, string PurposeName, int OrganisationId, string OrganisationName,
    string? ProvinceCode, string? ProvinceName, CouncilStatus Status, string StatusName, decimal? PassMark, TieBreak TieBreak, string TieBreakName,
    DateOnly? ScoringDeadline, DateTime? ClosedAt, string? ClosedByName, int Version, bool IsDemo, decimal Scale,
    IReadOnlyList<CouncilDetail.Member> Members, IReadOnlyList<CouncilDetail.Criterion> Criteria, IReadOnlyList<CouncilDetail.Entry> Entries,
    IReadOnlyList<CouncilDetail.Conflict> Conflicts, bool MayKeep, int? MyMemberId, int MissingSheets, bool AnySubmitted, IReadOnlyList<string> Steps)
{
    public sealed record Member(int Id, string UserId, string? UserName, string Name, string? Role, string? ProvinceCode, int Submitted, int Owed);

    public sealed record Criterion(int Id, int Order, string? Group, string Name, decimal MaxPoints, decimal Weight);

    /// <param name="State">submitted, draft (the caller's own only), missing, conflict or own-province.</param>
    /// <param name="Total">The member's total: after the council closes, or to the member themself.</param>
    public sealed record Cell(int MemberId, string State, string StateName, decimal? Total, bool Rescaled);

    public sealed record Entry(int Id, string Title, string? ProvinceCode, int? ProposalId, int? NominationId, string? Link,
        IReadOnlyList<Cell> Cells, decimal? Average, int? Rank, bool? Passed, int ScoredBy);

    public sealed record Conflict(int MemberId, string MemberName, int EntryId, string Reason, DateTime DeclaredAt);

    public bool IsClosed => Status == CouncilStatus.Closed;

    /// <summary>The record an entry scores: a khuyến công proposal or a product nomination.</summary>
    public static string? LinkOf(CouncilEntry e) =>
        e.ProposalId is { } p ? $"/khuyen-cong/de-an/{p}" : e.NominationId is { } n ? $"/binh-chon/san-pham/{n}" : null;

    public static string PassedName(bool? passed) => passed switch { true => "Đạt", false => "Không đạt", null => "" };

    public static async Task<CouncilDetail?> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, int id, CancellationToken ct = default)
    {
        if (actor is null || await CouncilQueries.OpenAsync(db, scope, actor, id, ct) is not { } c) return null;
        var names = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var province = c.ProvinceCode is null ? null : await db.Provinces.Where(p => p.Code == c.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var userIds = c.Members.Select(m => m.UserId).Append(c.ClosedById ?? "").ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.UserName, u.FullName }).ToDictionaryAsync(u => u.Id, ct);
        var me = CouncilScope.SeatOf(actor, c);
        var closed = c.Status == CouncilStatus.Closed;
        var criteria = c.Criteria.OrderBy(x => x.Order).ThenBy(x => x.Id).ToList();
        var members = c.Members.OrderBy(m => m.Id).ToList();

        var entries = c.Entries.OrderBy(e => closed ? e.Rank ?? int.MaxValue : 0).ThenBy(e => e.Id).Select(e => new Entry(e.Id, e.Title, e.ProvinceCode, e.ProposalId, e.NominationId, LinkOf(e),
            [.. members.Select(m =>
            {
                var sheet = c.Sheets.FirstOrDefault(s => s.MemberId == m.Id && s.EntryId == e.Id);
                var mine = m.Id == me?.Id;
                var barred = CouncilScope.WhyNotScoring(c, m, e);
                var (state, stateName) = barred is not null
                    ? c.Conflicts.Any(x => x.MemberId == m.Id && x.EntryId == e.Id) ? ("conflict", "Không chấm (xung đột lợi ích)") : ("own-province", "Không chấm (cùng tỉnh)")
                    : sheet?.SubmittedAt is not null ? ("submitted", "Đã nộp")
                    : sheet is not null && mine ? ("draft", "Đang chấm (nháp)") : ("missing", "Chưa nộp");
                var total = sheet is not null && (closed ? sheet.SubmittedAt is not null : mine)
                    ? CouncilResults.TotalOf(criteria, new CouncilResults.Sheet(m.Id, e.Id, [.. sheet.Lines.Select(l => new CouncilResults.Line(l.CriterionId, l.Points))]))
                    : null;
                return new Cell(m.Id, state, stateName, total?.Total, total?.Rescaled ?? false);
            })],
            closed ? e.Average : null, closed ? e.Rank : null, closed ? e.Passed : null, closed ? e.ScoredBy : 0)).ToList();

        var mayKeep = CouncilScope.MayKeep(actor, c);
        return new CouncilDetail(c.Id, c.Name, c.Purpose, CouncilNames.Of(c.Purpose), c.OrganisationId, names, c.ProvinceCode, province,
            c.Status, CouncilNames.Of(c.Status), c.PassMark, c.TieBreak, CouncilNames.Of(c.TieBreak), c.ScoringDeadline, c.ClosedAt,
            c.ClosedById is { } by && users.TryGetValue(by, out var closer) ? closer.FullName : null, c.Version, c.IsDemo, CouncilResults.Scale(criteria),
            [.. members.Select(m => new Member(m.Id, m.UserId, users.TryGetValue(m.UserId, out var u) ? u.UserName : null, m.Name, m.Role, m.ProvinceCode,
                c.Sheets.Count(s => s.MemberId == m.Id && s.SubmittedAt != null),
                c.Entries.Count(e => CouncilScope.WhyNotScoring(c, m, e) is null)))],
            [.. criteria.Select(x => new Criterion(x.Id, x.Order, x.Group, x.Name, x.MaxPoints, x.Weight))],
            entries,
            [.. c.Conflicts.OrderBy(x => x.DeclaredAt).Select(x => new Conflict(x.MemberId, members.First(m => m.Id == x.MemberId).Name, x.EntryId, x.Reason, x.DeclaredAt))],
            mayKeep, me?.Id, CouncilWork.MissingSheets(c), c.Sheets.Any(s => s.SubmittedAt != null),
            [.. CouncilWork.Table.Allowed(actor, c, DateTime.UtcNow).Select(a => CouncilWork.Table[a].Wire)]);
    }
}

/// <summary>
/// A member's own score form for one entry: a line per criterion with the points given or "không áp dụng", the running
/// total on the full scale, and why the member may not score it (a declared conflict, their own province).
/// </summary>
public sealed record CouncilSheet(int CouncilId, string CouncilName, CouncilStatus Status, int EntryId, string EntryTitle, string? EntryLink,
    string? Refusal, IReadOnlyList<CouncilSheet.Line> Lines, string? Comment, DateTime? SubmittedAt, int Version, decimal? Total, bool Rescaled, decimal Scale)
{
    public sealed record Line(int CriterionId, int Order, string? Group, string Name, decimal MaxPoints, decimal Weight, decimal? Points, bool NotApplicable);

    public bool Submitted => SubmittedAt is not null;

    /// <summary>The member may still change it: the council is open and nothing bars them.</summary>
    public bool MayChange => Status == CouncilStatus.Open && Refusal is null;

    /// <summary>The caller's sheet; null when the council or the entry is not found, or the caller has no seat (<see cref="CouncilWork.NotAMember"/>).</summary>
    public static CouncilSheet? Of(Council c, Actor actor, int entryId)
    {
        if (CouncilScope.SeatOf(actor, c) is not { } member || c.Entries.FirstOrDefault(e => e.Id == entryId) is not { } entry) return null;
        var sheet = c.Sheets.FirstOrDefault(s => s.MemberId == member.Id && s.EntryId == entryId);
        var criteria = c.Criteria.OrderBy(x => x.Order).ThenBy(x => x.Id).ToList();
        var total = sheet is null ? null
            : CouncilResults.TotalOf(criteria, new CouncilResults.Sheet(member.Id, entryId, [.. sheet.Lines.Select(l => new CouncilResults.Line(l.CriterionId, l.Points))]));
        return new CouncilSheet(c.Id, c.Name, c.Status, entry.Id, entry.Title, CouncilDetail.LinkOf(entry), CouncilScope.WhyNotScoring(c, member, entry),
            [.. criteria.Select(x =>
            {
                var line = sheet?.Lines.FirstOrDefault(l => l.CriterionId == x.Id);
                return new Line(x.Id, x.Order, x.Group, x.Name, x.MaxPoints, x.Weight, line?.Points, line is not null && line.Points is null);
            })],
            sheet?.Comment, sheet?.SubmittedAt, sheet?.Version ?? 0, total?.Total, total?.Rescaled ?? false, CouncilResults.Scale(criteria));
    }
}
