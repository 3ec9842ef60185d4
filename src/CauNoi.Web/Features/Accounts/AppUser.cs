using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Web.Features.Accounts;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    /// <summary>Chức vụ, e.g. "Chuyên viên", "Phó Giám đốc Sở".</summary>
    public string? JobTitle { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool IsActive { get; set; } = true;
}
