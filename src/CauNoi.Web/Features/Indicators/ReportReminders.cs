using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Reports not yet received (not approved by the head of department) are reminded to their organisation once entry is open
/// and the due day is as near as for recommendations and tasks (the administrators' working days); once the due day has
/// passed, the organisation, its heads and its province's focal leaders are told. One message per organisation and due day
/// lists every form due that day, sent exactly once across instances (<see cref="Reminders"/>, the organisation's id as
/// the record). Escalation looks back <see cref="LookBackDays"/> only, so that a new installation does not escalate years
/// of history on its first pass.
/// </summary>
public static class ReportReminders
{
    /// <summary>The reminder log's record kind: an organisation's reports due on a day.</summary>
    public const string Record = "BC";
    public const int LookBackDays = 31;

    private sealed record Owed(int OrganisationId, string OrganisationName, string? ProvinceCode, DateOnly DueOn, int FormId, string Form, Period Period);

    public static async Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var lead = await SettingValues.IntAsync(db, SettingValues.ReminderWorkingDaysBefore, ct);
        var owed = await OwedAsync(db, today.AddDays(-LookBackDays), calendar.Deadline(today, lead), today, ct);
        if (owed.Count == 0) return 0;

        var told = (await db.ReminderLog.Where(l => l.Record == Record && l.DueOn >= today.AddDays(-LookBackDays))
            .Select(l => new { l.RecordId, l.Kind, l.DueOn }).ToListAsync(ct)).Select(l => (l.RecordId, l.Kind, l.DueOn)).ToHashSet();
        var due = owed.GroupBy(o => (o.OrganisationId, Kind: o.DueOn < today ? Reminders.Escalation : Reminders.Reminder, o.DueOn))
            .Where(g => !told.Contains(g.Key)).OrderBy(g => g.Key.DueOn).ThenBy(g => g.Key.OrganisationId).ToList();
        if (due.Count == 0) return 0;

        var late = due.Where(g => g.Key.Kind == Reminders.Escalation).ToList();
        var heads = await Reminders.HeadsAsync(db, [.. late.Select(g => g.Key.OrganisationId).Distinct()], ct);
        var provinces = late.Select(g => g.First().ProvinceCode).OfType<string>().Distinct().ToList();
        var focal = (await db.FocalLeaderAssignments
                .Where(a => provinces.Contains(a.ProvinceCode) && a.EffectiveFrom <= today && (a.EffectiveTo == null || a.EffectiveTo >= today))
                .Select(a => new { a.ProvinceCode, a.LeaderId }).ToListAsync(ct))
            .ToLookup(a => a.ProvinceCode, a => a.LeaderId);

        var sent = 0;
        foreach (var g in due)
        {
            var (organisation, kind, dueOn) = g.Key;
            var reports = g.OrderBy(o => o.Form).ThenBy(o => o.Period).ToList();
            var escalation = kind == Reminders.Escalation;
            string[] people = escalation ? [.. heads[organisation], .. focal[reports[0].ProvinceCode ?? ""]] : [];
            var (title, body) = Message(escalation, reports, today, calendar);
            var link = escalation ? $"/chi-tieu/bieu-mau/{reports[0].FormId}/tinh-hinh?nam={reports[0].Period.Year}" : "/chi-tieu/bao-cao";
            var log = new ReminderLog { Record = Record, RecordId = organisation, Kind = kind, DueOn = dueOn };
            if (await Reminders.SendOnceAsync(db, log, [organisation], [.. people.Distinct()], title, body, link, clock.GetUtcNow().UtcDateTime, ct))
                sent++;
        }
        return sent;
    }

    /// <summary>
    /// Every expected report of an active form due between the two days that the completeness rule does not count as
    /// received, whose entry has opened: one row per active organisation, form and period.
    /// </summary>
    private static async Task<List<Owed>> OwedAsync(CauNoiDb db, DateOnly from, DateOnly until, DateOnly today, CancellationToken ct)
    {
        var forms = await db.ReportForms.AsNoTracking().Where(f => f.IsActive).ToListAsync(ct);
        var owed = new List<Owed>();
        foreach (var form in forms)
        {
            var periods = form.DueBetween(from, until).Where(p => form.OpensOn(p) <= today).ToList();
            if (periods.Count == 0) continue;
            var matrix = await Completeness.ReadAsync(db, form, periods, o => o.Where(x => x.IsActive), today, ct);
            owed.AddRange(
                from row in matrix.Rows
                from cell in row.Cells
                where cell.Standing is Completeness.Standing.Missing or Completeness.Standing.Pending
                select new Owed(row.OrganisationId, row.Name, row.ProvinceCode, form.DueOn(cell.Period), form.Id, $"{form.Name} ({form.Code})", cell.Period));
        }
        return owed;
    }

    private static (string Title, string Body) Message(bool escalation, List<Owed> reports, DateOnly today, WorkingCalendar calendar)
    {
        var dueOn = reports[0].DueOn;
        var list = string.Join("\n", reports.Select(r => $"- {r.Form}: {r.Period.Name}"));
        if (escalation)
            return ($"{reports[0].OrganisationName} chưa gửi báo cáo số liệu hạn {Display.Date(dueOn)}",
                $"Các báo cáo chưa được lãnh đạo đơn vị duyệt gửi Bộ:\n{list}\nHạn gửi: {Display.Date(dueOn)}, đã quá {calendar.WorkingDaysBetween(dueOn, today)} ngày làm việc.");
        var left = calendar.WorkingDaysBetween(today, dueOn);
        return ($"Báo cáo số liệu sắp đến hạn ({Display.Date(dueOn)})",
            $"{reports[0].OrganisationName} còn các báo cáo chưa gửi Bộ:\n{list}\nHạn gửi: {Display.Date(dueOn)}" + (left == 0 ? ", là hôm nay." : $", còn {left} ngày làm việc."));
    }
}
