using CauNoi.Web.Shared.Validation;
using A = CauNoi.Web.Features.Councils.CouncilAction;
using S = CauNoi.Web.Features.Councils.CouncilStatus;

namespace CauNoi.Web.Features.Councils;

/// <summary>What is done to a council after its programme created it: keeping it while open, scoring, closing.</summary>
public enum CouncilAction { AddMember = 1, RemoveMember = 2, EditCriteria = 3, DeclareConflict = 4, SaveSheet = 5, SubmitSheet = 6, Close = 7 }

public sealed record MemberInput(string? User, string? Name, string? Role);

public sealed record CriterionInput(int? Id, int? Order, string? Group, string? Name, decimal? MaxPoints, decimal? Weight);

/// <summary>The criteria as a whole (replacing the form), with the council's pass mark, tie-break and scoring deadline.</summary>
public sealed record CriteriaInput(List<CriterionInput>? Criteria, decimal? PassMark, TieBreak? TieBreak, DateOnly? ScoringDeadline, int? Version);

public sealed record ConflictInput(int EntryId, string? Reason);

/// <param name="NotApplicable">The criterion does not apply to this entry ("không áp dụng"): it leaves the total, which is rescaled.</param>
public sealed record LineInput(int CriterionId, decimal? Points, bool NotApplicable = false);

public sealed record SheetInput(List<LineInput>? Lines, string? Comment, int? Version);

/// <param name="Confirm">Close although some members have not submitted every sheet.</param>
public sealed record CloseInput(bool Confirm = false, int? Version = null);

/// <summary>
/// The council's table on the shared workflow (docs/workflow.md): while open, its keepers (<see cref="CouncilScope.MayKeep"/>)
/// add and remove members, set the criteria and the rules until the first sheet is submitted, and close it; each member
/// declares conflicts and keeps their own sheets. Closed, nothing changes (409). Each step here checks the table, applies the
/// input and leaves the save to its caller, once.
/// </summary>
public static class CouncilWork
{
    public const string ConflictMessage = "Hội đồng hoặc phiếu chấm vừa được người khác thay đổi. Vui lòng tải lại trang và thực hiện lại.";

    public static readonly Workflow<A, S, Actor, Council, DateTime, Council> Table = new(
        c => c.Status,
        "Chỉ đơn vị chủ trì hội đồng (và quản trị hệ thống) được thực hiện thao tác này.",
        s => "Hội đồng đã kết thúc, kết quả đã chốt: không thể thay đổi thành viên, tiêu chí, xung đột lợi ích hay phiếu chấm.",
        new(A.AddMember, CouncilNames.Of(A.AddMember), [S.Open], Keeps),
        new(A.RemoveMember, CouncilNames.Of(A.RemoveMember), [S.Open], Keeps),
        new(A.EditCriteria, CouncilNames.Of(A.EditCriteria), [S.Open], Keeps)
        {
            Unless = (c, _) => c.Sheets.Any(s => s.SubmittedAt != null)
                ? "Đã có thành viên nộp phiếu chấm: không thể sửa tiêu chí, điểm đạt, cách xét khi bằng điểm hay hạn chấm điểm nữa." : null,
        },
        new(A.DeclareConflict, CouncilNames.Of(A.DeclareConflict), [S.Open], Sits) { NotYours = NotAMember },
        new(A.SaveSheet, CouncilNames.Of(A.SaveSheet), [S.Open], Sits) { NotYours = NotAMember },
        new(A.SubmitSheet, CouncilNames.Of(A.SubmitSheet), [S.Open], Sits) { NotYours = NotAMember },
        new(A.Close, CouncilNames.Of(A.Close), [S.Open], Keeps) { To = S.Closed, NotNow = "Hội đồng đã kết thúc." });

    public const string NotAMember = "Chỉ thành viên hội đồng chấm điểm, trên phiếu chấm của chính mình.";

    private static bool Keeps(Actor actor, Council council) => CouncilScope.MayKeep(actor, council);

    private static bool Sits(Actor actor, Council council) => CouncilScope.SeatOf(actor, council) is not null;

    /// <summary>A version sent that is no longer the record's: someone changed it in between.</summary>
    public sealed class Conflict : Exception;

    public static async Task<FieldErrors> AddMemberAsync(CauNoiDb db, Actor actor, Council council, MemberInput input, DateTime at, CancellationToken ct = default)
    {
        Table.Check(A.AddMember, actor, council, at);
        var errors = new FieldErrors();
        var key = input.User?.Trim() ?? "";
        var user = key.Length == 0 ? null : await db.Users.Where(u => (u.UserName == key || u.Id == key) && u.IsActive)
            .Select(u => new { u.Id, u.FullName, u.Organisation!.ProvinceCode }).FirstOrDefaultAsync(ct);
        if (user is null) errors.Add(nameof(MemberInput.User), "Chọn tài khoản của thành viên (tên đăng nhập) đang hoạt động.");
        else if (council.Members.Any(m => m.UserId == user.Id)) errors.Add(nameof(MemberInput.User), "Tài khoản này đã là thành viên hội đồng.");
        var name = CleanText.Of(input.Name, nameof(MemberInput.Name), "Họ tên thành viên", CouncilConfiguration.MemberNameLength, false, errors) ?? user?.FullName;
        var role = CleanText.Of(input.Role, nameof(MemberInput.Role), "Vai trò trong hội đồng", CouncilConfiguration.RoleLength, false, errors);
        if (errors.Count > 0) return errors;
        council.Members.Add(new CouncilMember { CouncilId = council.Id, UserId = user!.Id, Name = name!, Role = role, ProvinceCode = user.ProvinceCode });
        council.Version++;
        return errors;
    }

    /// <summary>Removes a member who has not submitted a sheet; their drafts and declared conflicts go with them. Null: no such member.</summary>
    public static FieldErrors? RemoveMember(CauNoiDb db, Actor actor, Council council, int memberId, DateTime at)
    {
        Table.Check(A.RemoveMember, actor, council, at);
        if (council.Members.FirstOrDefault(m => m.Id == memberId) is not { } member) return null;
        if (council.Sheets.Any(s => s.MemberId == memberId && s.SubmittedAt != null))
            throw new WorkflowRefusal($"{member.Name} đã nộp phiếu chấm: không thể rút khỏi hội đồng, vì kết quả đã tính phiếu của thành viên này.");
        foreach (var sheet in council.Sheets.Where(s => s.MemberId == memberId).ToList()) { council.Sheets.Remove(sheet); db.ScoreSheets.Remove(sheet); }
        foreach (var conflict in council.Conflicts.Where(c => c.MemberId == memberId).ToList()) { council.Conflicts.Remove(conflict); db.CouncilConflicts.Remove(conflict); }
        council.Members.Remove(member);
        db.CouncilMembers.Remove(member);
        council.Version++;
        return [];
    }

    /// <summary>
    /// Replaces the criteria (a line with an id keeps that criterion, one without adds a new one, one left out is removed
    /// with its draft points) and sets the pass mark, tie-break and deadline; only before any sheet is submitted.
    /// </summary>
    public static FieldErrors EditCriteria(CauNoiDb db, Actor actor, Council council, CriteriaInput input, DateTime at)
    {
        Table.Check(A.EditCriteria, actor, council, at);
        if (input.Version is { } version && version != council.Version) throw new Conflict();
        var errors = new FieldErrors();
        var lines = input.Criteria ?? [];
        if (lines.Count == 0) errors.Add(nameof(CriteriaInput.Criteria), "Hội đồng cần ít nhất một tiêu chí chấm điểm.");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var field = $"{nameof(CriteriaInput.Criteria)}[{i}]";
            if (line.Id is { } id && council.Criteria.All(c => c.Id != id)) errors.Add(field, $"Tiêu chí số {i + 1} không thuộc hội đồng này.");
            CleanText.Of(line.Name, $"{field}.{nameof(CriterionInput.Name)}", $"Tên tiêu chí số {i + 1}", CouncilConfiguration.CriterionLength, true, errors);
            CleanText.Of(line.Group, $"{field}.{nameof(CriterionInput.Group)}", $"Nhóm của tiêu chí số {i + 1}", CouncilConfiguration.GroupLength, false, errors);
            if (line.MaxPoints is not (> 0 and <= 1000) || !OneDecimal(line.MaxPoints.Value))
                errors.Add($"{field}.{nameof(CriterionInput.MaxPoints)}", $"Điểm tối đa của tiêu chí số {i + 1} phải lớn hơn 0, không quá 1.000, tối đa một chữ số thập phân.");
            if (line.Weight is { } w && (w is <= 0 or > 100 || decimal.Round(w, 3) != w))
                errors.Add($"{field}.{nameof(CriterionInput.Weight)}", $"Trọng số của tiêu chí số {i + 1} phải lớn hơn 0 và không quá 100 (tối đa ba chữ số thập phân).");
        }
        if (lines.Where(l => l.Id is not null).GroupBy(l => l.Id).Any(g => g.Count() > 1)) errors.Add(nameof(CriteriaInput.Criteria), "Một tiêu chí được nêu hai lần.");
        if (input.PassMark is { } mark && (mark < 0 || decimal.Round(mark, 2) != mark || lines.Count > 0 && errors.Count == 0 && mark > lines.Sum(l => (l.Weight ?? 1) * l.MaxPoints!.Value)))
            errors.Add(nameof(CriteriaInput.PassMark), "Điểm đạt không được âm, tối đa hai chữ số thập phân và không vượt tổng điểm tối đa của các tiêu chí.");
        if (input.TieBreak is { } rule && !Enum.IsDefined(rule)) errors.Add(nameof(CriteriaInput.TieBreak), "Chọn cách xét khi bằng điểm.");
        if (errors.Count > 0) return errors;

        var kept = lines.Where(l => l.Id is not null).Select(l => l.Id!.Value).ToHashSet();
        foreach (var gone in council.Criteria.Where(c => !kept.Contains(c.Id)).ToList())
        {
            foreach (var sheet in council.Sheets)
                foreach (var l in sheet.Lines.Where(l => l.CriterionId == gone.Id).ToList()) { sheet.Lines.Remove(l); db.ScoreLines.Remove(l); }
            council.Criteria.Remove(gone);
            db.CouncilCriteria.Remove(gone);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var criterion = line.Id is { } id ? council.Criteria.Single(c => c.Id == id) : new CouncilCriterion { CouncilId = council.Id, Name = "" };
            if (line.Id is null) council.Criteria.Add(criterion);
            criterion.Order = line.Order ?? i + 1;
            criterion.Group = CleanText.Of(line.Group, "", "", CouncilConfiguration.GroupLength, false, errors);
            criterion.Name = CleanText.Of(line.Name, "", "", CouncilConfiguration.CriterionLength, true, errors)!;
            criterion.MaxPoints = line.MaxPoints!.Value;
            criterion.Weight = line.Weight ?? 1;
        }
        council.PassMark = input.PassMark;
        if (input.TieBreak is { } tie) council.TieBreak = tie;
        council.ScoringDeadline = input.ScoringDeadline;
        council.Version++;
        return errors;
    }

    public static FieldErrors DeclareConflict(Actor actor, Council council, ConflictInput input, DateTime at)
    {
        Table.Check(A.DeclareConflict, actor, council, at);
        var member = CouncilScope.SeatOf(actor, council)!;
        var errors = new FieldErrors();
        var entry = council.Entries.FirstOrDefault(e => e.Id == input.EntryId);
        if (entry is null) errors.Add(nameof(ConflictInput.EntryId), "Chọn hồ sơ của hội đồng này.");
        else if (council.Conflicts.Any(c => c.MemberId == member.Id && c.EntryId == entry.Id)) errors.Add(nameof(ConflictInput.EntryId), "Bạn đã khai báo xung đột lợi ích với hồ sơ này.");
        else if (council.Sheets.Any(s => s.MemberId == member.Id && s.EntryId == entry.Id && s.SubmittedAt != null))
            errors.Add(nameof(ConflictInput.EntryId), "Bạn đã nộp phiếu chấm hồ sơ này; liên hệ đơn vị chủ trì hội đồng.");
        var reason = CleanText.Of(input.Reason, nameof(ConflictInput.Reason), "Lý do xung đột lợi ích", CouncilConfiguration.ReasonLength, true, errors, multiline: true);
        if (errors.Count > 0) return errors;
        // A draft for the entry is dropped: the member no longer scores it.
        council.Sheets.RemoveAll(s => s.MemberId == member.Id && s.EntryId == entry!.Id && s.SubmittedAt == null);
        council.Conflicts.Add(new CouncilConflict { CouncilId = council.Id, MemberId = member.Id, EntryId = entry!.Id, Reason = reason!, DeclaredAt = at });
        return errors;
    }

    /// <summary>
    /// Saves the member's own sheet for an entry, as a draft or submitted. A submitted sheet answers every criterion (points
    /// or "không áp dụng") and scores at least one; it may be changed until the council closes, and stays submitted (each
    /// change is checked as a submission). Null: no such entry.
    /// </summary>
    public static FieldErrors? Score(CauNoiDb db, Actor actor, Council council, int entryId, SheetInput input, bool submit, DateTime at)
    {
        Table.Check(submit ? A.SubmitSheet : A.SaveSheet, actor, council, at);
        var member = CouncilScope.SeatOf(actor, council)!;
        if (council.Entries.FirstOrDefault(e => e.Id == entryId) is not { } entry) return null;
        if (CouncilScope.WhyNotScoring(council, member, entry) is { } why) throw new WorkflowRefusal(why, forbidden: true);
        var sheet = council.Sheets.FirstOrDefault(s => s.MemberId == member.Id && s.EntryId == entryId);
        if (sheet is not null && input.Version is { } version && version != sheet.Version) throw new Conflict();
        var errors = Check(council, input, submit || sheet?.SubmittedAt is not null);
        if (errors.Count > 0) return errors;
        if (sheet is null)
        {
            sheet = new ScoreSheet { CouncilId = council.Id, MemberId = member.Id, EntryId = entryId };
            council.Sheets.Add(sheet);
        }
        foreach (var old in sheet.Lines.ToList()) { sheet.Lines.Remove(old); if (old.Id != 0) db.ScoreLines.Remove(old); }
        foreach (var line in (input.Lines ?? []).Where(l => l.NotApplicable || l.Points is not null))
            sheet.Lines.Add(new ScoreLine { CriterionId = line.CriterionId, Points = line.NotApplicable ? null : line.Points });
        sheet.Comment = CleanText.Of(input.Comment, "", "", CouncilConfiguration.CommentLength, false, errors, multiline: true);
        sheet.UpdatedAt = at;
        if (submit || sheet.SubmittedAt is not null) sheet.SubmittedAt = at;
        sheet.Version++;
        return errors;
    }

    private static FieldErrors Check(Council council, SheetInput input, bool complete)
    {
        var errors = new FieldErrors();
        var lines = input.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var field = $"{nameof(SheetInput.Lines)}[{i}]";
            if (council.Criteria.FirstOrDefault(c => c.Id == line.CriterionId) is not { } criterion) { errors.Add(field, "Tiêu chí không thuộc hội đồng này."); continue; }
            if (line.NotApplicable && line.Points is not null) errors.Add(field, $"Tiêu chí \"{criterion.Name}\": chọn chấm điểm hoặc không áp dụng, không cả hai.");
            else if (line.Points is { } p && (p < 0 || p > criterion.MaxPoints || !OneDecimal(p)))
                errors.Add(field, $"Tiêu chí \"{criterion.Name}\": điểm từ 0 đến {Display.Number(criterion.MaxPoints, criterion.MaxPoints % 1 == 0 ? 0 : 1)}, tối đa một chữ số thập phân.");
        }
        if (lines.GroupBy(l => l.CriterionId).Any(g => g.Count() > 1)) errors.Add(nameof(SheetInput.Lines), "Một tiêu chí được chấm hai lần.");
        CleanText.Of(input.Comment, nameof(SheetInput.Comment), "Nhận xét", CouncilConfiguration.CommentLength, false, errors, multiline: true);
        if (complete && errors.Count == 0)
        {
            var answered = lines.Where(l => l.NotApplicable || l.Points is not null).Select(l => l.CriterionId).ToHashSet();
            var missing = council.Criteria.Where(c => !answered.Contains(c.Id)).OrderBy(c => c.Order).Select(c => c.Name).ToList();
            if (missing.Count > 0) errors.Add(nameof(SheetInput.Lines), "Phiếu nộp phải chấm điểm hoặc đánh dấu không áp dụng mọi tiêu chí; còn thiếu: " + string.Join("; ", missing) + ".");
            else if (lines.All(l => l.NotApplicable)) errors.Add(nameof(SheetInput.Lines), "Phiếu nộp phải chấm điểm ít nhất một tiêu chí.");
        }
        return errors;
    }

    /// <summary>The member–entry pairs still owed a submitted sheet: every member scores every entry they are not barred from.</summary>
    public static int MissingSheets(Council council) =>
        council.Members.Sum(m => council.Entries.Count(e => CouncilScope.WhyNotScoring(council, m, e) is null
            && !council.Sheets.Any(s => s.MemberId == m.Id && s.EntryId == e.Id && s.SubmittedAt != null)));

    /// <summary>
    /// Closes the council and freezes each entry's average, rank, pass and the sheets counted. With sheets still missing it
    /// asks for <see cref="CloseInput.Confirm"/> and says how many.
    /// </summary>
    public static void Close(Actor actor, Council council, CloseInput input, DateTime at)
    {
        Table.Check(A.Close, actor, council, at);
        if (input.Version is { } version && version != council.Version) throw new Conflict();
        var missing = MissingSheets(council);
        if (missing > 0 && !input.Confirm)
            throw new WorkflowRefusal($"Còn {missing} phiếu chấm chưa nộp. Xác nhận kết thúc hội đồng (confirm) để chốt kết quả chỉ với các phiếu đã nộp.");
        foreach (var result in ResultsOf(council))
        {
            var entry = council.Entries.Single(e => e.Id == result.EntryId);
            (entry.Average, entry.Rank, entry.Passed, entry.ScoredBy) = (result.Average, result.Rank, result.Passed, result.ScoredBy);
        }
        council.Status = S.Closed;
        council.ClosedAt = at;
        council.ClosedById = actor.UserId;
        council.Version++;
    }

    /// <summary>The figures from the council's submitted sheets as they stand.</summary>
    public static IReadOnlyList<CouncilResults.EntryResult> ResultsOf(Council council) =>
        CouncilResults.Of(council.Criteria, [.. council.Entries.Select(e => e.Id)],
            [.. council.Sheets.Where(s => s.SubmittedAt != null).Select(s => new CouncilResults.Sheet(s.MemberId, s.EntryId, [.. s.Lines.Select(l => new CouncilResults.Line(l.CriterionId, l.Points))]))],
            council.PassMark, council.TieBreak);

    private static bool OneDecimal(decimal value) => decimal.Round(value, 1) == value;
}
