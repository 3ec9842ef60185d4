using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// What the programmes' demo data is drawn on, read once: the 63 former provinces with the communes (former and today's)
/// of each, today's provinces, the demo accounts, each province's department and the owning unit DMST. Shared by the
/// khuyến công and the awards demo data.
/// </summary>
public sealed class DemoPromotionWorld
{
    /// <summary>A former commune and the commune it is part of today.</summary>
    public sealed record Spot(string CommuneCode, string FormerCommuneName);

    /// <summary>A former province (before 1/7/2025), the province it merged into, and its communes.</summary>
    public sealed record Former(string Code, string Name, string ShortName, string ProvinceCode, IReadOnlyList<Spot> Spots);

    public sealed record Person(string Id, string UserName, string FullName, int OrganisationId);

    public required IReadOnlyList<Former> Formers { get; init; }
    /// <summary>Today's provinces: code → short name ("Hà Nội", "Tuyên Quang").</summary>
    public required IReadOnlyDictionary<string, string> Provinces { get; init; }
    public required IReadOnlyDictionary<string, Person> Users { get; init; }
    /// <summary>Each province's department of industry and trade, by province code.</summary>
    public required IReadOnlyDictionary<string, int> Departments { get; init; }
    /// <summary>Each province's department officer account ("so.&lt;slug&gt;"), by province code.</summary>
    public required IReadOnlyDictionary<string, Person> Officers { get; init; }
    public required int Owner { get; init; }

    public Person User(string userName) => Users[userName];

    public static async Task<DemoPromotionWorld?> LoadAsync(CauNoiDb db, CancellationToken ct)
    {
        var orgs = await db.Organisations.AsNoTracking().Where(o => o.Code == PromotionScope.OwnerCode || o.Kind == OrganisationKind.ProvincialDepartment)
            .Select(o => new { o.Id, o.Code, o.ProvinceCode }).ToListAsync(ct);
        var owner = orgs.FirstOrDefault(o => o.Code == PromotionScope.OwnerCode);
        var users = (await db.Users.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.UserName, u.FullName, u.OrganisationId }).ToListAsync(ct))
            .ToDictionary(u => u.UserName!, u => new Person(u.Id, u.UserName!, u.FullName, u.OrganisationId));
        if (owner is null || !users.ContainsKey("cuc.khuyencong") || !users.ContainsKey("lanhdao.khuyencong") || !users.ContainsKey("so.hanoi")) return null;
        var departments = orgs.Where(o => o.ProvinceCode is not null).ToDictionary(o => o.ProvinceCode!, o => o.Id);
        var byOrganisation = departments.ToDictionary(d => d.Value, d => d.Key);
        var officers = users.Values.Where(u => u.UserName.StartsWith("so.", StringComparison.Ordinal) && byOrganisation.ContainsKey(u.OrganisationId))
            .GroupBy(u => byOrganisation[u.OrganisationId]).ToDictionary(g => g.Key, g => g.OrderBy(u => u.UserName, StringComparer.Ordinal).First());

        var spots = (await db.CommuneLineage.AsNoTracking().Where(l => l.FormerCommuneName != null)
                .Select(l => new { l.FormerProvinceCode, l.CommuneCode, l.FormerCommuneCode, l.FormerCommuneName }).ToListAsync(ct))
            .OrderBy(l => l.FormerCommuneCode, StringComparer.Ordinal).ThenBy(l => l.CommuneCode, StringComparer.Ordinal)
            .ToLookup(l => l.FormerProvinceCode, l => new Spot(l.CommuneCode, l.FormerCommuneName!));
        var formers = (await db.FormerProvinces.AsNoTracking().Select(p => new { p.Code, p.Name, p.NewProvinceCode }).ToListAsync(ct))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new Former(p.Code, p.Name, Short(p.Name), p.NewProvinceCode, [.. spots[p.Code]]))
            .Where(p => p.Spots.Count > 0 && departments.ContainsKey(p.ProvinceCode))
            .ToList();
        if (formers.Count == 0) return null;
        var provinces = (await db.Provinces.AsNoTracking().Select(p => new { p.Code, p.Name }).ToListAsync(ct)).ToDictionary(p => p.Code, p => Short(p.Name));
        return new DemoPromotionWorld
        {
            Formers = formers, Provinces = provinces, Users = users, Departments = departments, Officers = officers, Owner = owner.Id,
        };
    }

    private static string Short(string name) => name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? name["Tỉnh ".Length..] : OrganisationsSeed.ShortProvinceName(name);

    /// <summary>A commune's name without its kind ("Phường Trúc Bạch" → "Trúc Bạch").</summary>
    public static string Bare(string commune)
    {
        foreach (var kind in (string[])["Thị trấn ", "Phường ", "Xã ", "Đặc khu "])
            if (commune.StartsWith(kind, StringComparison.Ordinal)) return commune[kind.Length..];
        return commune;
    }
}
