using System.Text.Encodings.Web;
using System.Text.Json;
using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Audit;

/// <summary>
/// Sign-ins, refused sign-ins and sign-outs, in the audit log beside the changes: for administrators, so a refusal says
/// why. The password typed is never written; the name typed is, as the refused caller sent it.
/// </summary>
public static class SignInAudit
{
    public enum Outcome { SignedIn, UnknownAccount, WrongPassword, Disabled, LockedOut, SignedOut }

    public const string Page = "Page";
    public const string Api = "Api";

    public static readonly IReadOnlyDictionary<string, string> OutcomeNames = new Dictionary<string, string>
    {
        [nameof(Outcome.SignedIn)] = "Thành công",
        [nameof(Outcome.UnknownAccount)] = "Không có tài khoản này",
        [nameof(Outcome.WrongPassword)] = "Sai mật khẩu",
        [nameof(Outcome.Disabled)] = "Tài khoản đã bị vô hiệu hóa",
        [nameof(Outcome.LockedOut)] = "Tài khoản đang bị tạm khóa",
        [nameof(Outcome.SignedOut)] = "Đã đăng xuất",
    };

    public static readonly IReadOnlyDictionary<string, string> ViaNames = new Dictionary<string, string>
    {
        [Page] = "Trang đăng nhập", [Api] = "API (nhận bearer token)",
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes the entry for one attempt. Written for every outcome alike, so that its cost tells a caller nothing about
    /// which refusal it got.
    /// </summary>
    public static async Task WriteAsync(CauNoiDb db, HttpContext? http, string typedName, string? userId, Outcome outcome, string via)
    {
        Add(db, http, typedName, userId, outcome, via);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds the entry to be saved with the caller's own changes.</summary>
    public static void Add(CauNoiDb db, HttpContext? http, string typedName, string? userId, Outcome outcome, string via)
    {
        var name = Printable(typedName);
        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            UserName = name,
            Action = outcome switch { Outcome.SignedIn => AuditTrail.SignedIn, Outcome.SignedOut => AuditTrail.SignedOut, _ => AuditTrail.SignInRefused },
            EntityType = nameof(AppUser),
            // The account's id when there is one, so the entry sits in that account's history; nothing for an unknown name.
            EntityKey = userId ?? "",
            NewValues = JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["UserName"] = name, ["Outcome"] = outcome.ToString(), ["Via"] = via, ["ClientAddress"] = ClientAddress(http),
            }, Json),
        });
    }

    /// <summary>The caller's address, as the forwarded-headers middleware left it (behind a trusted proxy, the client's own).</summary>
    private static string? ClientAddress(HttpContext? http) =>
        http?.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : null;

    /// <summary>What a refused caller typed, fit for a column of 256 and for PostgreSQL (which stores no NUL).</summary>
    private static string Printable(string typed)
    {
        var text = new string([.. typed.Trim().Select(c => char.IsControl(c) ? '\uFFFD' : c)]);
        if (text.Length <= 256) return text;
        var cut = char.IsHighSurrogate(text[254]) ? 254 : 255;   // never half a character
        return text[..cut] + "…";
    }
}
