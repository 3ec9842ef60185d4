using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CauNoi.Web.Features.Accounts.Admin;

/// <summary>
/// Which kind of organisation a role's holder must belong to: the scope rule reads a
/// user's place from their organisation, so a commune officer in a Ministry unit would
/// see the wrong records.
/// </summary>
public static class RoleOrganisation
{
    private static readonly Dictionary<string, OrganisationKind> RequiredKind = new()
    {
        [Roles.CommuneOfficer] = OrganisationKind.CommuneEconomicOffice,
        [Roles.ProvinceOfficer] = OrganisationKind.ProvincialDepartment,
        [Roles.DepartmentHead] = OrganisationKind.ProvincialDepartment,
        [Roles.MinistryOfficer] = OrganisationKind.MinistryUnit,
        [Roles.FocalLeader] = OrganisationKind.MinistryUnit,
        [Roles.MinistryLeader] = OrganisationKind.MinistryUnit,
    };

    public static readonly IReadOnlyDictionary<OrganisationKind, string> KindNames = new Dictionary<OrganisationKind, string>
    {
        [OrganisationKind.MinistryUnit] = "Đơn vị thuộc Bộ",
        [OrganisationKind.ProvincialDepartment] = "Sở Công Thương",
        [OrganisationKind.CommuneEconomicOffice] = "Phòng Kinh tế cấp xã",
    };

    private static readonly Dictionary<OrganisationKind, string> IsA = new()
    {
        [OrganisationKind.MinistryUnit] = "đơn vị thuộc Bộ",
        [OrganisationKind.ProvincialDepartment] = "Sở Công Thương cấp tỉnh",
        [OrganisationKind.CommuneEconomicOffice] = "Phòng Kinh tế cấp xã",
    };

    private static readonly Dictionary<OrganisationKind, string> MustBelongTo = new()
    {
        [OrganisationKind.MinistryUnit] = "một đơn vị thuộc Bộ (Văn phòng, Vụ, Cục...)",
        [OrganisationKind.ProvincialDepartment] = "Sở Công Thương của một tỉnh, thành phố (mã SCT-...)",
        [OrganisationKind.CommuneEconomicOffice] = "Phòng Kinh tế của một xã, phường, đặc khu (mã XA-...)",
    };

    /// <summary>
    /// The active organisation with this code, when it may hold every one of these roles;
    /// otherwise null, with Vietnamese messages added to the model state.
    /// </summary>
    public static async Task<Organisation?> CheckAsync(CauNoiDb db, string? code, IReadOnlyCollection<string> roles, ModelStateDictionary errors)
    {
        if (roles.Count == 0) errors.AddModelError("Input.Roles", "Vui lòng chọn ít nhất một vai trò.");
        foreach (var unknown in roles.Where(r => !Roles.DisplayNames.ContainsKey(r)))
            errors.AddModelError("Input.Roles", $"Vai trò '{unknown}' không có trong hệ thống.");

        var wanted = (code ?? "").Trim().ToUpperInvariant();
        if (wanted.Length == 0) return null;   // the Required attribute already said so
        var org = await db.Organisations.FirstOrDefaultAsync(o => o.Code == wanted);
        if (org is null)
        {
            errors.AddModelError("Input.OrganisationCode", $"Không có cơ quan, đơn vị mã '{wanted}'.");
            return null;
        }
        if (!org.IsActive)
            errors.AddModelError("Input.OrganisationCode", $"“{org.Name}” đã ngừng hoạt động; hãy chọn đơn vị khác.");
        foreach (var role in roles.Where(r => RequiredKind.TryGetValue(r, out var kind) && kind != org.Kind))
            errors.AddModelError("Input.Roles",
                $"Vai trò “{Roles.DisplayNames[role]}” chỉ dành cho người thuộc {MustBelongTo[RequiredKind[role]]}; “{org.Name}” là {IsA[org.Kind]}.");
        return errors.IsValid ? org : null;
    }
}
