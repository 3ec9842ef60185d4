using CauNoi.Web.Shared.Validation;
using static CauNoi.Web.Features.Tasks.TaskWorkflow;
using A = CauNoi.Web.Features.Tasks.TaskAction;

namespace CauNoi.Web.Features.Tasks;

/// <summary>One step of a task asked for by a page or the API by its name on the wire, carried out on the task, and who is told.</summary>
public static class TaskSteps
{
    /// <param name="DueOn">The deadline an extension asks for, or the one the assigner grants (the one asked for when empty).</param>
    public sealed record Request(string? Action, string? Comment, int? Version = null, int? Percent = null, DateOnly? DueOn = null);

    public const int CommentLength = 10_000;

    /// <summary>
    /// Applies the step to a task the caller can see (loaded tracked), and tells whom its row names. Throws
    /// <see cref="WorkflowRefusal"/> when the step is not allowed; the caller saves, and a concurrent change then fails
    /// the save. Returns the progress report the step wrote, if any, so that evidence files can be attached to it.
    /// </summary>
    public static async Task<TaskProgressReport?> ApplyAsync(
        CauNoiDb db, Actor actor, WorkTask t, Request request, DateTime at, DateOnly today, CancellationToken ct = default)
    {
        if (request.Version is { } expected && expected != t.Version) throw new Conflict();
        if (Table.Parse(request.Action) is not { } step)
            throw new WorkflowRefusal($"Thao tác '{request.Action}' không tồn tại. Các thao tác: {WireNames}.");
        var errors = new FieldErrors();
        var comment = CleanText.Of(request.Comment, nameof(Request.Comment), "Nội dung", CommentLength, required: false, errors, multiline: true);
        if (errors.Count > 0) throw new WorkflowRefusal(string.Join(" ", errors.Values.SelectMany(m => m)));

        // Steps that read another row first check what they need and who asks before reading it.
        if (step is A.SendBack or A.RefuseExtension) Table.Require(step, nameof(Request.Comment), comment);
        if (step is A.SendBack or A.GrantExtension or A.RefuseExtension) Table.Check(step, actor, t, today);

        TaskProgressReport? written = null;
        switch (step)
        {
            case A.ReportProgress:
                written = t.ReportProgress(actor, at, today, request.Percent, comment);
                break;
            case A.SendBack:
                // The last report still standing is sent back; the one before it, if any, gives the progress again.
                var standing = await db.TaskProgressReports.Where(r => r.TaskId == t.Id && r.ReturnedAt == null)
                    .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(2).ToListAsync(ct);
                if (standing.Count == 0) throw new WorkflowRefusal("Nhiệm vụ chưa có báo cáo tiến độ nào để trả lại.");
                t.SendBack(actor, at, today, comment, standing[0], standing.ElementAtOrDefault(1)?.Percent);
                break;
            case A.RequestExtension:
                t.RequestExtension(actor, at, today, request.DueOn, comment);
                break;
            case A.GrantExtension:
                t.GrantExtension(actor, at, today, await PendingAsync(db, t, ct), request.DueOn, comment);
                break;
            case A.RefuseExtension:
                t.RefuseExtension(actor, at, today, await PendingAsync(db, t, ct), comment);
                break;
            case A.Cancel:
                t.Cancel(actor, at, today, comment);
                break;
        }
        await Table.TellAsync(step, new Told(db, t, actor, comment, at), ct);
        return written;
    }

    private static async Task<TaskExtension> PendingAsync(CauNoiDb db, WorkTask t, CancellationToken ct) =>
        await db.TaskExtensions.Where(e => e.TaskId == t.Id && e.Decision == ExtensionDecision.Pending).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct)
        ?? throw new WorkflowRefusal(NoPendingExtension);

    /// <summary>The task changed since the caller read it.</summary>
    public sealed class Conflict() : Exception(ConflictMessage);

    public const string ConflictMessage = "Nhiệm vụ vừa được người khác cập nhật. Vui lòng tải lại để xem tình hình mới trước khi thao tác.";
}
