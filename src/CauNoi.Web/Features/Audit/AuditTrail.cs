using System.Text.Encodings.Web;
using System.Text.Json;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CauNoi.Web.Features.Audit;

/// <summary>Turns tracked changes into audit entries: who, when, which record, old and new values.</summary>
public static class AuditTrail
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string SignedIn = "SignedIn";
    public const string SignInRefused = "SignInRefused";
    public const string SignedOut = "SignedOut";

    /// <summary>The actions that are sign-ins and sign-outs rather than changes (SignInAudit writes them).</summary>
    public static readonly IReadOnlyList<string> SignInActions = [SignedIn, SignInRefused, SignedOut];

    public static readonly IReadOnlyDictionary<string, string> ActionNames = new Dictionary<string, string>
    {
        [Created] = "Tạo mới", [Updated] = "Cập nhật", [Deleted] = "Xóa",
        [SignedIn] = "Đăng nhập", [SignInRefused] = "Đăng nhập bị từ chối", [SignedOut] = "Đăng xuất",
    };

    /// <summary>The field an update names when a user's password changed, in place of the hidden hash.</summary>
    public const string PasswordChanged = "Password";

    // Secrets and bookkeeping columns never reach the audit log.
    private static readonly HashSet<string> Hidden =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), "SearchName"];

    public static bool IsHidden(string property) => Hidden.Contains(property);

    // Messages the system derives from audited changes (notifications, e-mails, reminder marks)
    // would only repeat them, and e-mail bodies have no place in the log. A signed-out session is
    // logged as the sign-out itself (SignInAudit).
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<string>), typeof(SignedOutSession),
        typeof(Notifications.Notification), typeof(Notifications.OutboxEmail), typeof(Notifications.ReminderLog),
        typeof(Notifications.NotificationRead), typeof(Notifications.NotificationReadMark),
        // Word counts the similar list keeps from the stored texts: bookkeeping that no one changes by hand.
        typeof(Recommendations.Similarity.SimilarityTerm), typeof(Recommendations.Similarity.SimilarityCorpus),
    ];

    public static bool IsAudited(Type entityType) => !NotAudited.Contains(entityType);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Change(EntityEntry Entry, string Action, Dictionary<string, object?>? Old, Dictionary<string, object?>? New)
    {
        public AuditEntry ToEntry(string userName, DateTime at) => new()
        {
            At = at,
            UserName = userName,
            Action = Action,
            EntityType = Entry.Metadata.ClrType.Name,
            EntityKey = string.Join("|", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.CurrentValues[p])),
            OldValues = Old is null ? null : JsonSerializer.Serialize(Old, Json),
            // Values of a new record are read after the save, once generated keys are known.
            NewValues = JsonSerializer.Serialize(New ?? Values(Entry, Entry.Metadata.GetProperties()), Json),
        };
    }

    public static List<Change> Capture(ChangeTracker tracker)
    {
        var changes = new List<Change>();
        foreach (var e in tracker.Entries())
        {
            if (NotAudited.Contains(e.Metadata.ClrType)) continue;
            switch (e.State)
            {
                case EntityState.Added:
                    changes.Add(new Change(e, Created, null, null));
                    break;
                case EntityState.Deleted:
                    changes.Add(new Change(e, Deleted, Values(e, e.Metadata.GetProperties(), original: true), null));
                    break;
                case EntityState.Modified:
                    var modified = e.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).Select(p => p.Metadata).ToList();
                    if (modified.Count == 0) continue;
                    var old = Values(e, modified, original: true);
                    var @new = Values(e, modified);
                    // That a password was set or reset is worth knowing; its hash never is.
                    if (modified.Any(p => p.Name == nameof(AppUser.PasswordHash))) { old[PasswordChanged] = "(ẩn)"; @new[PasswordChanged] = "(đã thay đổi)"; }
                    if (old.Count == 0) continue;
                    changes.Add(new Change(e, Updated, old, @new));
                    break;
            }
        }
        return changes;
    }

    // Read through the entry's values rather than a PropertyEntry each: an import writes tens of thousands of entries.
    private static Dictionary<string, object?> Values(EntityEntry e, IEnumerable<IProperty> properties, bool original = false)
    {
        var values = original ? e.OriginalValues : e.CurrentValues;
        return properties.Where(p => !Hidden.Contains(p.Name)).ToDictionary(p => p.Name, p => values[p]);
    }
}
