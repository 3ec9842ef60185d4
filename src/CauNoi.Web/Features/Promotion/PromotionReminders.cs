using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// Reminds the implementer of a proposal being carried out (approved or in progress) as its end date nears, in the same
/// working days as other deadlines; once it has passed, escalates to the implementer's heads. The implementer is the
/// province's department (DMST for a proposal without a province). Exactly once per proposal, kind and end date across
/// instances (<see cref="Reminders"/>): an adjustment that moves the end date is a new one to remind of.
/// </summary>
public static class PromotionReminders
{
    public static async Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var lead = await SettingValues.IntAsync(db, SettingValues.ReminderWorkingDaysBefore, ct);
        var owner = await PromotionScope.OwnerIdAsync(db, ct);
        var sent = await PassAsync(db, clock, calendar, today, owner, Reminders.Escalation, null, today.AddDays(-1), ct);
        sent += await PassAsync(db, clock, calendar, today, owner, Reminders.Reminder, today, calendar.Deadline(today, lead), ct);
        return sent;
    }

    private sealed record Due(int Id, string Code, string Title, DateOnly EndOn, int? Implementer);

    private static Task<int> PassAsync(
        CauNoiDb db, TimeProvider clock, WorkingCalendar calendar, DateOnly today, int? owner, string kind, DateOnly? from, DateOnly until, CancellationToken ct) =>
        Reminders.PassAsync(db, clock, PromotionProposal.NumberPrefix, kind, 200, async (after, size, ct) =>
        {
            var query = db.PromotionProposals.AsNoTracking()
                .Where(p => (p.Stage == ProposalStage.Approved || p.Stage == ProposalStage.InProgress) && p.EndOn <= until);
            if (from is { } f) query = query.Where(p => p.EndOn >= f);
            if (after is { } a) query = query.Where(p => p.EndOn > a.DueOn || (p.EndOn == a.DueOn && p.Id > a.Id));
            var page = await query
                .Where(p => !db.ReminderLog.Any(l => l.Record == PromotionProposal.NumberPrefix && l.RecordId == p.Id && l.Kind == kind && l.DueOn == p.EndOn))
                .OrderBy(p => p.EndOn).ThenBy(p => p.Id)
                .Select(p => new Due(p.Id, p.Code, p.Title, p.EndOn, p.ProvinceCode == null ? owner
                    : db.Organisations.Where(o => o.Kind == OrganisationKind.ProvincialDepartment && o.ProvinceCode == p.ProvinceCode && o.IsActive).Select(o => (int?)o.Id).FirstOrDefault()))
                .Take(size).ToListAsync(ct);
            var escalation = kind == Reminders.Escalation;
            var units = page.Select(p => p.Implementer).OfType<int>().Distinct().ToList();
            var heads = escalation && units.Count > 0 ? await Reminders.HeadsAsync(db, units, ct) : null;
            return [.. page.Select(p =>
            {
                int[] told = p.Implementer is { } unit ? [unit] : [];
                string[] people = p.Implementer is { } u && heads is not null ? [.. heads[u]] : [];
                var (title, body) = Message(kind, p, today, calendar);
                return new Reminders.Due(p.Id, p.EndOn, told, people, title, body, $"/khuyen-cong/de-an/{p.Id}");
            })];
        }, ct);

    private static (string Title, string Body) Message(string kind, Due p, DateOnly today, WorkingCalendar calendar)
    {
        if (kind == Reminders.Escalation)
            return ($"Đề án khuyến công {p.Code} đã quá thời hạn thực hiện",
                $"{p.Title}\nThời hạn kết thúc: {Display.Date(p.EndOn)}, đã quá {calendar.WorkingDaysBetween(p.EndOn, today)} ngày làm việc mà chưa nghiệm thu.");
        var left = calendar.WorkingDaysBetween(today, p.EndOn);
        return ($"Đề án khuyến công {p.Code} sắp hết thời hạn thực hiện ({Display.Date(p.EndOn)})",
            $"{p.Title}\nThời hạn kết thúc: {Display.Date(p.EndOn)}" + (left == 0 ? ", là hôm nay." : $", còn {left} ngày làm việc."));
    }
}
