using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Organisations.Admin;

/// <summary>Who follows each province today (decision 2172/QĐ-BCT and later ones), and who takes over next.</summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class FocalLeadersModel(CauNoiDb db, TimeProvider clock) : PageModel
{
    public sealed record Leader(string ProvinceCode, string FullName, string? Unit, DateOnly From, string? Decision);
    public sealed record Row(string Code, string Name, Leader? Current, Leader? Next);

    public DateOnly Today { get; private set; }
    public IReadOnlyList<Row> Provinces { get; private set; } = [];
    /// <summary>The units each leader directs, in force today or later (kept through /api/v1/unit-directions).</summary>
    public IReadOnlyList<UnitDirectionsApi.Item> Directions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = Today = VietnamTime.Today(clock);
        var assignments = await db.FocalLeaderAssignments.AsNoTracking()
            .Where(a => a.EffectiveTo == null || a.EffectiveTo >= today)
            .OrderBy(a => a.EffectiveFrom)
            .Select(a => new Leader(a.ProvinceCode, a.Leader!.FullName, a.Leader.Organisation!.ShortName, a.EffectiveFrom, a.Decision))
            .ToListAsync();
        Directions = await db.UnitDirections.AsNoTracking().Where(d => d.EffectiveTo == null || d.EffectiveTo >= today)
            .OrderBy(d => d.Leader!.FullName).ThenBy(d => d.EffectiveFrom)
            .Select(d => new UnitDirectionsApi.Item(d.Id, d.Leader!.UserName!, d.Leader.FullName, d.Unit!.Code, d.Unit.Name, d.EffectiveFrom, d.EffectiveTo, d.Decision))
            .ToListAsync();
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync();
        Provinces = [.. provinces.Select(p => new Row(p.Code, p.Name,
            assignments.LastOrDefault(a => a.ProvinceCode == p.Code && a.From <= today),
            assignments.FirstOrDefault(a => a.ProvinceCode == p.Code && a.From > today)))];
    }
}
