using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// Reminds the unit that must answer a recommendation, and the province's focal leader, as its
/// deadline nears; once it has passed, tells the focal leader, the unit's heads and the unit.
/// The unit is told as an organisation (one notification its members all see, one e-mail to its
/// own address); the focal leader and, on escalation, each head personally, in-app and by e-mail.
/// Exactly once per recommendation, kind and due date, however many instances run the pass
/// (<see cref="Reminders.SendOnceAsync"/>). A new due date (after a pause or a reopening) is a new reminder.
/// </summary>
public static class RecommendationReminders
{
    public const string Reminder = Reminders.Reminder;
    public const string Escalation = Reminders.Escalation;
    public const int DefaultPageSize = 200;

    private sealed record Due(int Id, string Title, DateOnly DueOn, int RoutedUnitId, string? FocalLeaderId);

    /// <returns>How many reminders and escalations this pass sent.</returns>
    public static Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default) =>
        RunOnceAsync(db, clock, DefaultPageSize, ct);

    public static async Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, int pageSize, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var lead = await SettingValues.IntAsync(db, SettingValues.ReminderWorkingDaysBefore, ct);
        var sent = await PassAsync(db, clock, calendar, today, Escalation, null, today.AddDays(-1), pageSize, ct);
        sent += await PassAsync(db, clock, calendar, today, Reminder, today, calendar.Deadline(today, lead), pageSize, ct);
        return sent;
    }

    /// <summary>Every running recommendation due between the dates and not yet told of this kind, a page at a time.</summary>
    private static Task<int> PassAsync(
        CauNoiDb db, TimeProvider clock, WorkingCalendar calendar, DateOnly today, string kind, DateOnly? from, DateOnly until, int pageSize, CancellationToken ct) =>
        Reminders.PassAsync(db, clock, Recommendation.NumberPrefix, kind, pageSize, async (after, size, ct) =>
        {
            var running = Recommendation.RunningStatuses;
            var query = db.Recommendations.AsNoTracking().Where(r => running.Contains(r.Status) && r.DueOn <= until);
            if (from is { } f) query = query.Where(r => r.DueOn >= f);
            if (after is { } a) query = query.Where(r => r.DueOn > a.DueOn || (r.DueOn == a.DueOn && r.Id > a.Id));
            var page = await query
                .Where(r => !db.ReminderLog.Any(l => l.Record == Recommendation.NumberPrefix && l.RecordId == r.Id && l.Kind == kind && l.DueOn == r.DueOn))
                .OrderBy(r => r.DueOn).ThenBy(r => r.Id)
                .Select(r => new Due(r.Id, r.Title, r.DueOn, r.RoutedUnitId, r.FocalLeaderId))
                .Take(size).ToListAsync(ct);
            // Once it is late the unit's heads are told in person as well.
            var heads = kind == Escalation && page.Count > 0 ? await Reminders.HeadsAsync(db, page.Select(r => r.RoutedUnitId).Distinct().ToList(), ct) : null;
            return [.. page.Select(r =>
            {
                var people = heads?[r.RoutedUnitId] ?? [];
                if (r.FocalLeaderId is not null) people = people.Append(r.FocalLeaderId);
                var (title, body) = Message(kind, r, today, calendar);
                return new Reminders.Due(r.Id, r.DueOn, [r.RoutedUnitId], [.. people], title, body, $"/kien-nghi/{r.Id}");
            })];
        }, ct);

    private static (string Title, string Body) Message(string kind, Due r, DateOnly today, WorkingCalendar calendar)
    {
        var number = Recommendation.FormatNumber(r.Id);
        if (kind == Escalation)
            return ($"Kiến nghị {number} đã quá hạn trả lời",
                $"{r.Title}\nHạn trả lời: {Display.Date(r.DueOn)}, đã quá {calendar.WorkingDaysBetween(r.DueOn, today)} ngày làm việc.");
        var left = calendar.WorkingDaysBetween(today, r.DueOn);
        return ($"Kiến nghị {number} sắp đến hạn trả lời ({Display.Date(r.DueOn)})",
            $"{r.Title}\nHạn trả lời: {Display.Date(r.DueOn)}" + (left == 0 ? ", là hôm nay." : $", còn {left} ngày làm việc."));
    }
}
