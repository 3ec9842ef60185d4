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

    public async Task OnGetAsync()
    {
        var today = Today = VietnamTime.Today(clock);
        var assignments = await db.FocalLeaderAssignments.AsNoTracking()
            .Where(a => a.EffectiveTo == null || a.EffectiveTo >= today)
            .OrderBy(a => a.EffectiveFrom)
            .Select(a => new Leader(a.ProvinceCode, a.Leader!.FullName, a.Leader.Organisation!.ShortName, a.EffectiveFrom, a.Decision))
            .ToListAsync();
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync();
        Provinces = [.. provinces.Select(p => new Row(p.Code, p.Name,
            assignments.LastOrDefault(a => a.ProvinceCode == p.Code && a.From <= today),
            assignments.FirstOrDefault(a => a.ProvinceCode == p.Code && a.From > today)))];
    }
}
