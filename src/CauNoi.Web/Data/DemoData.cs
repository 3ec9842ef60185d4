using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Web.Data;

/// <summary>
/// The demo data set of the run command: demo accounts (password <see cref="Password"/>) and
/// one focal leader per province as decision 2172/QĐ-BCT provides. Never loaded in production.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo@2025";
    public static readonly DateOnly FocalDecisionDate = new(2025, 7, 29);

    public static async Task LoadAsync(CauNoiDb db, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct)) return;

        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Code, ct);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, ct);

        // One hash for every demo account: hashing is deliberately slow, and they share a password.
        var hash = new PasswordHasher<AppUser>().HashPassword(null!, Password);
        AppUser Add(string userName, string fullName, string? title, string orgCode, params string[] userRoles)
        {
            var user = new AppUser
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = fullName, JobTitle = title,
                Email = $"{userName}@demo.caunoi.vn", NormalizedEmail = $"{userName}@demo.caunoi.vn".ToUpperInvariant(),
                EmailConfirmed = true, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, OrganisationId = orgs[orgCode].Id,
            };
            db.Users.Add(user);
            foreach (var role in userRoles) db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
            return user;
        }

        Add("admin", "Quản trị hệ thống", "Chuyên viên công nghệ thông tin", "VPB", Roles.SystemAdministrator);
        var minister = Add("lanhdao", "Nguyễn Văn Bình", "Thứ trưởng", "VPB", Roles.MinistryLeader, Roles.FocalLeader);
        Add("cuc.ctdp", "Trần Thị Hương", "Chuyên viên chính", "CTDP", Roles.MinistryOfficer);
        Add("cuc.dienluc", "Lê Văn Dũng", "Chuyên viên", "DL", Roles.MinistryOfficer);
        Add("lanhdao.ctdp", "Ngô Văn Trung", "Cục trưởng", "CTDP", Roles.MinistryOfficer, Roles.UnitHead);
        Add("lanhdao.dienluc", "Phan Thị Hà", "Phó Cục trưởng", "DL", Roles.MinistryOfficer, Roles.UnitHead);
        Add("cuc.khuyencong", "Đỗ Thị Mai", "Chuyên viên chính", "DMST", Roles.MinistryOfficer);
        Add("lanhdao.khuyencong", "Vũ Quốc Khánh", "Phó Cục trưởng", "DMST", Roles.MinistryOfficer, Roles.UnitHead);
        Add("so.hanoi", "Phạm Minh Tuấn", "Chuyên viên Sở", "SCT-01", Roles.ProvinceOfficer);
        Add("lanhdao.so.hanoi", "Nguyễn Thị Thu", "Giám đốc Sở", "SCT-01", Roles.ProvinceOfficer, Roles.DepartmentHead);
        Add("so.tuyenquang", "Hoàng Thị Lan", "Chuyên viên Sở", "SCT-08", Roles.ProvinceOfficer);
        Add("xa.hoankiem", "Đỗ Quang Huy", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị", "XA-00070", Roles.CommuneOfficer);
        Add("xa.badinh", "Vũ Thị Mai", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị", "XA-00004", Roles.CommuneOfficer);

        // One focal leader per province, from the Ministry's departments, as decision 2172 did.
        var units = OrganisationsSeed.MinistryUnits.Where(u => u.Code is not ("VPB" or "TTB" or "UBCT")).Select(u => u.Code).ToArray();
        for (var i = 0; i < provinces.Count; i++)
        {
            var p = provinces[i];
            var slug = VietnameseText.Fold(OrganisationsSeed.ShortProvinceName(p.Name)).Replace(" ", "").Replace("-", "");
            var unit = units[i % units.Length];
            var title = OrganisationsSeed.MinistryUnits.First(u => u.Code == unit).Name.StartsWith("Cục") ? "Phó Cục trưởng" : "Phó Vụ trưởng";
            var leader = Add($"phutrach.{slug}", DemoNames.Person(i), title, unit, Roles.MinistryOfficer, Roles.FocalLeader);
            var assignment = new FocalLeaderAssignment
            {
                ProvinceCode = p.Code, LeaderId = leader.Id, EffectiveFrom = FocalDecisionDate, Decision = "2172/QĐ-BCT",
            };
            db.FocalLeaderAssignments.Add(assignment);
            // The Thứ trưởng took over two provinces later on, so the demo shows a handover and his brief has provinces to follow.
            if (p.Code is "22" or "24")
            {
                assignment.EffectiveTo = LeaderHandover.AddDays(-1);
                db.FocalLeaderAssignments.Add(new FocalLeaderAssignment
                {
                    ProvinceCode = p.Code, LeaderId = minister.Id, EffectiveFrom = LeaderHandover, Decision = "2650/QĐ-BCT",
                });
            }
            if (p.Code is not ("01" or "08"))
                Add($"so.{slug}", DemoNames.Person(i + 40), "Chuyên viên Sở", $"SCT-{p.Code}", Roles.ProvinceOfficer);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The units the Thứ trưởng directs, as the decision dividing the leaders' work names them: loaded apart from the accounts,
    /// as a table a later migration added (a database taken over from the schema scripts gets its accounts before it).
    /// </summary>
    public static async Task LoadDirectionsAsync(CauNoiDb db, CancellationToken ct = default)
    {
        if (await db.UnitDirections.AnyAsync(ct)) return;
        var minister = await db.Users.Where(u => u.UserName == "lanhdao").Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (minister is null) return;
        var units = await db.Organisations.Where(o => DirectedByMinister.Contains(o.Code)).Select(o => o.Id).ToListAsync(ct);
        db.UnitDirections.AddRange(units.Select(u => new UnitDirection { LeaderId = minister, UnitId = u, EffectiveFrom = FocalDecisionDate, Decision = "1507/QĐ-BCT" }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The day "lanhdao" began following Quảng Ninh (22) and Bắc Ninh (24).</summary>
    public static readonly DateOnly LeaderHandover = new(2025, 10, 1);

    /// <summary>The units "lanhdao" directs: Cục Điện lực and Cục Công Thương địa phương.</summary>
    public static readonly string[] DirectedByMinister = ["DL", "CTDP"];
}

/// <summary>Plausible Vietnamese names for demo people (none is a real official).</summary>
public static class DemoNames
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] Middle = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức"];
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh", "Linh", "Long", "Nam", "Nga", "Phong", "Quang", "Sơn", "Thảo", "Trung", "Tú", "Vân", "Yến"];

    public static string Person(int i) => $"{Family[i % Family.Length]} {Middle[i * 7 % Middle.Length]} {Given[i * 5 % Given.Length]}";
}
