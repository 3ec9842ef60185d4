using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Councils;

/// <summary>
/// Reminds the members of an open council who still owe a submitted sheet when its scoring deadline comes within the
/// reminder lead (working days, set by administrators, as for recommendations and tasks). Exactly once per council and
/// deadline across instances (<see cref="Reminders"/>); a deadline moved is a new one to remind of.
/// </summary>
public static class CouncilReminders
{
    /// <summary>The council's kind in the reminder log.</summary>
    public const string Record = "HĐ";

    public static async Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var lead = await SettingValues.IntAsync(db, SettingValues.ReminderWorkingDaysBefore, ct);
        var until = calendar.Deadline(today, lead);
        return await Reminders.PassAsync(db, clock, Record, Reminders.Reminder, 50, async (after, size, ct) =>
        {
            var query = db.Councils.AsNoTracking().Where(c => c.Status == CouncilStatus.Open && c.ScoringDeadline != null && c.ScoringDeadline >= today && c.ScoringDeadline <= until);
            if (after is { } a) query = query.Where(c => c.ScoringDeadline > a.DueOn || (c.ScoringDeadline == a.DueOn && c.Id > a.Id));
            var page = await query
                .Where(c => !db.ReminderLog.Any(l => l.Record == Record && l.RecordId == c.Id && l.Kind == Reminders.Reminder && l.DueOn == c.ScoringDeadline))
                .OrderBy(c => c.ScoringDeadline).ThenBy(c => c.Id)
                .Include(c => c.Members).Include(c => c.Entries).Include(c => c.Conflicts).Include(c => c.Sheets)
                .AsSplitQuery().Take(size).ToListAsync(ct);
            return [.. page.Select(c =>
            {
                var due = c.ScoringDeadline!.Value;
                string[] owing = [.. c.Members.Where(m => c.Entries.Any(e => CouncilScope.WhyNotScoring(c, m, e) is null
                    && !c.Sheets.Any(s => s.MemberId == m.Id && s.EntryId == e.Id && s.SubmittedAt != null))).Select(m => m.UserId).Distinct()];
                var left = calendar.WorkingDaysBetween(today, due);
                return new Reminders.Due(c.Id, due, [], owing, $"Sắp đến hạn chấm điểm: {c.Name}",
                    $"Hạn nộp phiếu chấm: {Display.Date(due)}" + (left == 0 ? ", là hôm nay." : $", còn {left} ngày làm việc.") + " Bạn còn phiếu chấm chưa nộp.",
                    $"/hoi-dong/{c.Id}");
            })];
        }, ct);
    }
}
