using CauNoi.Web.Features.AdminUnits;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// The meetings the caller sees, month by month, each on every day it runs. A focal leader may keep to the missions and
/// conferences of the provinces they follow (and those they chair).
/// </summary>
public class MeetingCalendarPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed record Entry(int Id, MeetingKind Kind, Region? Region, string Title, string Place, DateOnly StartsOn, DateOnly EndsOn, bool IsDemo);

    /// <summary>The month shown, "2026-12".</summary>
    [BindProperty(SupportsGet = true, Name = "thang")] public string? Month { get; set; }
    [BindProperty(SupportsGet = true, Name = "cua-toi")] public bool Mine { get; set; }

    public DateOnly First { get; private set; }
    public DateOnly Today { get; private set; }
    public bool IsFocalLeader { get; private set; }
    public IReadOnlyList<(DateOnly Day, IReadOnlyList<Entry> Meetings)> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        Today = VietnamTime.Today(clock);
        First = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : new DateOnly(Today.Year, Today.Month, 1);
        var last = First.AddMonths(1).AddDays(-1);
        var scope = await current.ScopeAsync();
        IsFocalLeader = User.IsInRole(Accounts.Roles.FocalLeader);
        var meetings = db.Meetings.VisibleTo(scope, actor).Where(x => x.StartsOn <= last && x.EndsOn >= First);
        if (Mine && IsFocalLeader)
        {
            var codes = scope.ProvinceCodes.ToArray();
            var me = actor.UserId;
            meetings = meetings.Where(x => x.ChairId == me || x.Provinces.Any(p => codes.Contains(p.ProvinceCode)));
        }
        var entries = await meetings.OrderBy(x => x.StartsOn).ThenBy(x => x.Id)
            .Select(x => new Entry(x.Id, x.Kind, x.Region, x.Title, x.Place, x.StartsOn, x.EndsOn, x.IsDemo)).ToListAsync();
        Days = [.. Enumerable.Range(0, last.Day).Select(First.AddDays)
            .Select(d => (d, (IReadOnlyList<Entry>)[.. entries.Where(e => e.StartsOn <= d && e.EndsOn >= d)]))
            .Where(d => d.Item2.Count > 0)];
        return Page();
    }
}
