using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// Reminds the lead unit and the task's owner as its deadline nears (the same number of working days as for
/// recommendations, set by administrators); once it has passed, escalates to the lead unit's heads, the unit that
/// follows it and the leader who assigned it. Counted to the working deadline, so a granted extension is a new one to
/// remind of. Exactly once per task, kind and deadline across instances (<see cref="Reminders"/>). Occurrences of a
/// recurring task are reminded one by one; the series itself is not a task to remind of.
/// </summary>
public static class TaskReminders
{
    public static async Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var lead = await SettingValues.IntAsync(db, SettingValues.ReminderWorkingDaysBefore, ct);
        var sent = await PassAsync(db, clock, calendar, today, Reminders.Escalation, null, today.AddDays(-1), ct);
        sent += await PassAsync(db, clock, calendar, today, Reminders.Reminder, today, calendar.Deadline(today, lead), ct);
        return sent;
    }

    private sealed record Due(int Id, string Title, DateOnly DueOn, int LeadOrganisationId, string? OwnerId, int AssigningOrganisationId, string? AssignedById);

    private static Task<int> PassAsync(
        CauNoiDb db, TimeProvider clock, WorkingCalendar calendar, DateOnly today, string kind, DateOnly? from, DateOnly until, CancellationToken ct) =>
        Reminders.PassAsync(db, clock, WorkTask.NumberPrefix, kind, 200, async (after, size, ct) =>
        {
            var query = db.Tasks.AsNoTracking().Where(t => t.State == WorkTaskState.Open && t.Recurrence == Recurrence.None && t.DueOn <= until);
            if (from is { } f) query = query.Where(t => t.DueOn >= f);
            if (after is { } a) query = query.Where(t => t.DueOn > a.DueOn || (t.DueOn == a.DueOn && t.Id > a.Id));
            var page = await query
                .Where(t => !db.ReminderLog.Any(l => l.Record == WorkTask.NumberPrefix && l.RecordId == t.Id && l.Kind == kind && l.DueOn == t.DueOn))
                .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
                .Select(t => new Due(t.Id, t.Title, t.DueOn, t.LeadOrganisationId, t.OwnerId, t.AssigningOrganisationId, t.AssignedById))
                .Take(size).ToListAsync(ct);
            var escalation = kind == Reminders.Escalation;
            var heads = escalation && page.Count > 0 ? await Reminders.HeadsAsync(db, page.Select(t => t.LeadOrganisationId).Distinct().ToList(), ct) : null;
            return [.. page.Select(t =>
            {
                IEnumerable<string> people = heads?[t.LeadOrganisationId] ?? [];
                if (t.OwnerId is not null) people = people.Append(t.OwnerId);
                if (escalation && t.AssignedById is not null) people = people.Append(t.AssignedById);
                int[] units = escalation ? [t.LeadOrganisationId, t.AssigningOrganisationId] : [t.LeadOrganisationId];
                var (title, body) = Message(kind, t, today, calendar);
                return new Reminders.Due(t.Id, t.DueOn, [.. units.Distinct()], [.. people.Distinct()], title, body, $"/nhiem-vu/{t.Id}");
            })];
        }, ct);

    private static (string Title, string Body) Message(string kind, Due t, DateOnly today, WorkingCalendar calendar)
    {
        var number = WorkTask.FormatNumber(t.Id);
        if (kind == Reminders.Escalation)
            return ($"Nhiệm vụ {number} đã quá hạn",
                $"{t.Title}\nHạn hoàn thành: {Display.Date(t.DueOn)}, đã quá {calendar.WorkingDaysBetween(t.DueOn, today)} ngày làm việc.");
        var left = calendar.WorkingDaysBetween(today, t.DueOn);
        return ($"Nhiệm vụ {number} sắp đến hạn ({Display.Date(t.DueOn)})",
            $"{t.Title}\nHạn hoàn thành: {Display.Date(t.DueOn)}" + (left == 0 ? ", là hôm nay." : $", còn {left} ngày làm việc."));
    }
}
