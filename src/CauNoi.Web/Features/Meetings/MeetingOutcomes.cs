using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// What a meeting produces, each through the intake of its own kind so that it is checked, routed and told as any other:
/// a recommendation raised there (entered during it, or from a mission's finding) and a task following up a finding.
/// A finding's recommendation or task is linked to it in the same transaction.
/// </summary>
public static class MeetingOutcomes
{
    /// <summary>A finding as the mission records it.</summary>
    public sealed record FindingInput(string? ProvinceCode, string? Text);

    /// <summary>What turns a finding into a recommendation: its field; the title, when not the finding's first words.</summary>
    public sealed record FindingRecommendationInput(int? FieldId, string? Title = null);

    /// <summary>
    /// Records a recommendation raised at the meeting by a province taking part: the Ministry's officer enters it for the
    /// locality (channel "hội nghị", or "làm việc trực tiếp" on a mission), and it is routed and answered as usual.
    /// </summary>
    public static async Task<(Recommendation? Recommendation, FieldErrors Errors)> RaiseAsync(
        CauNoiDb db, Actor actor, Meeting meeting, Intake.Input input, DateTime at, DateOnly today, CancellationToken ct, MeetingFinding? from = null)
    {
        var errors = new FieldErrors();
        if (!actor.Acts || !MeetingScope.MayOrganise(actor)) errors.Add("", "Tài khoản của bạn không ghi nhận kiến nghị tại hội nghị.");
        var province = VietnameseText.Clean(input.ProvinceCode);
        if (!string.IsNullOrEmpty(province) && !meeting.Provinces.Any(p => p.ProvinceCode == province))
            errors.Add(nameof(input.ProvinceCode), "Tỉnh, thành phố này không tham dự hội nghị, đoàn công tác.");
        if (errors.Count > 0) return (null, errors);
        var channel = meeting.Kind == MeetingKind.WorkingMission ? Channel.WorkingVisit : Channel.Conference;
        var (recommendation, intakeErrors) = await Intake.PrepareAsync(db, actor, input with { Channel = channel, ConferenceName = meeting.Title }, at, today,
            await WorkingCalendar.LoadAsync(db, ct), ct);
        if (recommendation is null) return (null, intakeErrors);
        recommendation.MeetingId = meeting.Id;
        await Intake.SaveAsync(db, actor, recommendation, null, at, ct, alongside: r =>
        {
            if (from is not null) from.RecommendationId = r.Id;
        });
        return (recommendation, intakeErrors);
    }

    public sealed record ReportInput(string? Report);

    /// <summary>The mission's report of what it found, written afterwards (or corrected): replaces the one before; the audit trail keeps both.</summary>
    public static FieldErrors WriteReport(Actor actor, Meeting meeting, ReportInput input, DateTime at)
    {
        var errors = new FieldErrors();
        if (!MeetingScope.MayOrganise(actor)) errors.Add("", "Tài khoản của bạn không ghi báo cáo kết quả của đoàn.");
        var report = CleanText.Of(input.Report, nameof(input.Report), "Báo cáo kết quả làm việc", MeetingConfiguration.TextLength, required: true, errors, multiline: true);
        if (errors.Count > 0) return errors;
        (meeting.Report, meeting.UpdatedAt) = (report, at);
        meeting.Version++;
        return errors;
    }

    /// <summary>A mission's finding, checked: its text, and its province among those the mission visited.</summary>
    public static (MeetingFinding? Finding, FieldErrors Errors) CheckFinding(Actor actor, Meeting meeting, FindingInput input, DateTime at)
    {
        var errors = new FieldErrors();
        if (!MeetingScope.MayOrganise(actor)) errors.Add("", "Tài khoản của bạn không ghi kết quả làm việc của đoàn.");
        var text = CleanText.Of(input.Text, nameof(input.Text), "Nội dung phát hiện, kiến nghị của đoàn", MeetingConfiguration.FindingLength, required: true, errors, multiline: true);
        var province = VietnameseText.Clean(input.ProvinceCode) is { Length: > 0 } p ? p : null;
        if (province is not null && !meeting.Provinces.Any(x => x.ProvinceCode == province))
            errors.Add(nameof(input.ProvinceCode), "Tỉnh, thành phố này không thuộc kế hoạch của đoàn.");
        if (errors.Count > 0) return (null, errors);
        return (new MeetingFinding { MeetingId = meeting.Id, ProvinceCode = province, Text = text!, RecordedById = actor.UserId, RecordedAt = at }, errors);
    }

    /// <summary>The finding as a recommendation of its province: its text the content; its first words the title unless given.</summary>
    public static async Task<(Recommendation? Recommendation, FieldErrors Errors)> RecommendationFromAsync(
        CauNoiDb db, Actor actor, Meeting meeting, MeetingFinding finding, FindingRecommendationInput input, DateTime at, DateOnly today, CancellationToken ct)
    {
        if (finding.RecommendationId is not null) return (null, Refused("Phát hiện này đã được chuyển thành kiến nghị."));
        if (finding.ProvinceCode is null) return (null, Refused("Phát hiện không gắn với tỉnh, thành phố nào: không chuyển thành kiến nghị của địa phương được."));
        var title = string.IsNullOrWhiteSpace(input.Title) ? FindingTasks.Shorten(finding.Text, 200) : input.Title;
        return await RaiseAsync(db, actor, meeting,
            new Intake.Input(title, finding.Text, input.FieldId, null, null, null, null, finding.ProvinceCode, null, null, null, null, null, null), at, today, ct, finding);
    }

    /// <summary>The finding as a task following it up: the task's fields as any task's, its title the finding's first words unless given.</summary>
    public static async Task<(WorkTask? Task, FieldErrors Errors)> TaskFromAsync(
        CauNoiDb db, Actor actor, Scope scope, Meeting meeting, MeetingFinding finding, TaskIntake.TaskInput input, DateTime at, DateOnly today, CancellationToken ct)
    {
        if (finding.TaskId is not null) return (null, Refused("Phát hiện này đã được giao thành nhiệm vụ."));
        if (!MeetingScope.MayOrganise(actor)) return (null, Refused("Tài khoản của bạn không giao nhiệm vụ từ kết quả của đoàn."));
        return await FindingTasks.AssignAsync(db, actor, scope, input, finding.Text, $"Theo kết quả làm việc của {meeting.Title}", finding.ProvinceCode,
            task => finding.TaskId = task.Id, at, today, ct);
    }

    private static FieldErrors Refused(string message)
    {
        var errors = new FieldErrors();
        errors.Add("", message);
        return errors;
    }
}
