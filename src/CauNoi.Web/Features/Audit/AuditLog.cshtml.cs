using System.Globalization;
using System.Text.Json;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Audit;

[Authorize(Roles = Roles.SystemAdministrator)]
public class AuditLogModel(CauNoiDb db) : PageModel
{
    public const int PageSize = 50;
    private const string UserRole = "IdentityUserRole`1";

    public sealed record Change(string Field, string? Old, string? New);

    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    // "page" is taken by Razor Pages' own route value.
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public Page<AuditApi.Item> Entries { get; private set; } = new([], 1, PageSize, 0);
    public List<string> Errors { get; } = [];
    public IReadOnlyList<(string Type, string Label)> EntityTypes { get; private set; } = [];
    /// <summary>User names of the accounts the listed entries are about, by user id.</summary>
    public Dictionary<string, string> UserNames { get; private set; } = [];

    public async Task OnGetAsync()
    {
        EntityTypes = db.Model.GetEntityTypes().Select(t => t.ClrType.Name).Append(ReferenceData)
            .Where(t => t is not (nameof(AuditEntry) or nameof(DataProtectionKey) or "IdentityUserToken`1"))
            .Distinct().Select(t => (t, TypeLabel(t))).OrderBy(t => t.Item2, VietnameseText.Order).ToList();

        var from = ParseDate(From, "Từ ngày");
        var to = ParseDate(To, "Đến ngày");
        if (from > to) Errors.Add("“Từ ngày” phải trước hoặc bằng “Đến ngày”.");
        if (Errors.Count > 0) return;

        Entries = await AuditQueries.SearchAsync(db, new AuditQueries.Filter(EntityType, EntityKey, UserName, from, to), PageNumber, PageSize);
        var userIds = Entries.Items.Where(e => e.EntityType is nameof(AppUser) or UserRole).Select(e => e.EntityKey.Split('|')[0]).Distinct().ToList();
        UserNames = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!);
    }

    private DateOnly? ParseDate(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add($"“{label}” không hợp lệ: “{text.Trim()}”. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 21/11/2026.");
        return null;
    }

    public string RecordLabel(AuditApi.Item e) =>
        e.EntityType is nameof(AppUser) or UserRole && UserNames.TryGetValue(e.EntityKey.Split('|')[0], out var name)
            ? $"{TypeLabel(e.EntityType)} {name}"
            : e.EntityType == ReferenceData ? TypeLabel(e.EntityType)   // its key is a technical name, not a record
            : $"{TypeLabel(e.EntityType)} {e.EntityKey}";

    public string? PageLink(int number) =>
        Url.Page(null, new { entityType = EntityType, entityKey = EntityKey, user = UserName, from = From, to = To, trang = number });

    public string? RecordLink(AuditApi.Item e) => Url.Page(null, new { entityType = e.EntityType, entityKey = e.EntityKey });

    /// <summary>The fields an entry touched, old beside new; secrets were never written (AuditTrail hides them).</summary>
    public static IReadOnlyList<Change> Changes(AuditApi.Item e)
    {
        var old = Fields(e.OldValues);
        var @new = Fields(e.NewValues);
        // Normalised copies of a name or email repeat what the field itself shows.
        return old.Keys.Union(@new.Keys).Where(k => !k.StartsWith("Normalized", StringComparison.Ordinal))
            .Select(k => new Change(k, old.TryGetValue(k, out var o) ? o : null, @new.TryGetValue(k, out var n) ? n : null))
            .ToList();
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new() { ["(giá trị)"] = json };
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value));
        }
        catch (JsonException)
        {
            return new() { ["(giá trị)"] = json };
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "Có",
        JsonValueKind.False => "Không",
        JsonValueKind.String => Readable(value.GetString()!),
        _ => value.GetRawText(),
    };

    /// <summary>Dates and times as users read them; the application stores times in UTC.</summary>
    private static string Readable(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Display.Date(date)
        : text.Length >= 19 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Display.DateTime(at.UtcDateTime)
        : text;

    private const string ReferenceData = "ReferenceData";

    private static readonly Dictionary<string, string> TypeLabels = new()
    {
        [nameof(AppUser)] = "Người dùng",
        [UserRole] = "Vai trò của người dùng",
        ["IdentityRole"] = "Vai trò",
        ["IdentityUserClaim`1"] = "Quyền bổ sung của người dùng",
        ["IdentityUserLogin`1"] = "Đăng nhập ngoài của người dùng",
        ["IdentityRoleClaim`1"] = "Quyền bổ sung của vai trò",
        ["Organisation"] = "Cơ quan, đơn vị",
        ["FieldOfWork"] = "Lĩnh vực",
        ["FocalLeaderAssignment"] = "Phân công lãnh đạo phụ trách tỉnh",
        ["CalendarDay"] = "Ngày nghỉ, ngày làm bù",
        ["Province"] = "Tỉnh, thành phố",
        ["Commune"] = "Xã, phường, đặc khu",
        ["FormerProvince"] = "Tỉnh cũ (trước 01/07/2025)",
        ["CommuneLineage"] = "Chuyển đổi xã cũ – xã mới",
        [ReferenceData] = "Dữ liệu tham chiếu",
    };

    private static readonly Dictionary<string, string> FieldLabels = new()
    {
        ["UserName"] = "Tên đăng nhập", ["FullName"] = "Họ và tên", ["JobTitle"] = "Chức vụ", ["Email"] = "Email",
        ["PhoneNumber"] = "Điện thoại", ["OrganisationId"] = "Mã số cơ quan, đơn vị", ["IsActive"] = "Đang hoạt động",
        ["LockoutEnd"] = "Tạm khóa đến", ["AccessFailedCount"] = "Số lần đăng nhập sai", ["UserId"] = "Mã số người dùng",
        ["RoleId"] = "Mã số vai trò", ["Code"] = "Mã", ["Name"] = "Tên", ["ShortName"] = "Tên viết tắt",
        ["ProvinceCode"] = "Mã tỉnh", ["CommuneCode"] = "Mã xã", [AuditTrail.PasswordChanged] = "Mật khẩu", ["note"] = "Ghi chú",
    };

    public static string FieldLabel(string field) => FieldLabels.GetValueOrDefault(field, field);

    public static string TypeLabel(string type) => TypeLabels.GetValueOrDefault(type, type);

    public static string ActionLabel(string action) => AuditTrail.ActionNames.GetValueOrDefault(action, action);
}
