namespace CauNoi.Web.Features.Accounts;

public static class Roles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string MinistryLeader = "MinistryLeader";
    public const string MinistryOfficer = "MinistryOfficer";
    /// <summary>Head (or deputy head) of a Ministry unit: receives escalations of overdue recommendations.</summary>
    public const string UnitHead = "UnitHead";
    /// <summary>Head (or deputy head) of a province's Sở Công Thương: approves the figures the department reports.</summary>
    public const string DepartmentHead = "DepartmentHead";
    public const string FocalLeader = "FocalLeader";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string CommuneOfficer = "CommuneOfficer";

    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [SystemAdministrator] = "Quản trị hệ thống",
        [MinistryLeader] = "Lãnh đạo Bộ",
        [MinistryOfficer] = "Cán bộ đơn vị thuộc Bộ",
        [UnitHead] = "Lãnh đạo đơn vị thuộc Bộ",
        [FocalLeader] = "Lãnh đạo phụ trách tỉnh",
        [ProvinceOfficer] = "Cán bộ Sở Công Thương",
        [DepartmentHead] = "Lãnh đạo Sở Công Thương",
        [CommuneOfficer] = "Cán bộ cấp xã",
    };

    public static IReadOnlyList<string> All => [.. DisplayNames.Keys];
}
