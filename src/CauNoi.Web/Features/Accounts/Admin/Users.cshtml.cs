using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Accounts.Admin;

[Authorize(Roles = Roles.SystemAdministrator)]
public class UsersModel(CauNoiDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(string Id, string UserName, string FullName, string? JobTitle, string OrganisationCode,
        string OrganisationName, bool IsActive, DateTimeOffset? LockoutEnd);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public OrganisationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    // "page" is taken by Razor Pages' own route value.
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public Page<Row> Users { get; private set; } = new([], 1, PageSize, 0);
    public ILookup<string, string> RolesOf { get; private set; } = Array.Empty<string>().ToLookup(r => r);
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow();
        Provinces = (await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync())
            .Select(p => (p.Code, p.Name)).ToList();

        var users = db.Users.AsNoTracking();
        if (VietnameseText.Clean(Q) is { Length: > 0 } q)
        {
            // Names are compared case-insensitively in SQL; tone marks must match (AppUser has no folded column).
            var userName = VietnameseText.LikeContains(q.ToUpperInvariant());
            var fullName = VietnameseText.LikeContains(q);
            users = db.Database.IsNpgsql()
                ? users.Where(u => EF.Functions.Like(u.NormalizedUserName!, userName, "\\") || EF.Functions.ILike(u.FullName, fullName, "\\"))
                : users.Where(u => EF.Functions.Like(u.NormalizedUserName!, userName, "\\") || EF.Functions.Like(u.FullName, fullName, "\\"));
        }
        if (Kind is { } kind) users = users.Where(u => u.Organisation!.Kind == kind);
        if (!string.IsNullOrWhiteSpace(Province)) users = users.Where(u => u.Organisation!.ProvinceCode == Province);
        if (!string.IsNullOrWhiteSpace(Role))
        {
            var roleId = await db.Roles.Where(r => r.Name == Role).Select(r => r.Id).FirstOrDefaultAsync();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var rows = users.OrderBy(u => u.UserName).Select(u => new Row(u.Id, u.UserName!, u.FullName, u.JobTitle,
            u.Organisation!.Code, u.Organisation.Name, u.IsActive, u.LockoutEnd));
        Users = await Page<Row>.ReadAsync(rows, PageNumber, PageSize);

        var ids = Users.Items.Select(u => u.Id).ToList();
        RolesOf = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync())
            .OrderBy(x => Roles.All.ToList().IndexOf(x.Name!))
            .ToLookup(x => x.UserId, x => Roles.DisplayNames.GetValueOrDefault(x.Name!, x.Name!));
    }

    public string? PageLink(int number) =>
        Url.Page(null, new { q = Q, kind = Kind, province = Province, role = Role, trang = number });
}
