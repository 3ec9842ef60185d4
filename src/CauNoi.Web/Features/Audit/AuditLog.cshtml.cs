using System.Globalization;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Audit;

[Authorize(Roles = Roles.SystemAdministrator)]
public class AuditLogModel(CauNoiDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    /// <summary>An action, or <see cref="AuditQueries.AnySignIn"/> for sign-ins, refusals and sign-outs together.</summary>
    [BindProperty(SupportsGet = true, Name = "thao-tac")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    // "page" is taken by Razor Pages' own route value.
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public Page<AuditApi.Item> Entries { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyList<AuditRows.Row> Rows { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public IReadOnlyList<(string Type, string Label)> EntityTypes { get; private set; } = [];

    public static IReadOnlyList<(string Value, string Label)> Actions { get; } =
    [
        .. new[] { AuditTrail.Created, AuditTrail.Updated, AuditTrail.Deleted }.Select(a => (a, AuditTrail.ActionNames[a])),
        (AuditQueries.AnySignIn, "Đăng nhập, đăng xuất (mọi kết quả)"),
        .. AuditTrail.SignInActions.Select(a => (a, AuditTrail.ActionNames[a])),
    ];

    public async Task OnGetAsync()
    {
        EntityTypes = db.Model.GetEntityTypes().Where(t => AuditTrail.IsAudited(t.ClrType)).Select(t => t.ClrType.Name).Append(AuditNames.ReferenceData)
            .Distinct().Select(t => (t, AuditNames.Type(t))).OrderBy(t => t.Item2, VietnameseText.Order).ToList();

        var from = ParseDate(From, "Từ ngày");
        var to = ParseDate(To, "Đến ngày");
        if (from > to) Errors.Add("“Từ ngày” phải trước hoặc bằng “Đến ngày”.");
        if (Errors.Count > 0) return;

        Entries = await AuditQueries.SearchAsync(db, new AuditQueries.Filter(EntityType, EntityKey, UserName, from, to, Action), PageNumber, PageSize);
        Rows = await AuditRows.ReadAsync(db, Entries.Items, HttpContext.RequestAborted);
    }

    private DateOnly? ParseDate(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add($"“{label}” không hợp lệ: “{text.Trim()}”. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 21/11/2026.");
        return null;
    }

    public string? PageLink(int number) =>
        Url.Page(null, new Dictionary<string, object?>
        {
            ["entityType"] = EntityType, ["entityKey"] = EntityKey, ["user"] = UserName, ["thao-tac"] = Action, ["from"] = From, ["to"] = To, ["trang"] = number,
        });

    public string? RecordLink(AuditApi.Item e) => Url.Page(null, new { entityType = e.EntityType, entityKey = e.EntityKey });
}
