using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Recommendations.Demo;

public sealed record DemoProvince(string Code, string Name, string Short, string Inline, bool IsCity, bool Merged, int DepartmentId, string DepartmentName,
    IReadOnlyList<DemoCommune> Communes)
{
    public string Kind => IsCity ? "thành phố" : "tỉnh";
}

public sealed record DemoCommune(string Code, string Name, string Type, string Inline, string Bare, int OfficeId, string OfficeName)
{
    /// <summary>"Phòng Kinh tế xã Tân Lập", as a sentence names it.</summary>
    public string OfficeInline => $"{(Type == "phường" ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế")} {Inline}";
}

public sealed record DemoField(int Id, string Code, int UnitId, int WorkingDays);

public sealed record DemoUnit(int Id, string Code, string Name, bool IsHub);

/// <summary>
/// What the demo year is made of, read once from the database: provinces and communes with
/// their bodies, the Ministry's units, the fields and their routing, the demo accounts, the
/// focal leaders and the working calendar.
/// </summary>
public sealed class DemoWorld
{
    public required IReadOnlyList<DemoProvince> Provinces { get; init; }
    public required IReadOnlyDictionary<string, DemoField> Fields { get; init; }
    public required IReadOnlyDictionary<int, DemoUnit> Units { get; init; }
    public required IReadOnlyDictionary<string, DemoUnit> UnitsByCode { get; init; }
    public required DemoUnit Hub { get; init; }
    public required WorkingCalendar Calendar { get; init; }
    private IReadOnlyDictionary<string, (string Id, string Name, int OrganisationId, string? Email)> Users { get; init; } = null!;
    private IReadOnlyList<FocalLeaderAssignment> Focal { get; init; } = [];

    public static async Task<DemoWorld?> LoadAsync(CauNoiDb db, CancellationToken ct)
    {
        var orgs = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code, o.Name, o.Kind, o.IsLocalAffairsHub, o.IsActive }).ToListAsync(ct);
        var byCode = orgs.ToDictionary(o => o.Code);
        var communes = (await db.Communes.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.Name, c.Type, c.ProvinceCode }).ToListAsync(ct))
            .Where(c => byCode.ContainsKey($"XA-{c.Code}"))
            .ToLookup(c => c.ProvinceCode, c => new DemoCommune(c.Code, c.Name, c.Type, LowerFirst(c.Name), Bare(c.Name),
                byCode[$"XA-{c.Code}"].Id, byCode[$"XA-{c.Code}"].Name));
        var merged = (await db.FormerProvinces.AsNoTracking().GroupBy(f => f.NewProvinceCode).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(ct)).ToHashSet();
        var provinces = (await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name, p.Type }).ToListAsync(ct))
            .Where(p => byCode.ContainsKey($"SCT-{p.Code}") && communes[p.Code].Any())
            .Select(p => new DemoProvince(p.Code, p.Name, OrganisationsSeed.ShortProvinceName(p.Name), LowerFirst(p.Name), p.Type.StartsWith("thành phố"), merged.Contains(p.Code),
                byCode[$"SCT-{p.Code}"].Id, byCode[$"SCT-{p.Code}"].Name, communes[p.Code].ToList()))
            .ToList();
        var units = orgs.Where(o => o.Kind == OrganisationKind.MinistryUnit && o.IsActive).OrderBy(o => o.Id)
            .Select(o => new DemoUnit(o.Id, o.Code, o.Name, o.IsLocalAffairsHub)).ToList();
        var hub = units.FirstOrDefault(u => u.IsHub);
        if (provinces.Count == 0 || hub is null) return null;
        var fields = (await db.FieldsOfWork.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ToListAsync(ct))
            .ToDictionary(f => f.Code, f => new DemoField(f.Id, f.Code, f.ResponsibleUnitId ?? hub.Id, f.DefaultWorkingDays));

        return new DemoWorld
        {
            Provinces = provinces, Fields = fields, Hub = hub,
            Units = units.ToDictionary(u => u.Id), UnitsByCode = units.ToDictionary(u => u.Code),
            Calendar = await WorkingCalendar.LoadAsync(db, ct),
            Users = (await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.UserName)
                    .Select(u => new { u.Id, u.UserName, u.FullName, u.OrganisationId, u.Email }).ToListAsync(ct))
                .ToDictionary(u => u.UserName!, u => (u.Id, u.FullName, u.OrganisationId, u.Email)),
            Focal = await db.FocalLeaderAssignments.AsNoTracking().OrderBy(a => a.EffectiveFrom).ToListAsync(ct),
        };
    }

    /// <summary>The focal leader following the province on that day, as intake finds them.</summary>
    public string? FocalLeaderOn(string provinceCode, DateOnly day) =>
        Focal.Where(a => a.ProvinceCode == provinceCode && a.IsInForceOn(day)).OrderByDescending(a => a.EffectiveFrom).Select(a => a.LeaderId).FirstOrDefault();

    public Actor? FocalLeaderActor(string provinceCode, DateOnly day)
    {
        var id = FocalLeaderOn(provinceCode, day);
        var user = Users.Values.FirstOrDefault(u => u.Id == id);
        return id is null || !Units.TryGetValue(user.OrganisationId, out var unit) ? null : Ministry(unit, id, user.Name);
    }

    public string? EmailOf(string? userId) => userId is null ? null : Users.Values.FirstOrDefault(u => u.Id == userId).Email;

    public (string Id, string Name)? User(string userName) => Users.TryGetValue(userName, out var u) ? (u.Id, u.Name) : null;

    /// <summary>The Sở's demo account (so.hanoi, so.tuyenquang...), when there is one.</summary>
    public (string Id, string Name)? DepartmentUser(DemoProvince p) => User($"so.{Slug(p.Short)}");

    public (string Id, string Name)? CommuneUser(DemoCommune c) => c.Code switch
    {
        "00070" => User("xa.hoankiem"),
        "00004" => User("xa.badinh"),
        _ => null,
    };

    /// <summary>The unit's officer who receives and handles: its demo account, else a named officer of the unit.</summary>
    public Actor Officer(int unitId)
    {
        var unit = Units[unitId];
        var user = unit.Code switch { "CTDP" => User("cuc.ctdp"), "DL" => User("cuc.dienluc"), _ => null };
        return Ministry(unit, user?.Id, user?.Name ?? DemoNames.Person(60 + unitId * 3));
    }

    /// <summary>Who signs the unit's answers: its head's demo account, else a leader of the unit.</summary>
    public Actor Head(int unitId)
    {
        var unit = Units[unitId];
        var user = unit.Code switch { "CTDP" => User("lanhdao.ctdp"), "DL" => User("lanhdao.dienluc"), _ => null };
        // Else one of the unit's deputy directors who follow a province (phutrach.*).
        user ??= Users.Where(u => u.Key.StartsWith("phutrach.", StringComparison.Ordinal) && u.Value.OrganisationId == unitId)
            .Select(u => ((string Id, string Name)?)(u.Value.Id, u.Value.Name)).FirstOrDefault();
        return Ministry(unit, user?.Id, user?.Name ?? DemoNames.Person(61 + unitId * 3));
    }

    /// <summary>Ministry staff recording what arrives by hotline, letter, e-mail or at a conference.</summary>
    public Actor Recorder => Officer(Hub.Id);

    public Actor Locality(DemoProvince p, DemoCommune? c, string contactName) => c is null
        ? new Actor(DepartmentUser(p)?.Id, DepartmentUser(p)?.Name ?? contactName, p.DepartmentName, OrganisationKind.ProvincialDepartment,
            p.DepartmentId, p.Code, null, false, false, false)
        : new Actor(CommuneUser(c)?.Id, CommuneUser(c)?.Name ?? contactName, c.OfficeName, OrganisationKind.CommuneEconomicOffice,
            c.OfficeId, p.Code, c.Code, false, false, false);

    private static Actor Ministry(DemoUnit unit, string? userId, string name) =>
        new(userId, name, unit.Name, OrganisationKind.MinistryUnit, unit.Id, null, null, unit.IsHub, false, false);

    public static string Slug(string shortName) => VietnameseText.Fold(shortName).Replace(" ", "").Replace("-", "");

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], VietnameseText.Culture) + s[1..];

    private static string Bare(string communeName)
    {
        foreach (var prefix in new[] { "Xã ", "Phường ", "Đặc khu " })
            if (communeName.StartsWith(prefix, StringComparison.Ordinal)) return communeName[prefix.Length..];
        return communeName;
    }
}
