namespace CauNoi.Web.Features.Organisations;

public static class OrganisationKindNames
{
    /// <summary>How users name each kind of body.</summary>
    public static string Label(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.MinistryUnit => "Đơn vị thuộc Bộ",
        OrganisationKind.ProvincialDepartment => "Sở Công Thương",
        OrganisationKind.CommuneEconomicOffice => "Phòng Kinh tế cấp xã",
        _ => kind.ToString(),
    };
}
