using CauNoi.Web.Shared.Validation;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Recommendations.Groups;

/// <summary>
/// Recommendations from several localities that raise the same obstacle, grouped by the unit
/// that handles them and answered once: each member gets the answer, its own history step,
/// and its locality is told. The API and the group page both go through here.
/// </summary>
public static class RecommendationGroups
{
    public const int MaxMembers = 200;

    public enum Failure { Invalid, Forbidden, NotFound, Conflict }

    /// <summary>The group made or answered, or why not, in Vietnamese; on a refusal nothing was saved.</summary>
    public sealed record Outcome(int GroupId, Failure? Failure = null, string? Refusal = null, FieldErrors? Errors = null)
    {
        public bool Succeeded => Failure is null;

        /// <summary>Every reason in one sentence, for a page's alert.</summary>
        public string Message => Errors is { Count: > 0 } errors ? string.Join(" ", errors.Values.SelectMany(m => m)) : Refusal ?? "";

        public static Outcome Refused(Failure failure, string? refusal = null) => new(0, failure, refusal);
        public static Outcome Invalid(FieldErrors errors) => new(0, RecommendationGroups.Failure.Invalid, Errors: errors);
    }

    public static async Task<Outcome> CreateAsync(
        CauNoiDb db, Actor? actor, Scope scope, string? title, IEnumerable<int>? recommendationIds, DateTime at, CancellationToken ct = default)
    {
        if (actor is null || !actor.IsMinistry && !actor.IsAdministrator)
            return Outcome.Refused(Failure.Forbidden, "Chỉ đơn vị thuộc Bộ xử lý kiến nghị mới lập nhóm trả lời chung.");
        var errors = new FieldErrors();
        var cleanTitle = CleanText.Of(title, "Title", "Tên nhóm", RecommendationConfiguration.TitleLength, required: true, errors);
        var ids = (recommendationIds ?? []).Distinct().ToList();
        if (ids.Count < 2) errors.Add("RecommendationIds", "Chọn ít nhất hai kiến nghị để trả lời chung.");
        if (ids.Count > MaxMembers) errors.Add("RecommendationIds", $"Một nhóm có tối đa {MaxMembers} kiến nghị.");
        if (cleanTitle is null || errors.Count > 0) return Outcome.Invalid(errors);

        var members = await db.Recommendations.VisibleTo(scope).Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        if (members.Count < ids.Count)
        {
            var missing = ids.Except(members.Select(m => m.Id)).Select(Recommendation.FormatNumber);
            return Outcome.Refused(Failure.NotFound, $"Không tìm thấy kiến nghị {string.Join(", ", missing)}, hoặc kiến nghị nằm ngoài phạm vi của bạn.");
        }
        var group = new RecommendationGroup { Title = cleanTitle, CreatedAt = at, CreatedById = actor.UserId };
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.RecommendationGroups.Add(group);
            await db.SaveChangesAsync(ct);
            foreach (var member in members) member.JoinGroup(actor, at, group.Id, cleanTitle);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            Telemetry.Transitioned("group", members.Count);
        }
        catch (WorkflowRefusal refusal) { return Refused(db, refusal); }
        catch (DbUpdateConcurrencyException) { return Conflict(db); }
        return new Outcome(group.Id);
    }

    public static async Task<Outcome> AnswerAsync(
        CauNoiDb db, Actor? actor, Scope scope, int id, RecommendationGroupsApi.AnswerRequest request, DateTime at, DateOnly today,
        CancellationToken ct = default)
    {
        var group = await db.RecommendationGroups.FirstOrDefaultAsync(g => g.Id == id, ct);
        var members = await db.Recommendations.Where(r => r.GroupId == id).OrderBy(r => r.Id).ToListAsync(ct);
        if (actor is null || group is null || !members.Any(m => scope.Sees(m.ProvinceCode, m.CommuneCode, m.RoutedUnitId)))
            return Outcome.Refused(Failure.NotFound);
        var errors = new FieldErrors();
        var text = CleanText.Of(request.Answer, "Answer", "Nội dung trả lời", RecommendationConfiguration.TextLength, required: true, errors, multiline: true);
        if (text is null || errors.Count > 0) return Outcome.Invalid(errors);
        var open = members.Where(m => m.IsOpen).ToList();
        if (open.Count == 0) return Outcome.Refused(Failure.Conflict, "Mọi kiến nghị trong nhóm đã được trả lời hoặc đã kết thúc.");
        // A member the caller cannot see is not theirs to answer, and is not named: the refusal below would give its number.
        if (open.Any(m => !scope.Sees(m.ProvinceCode, m.CommuneCode, m.RoutedUnitId)))
            return Outcome.Refused(Failure.Forbidden, "Nhóm có kiến nghị ngoài phạm vi của bạn; chỉ đơn vị xử lý mọi kiến nghị trong nhóm mới trả lời chung.");
        // One official letter answers them all: dated no earlier than the latest of them was received.
        var letter = OfficialLetter.Check(request.SignerName, request.SignerTitle, request.LetterNumber, request.LetterDate, null,
            today, open.Max(m => m.ReceivedOn), errors);
        if (letter is null) return Outcome.Invalid(errors);
        var receiving = open.Count(r => r.Status is S.Submitted or S.Transferred);   // received first, below

        try
        {
            foreach (var r in open)
            {
                try
                {
                    // Answering a recommendation not yet received receives it first, as its history shows.
                    if (r.Status is S.Submitted or S.Transferred) r.Receive(actor, at, "Tiếp nhận để trả lời chung theo nhóm");
                    // A unit whose leader approves answers gets each member's answer as a draft to approve.
                    r.AnswerWith(actor, at, today, text, letter, actor.UnitAnswersNeedApproval);
                }
                catch (WorkflowRefusal refusal)
                {
                    throw new WorkflowRefusal($"Kiến nghị {r.Number}: {refusal.Message}", refusal.Forbidden);
                }
                // Told as the table's answer row tells, for an answer sent; a draft waits for the leader without a notice.
                if (r.Status == S.Answered)
                    await RecommendationWorkflow.Table.TellAsync(RecommendationAction.Answer, new RecommendationWorkflow.Told(db, r, actor, null, at), ct);
            }
            group.Answer = text;
            group.AnsweredAt = at;
            // One save: every answer, history step, notification and the group's answer commit together or not at all.
            await db.SaveChangesAsync(ct);
            Telemetry.Transitioned("receive", receiving);
            Telemetry.Transitioned("answer", open.Count);
        }
        catch (WorkflowRefusal refusal) { return Refused(db, refusal); }
        catch (DbUpdateConcurrencyException) { return Conflict(db); }
        return new Outcome(id);
    }

    /// <summary>The group with the members the caller can see, or null when they see none.</summary>
    public static async Task<RecommendationGroupsApi.GroupDetail?> LoadAsync(CauNoiDb db, Scope scope, int id, DateOnly today, CancellationToken ct = default)
    {
        var group = await db.RecommendationGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return null;
        var members = await RecommendationQueries.Items(db, db.Recommendations.VisibleTo(scope).Where(r => r.GroupId == id).OrderBy(r => r.Id)).ToListAsync(ct);
        return members.Count == 0 ? null
            : new RecommendationGroupsApi.GroupDetail(group.Id, group.Title, group.CreatedAt, group.Answer, group.AnsweredAt,
                [.. members.Select(m => RecommendationQueries.Completed(m, today))]);
    }

    // What was changed in memory before the refusal must not be saved by a later SaveChanges in this request.
    private static Outcome Refused(CauNoiDb db, WorkflowRefusal refusal)
    {
        db.ChangeTracker.Clear();
        return Outcome.Refused(refusal.Forbidden ? Failure.Forbidden : Failure.Conflict, refusal.Message);
    }

    private static Outcome Conflict(CauNoiDb db)
    {
        db.ChangeTracker.Clear();
        return Outcome.Refused(Failure.Conflict, Transitions.ConflictMessage);
    }
}
