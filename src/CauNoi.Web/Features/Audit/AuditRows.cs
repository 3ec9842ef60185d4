using System.Globalization;
using System.Text.Json;
using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Audit;

/// <summary>
/// Audit entries as officials read them: the record by its Vietnamese name and number, each field by its name, stored
/// numbers by their meaning and keys by the name of the person, unit or place they point to.
/// </summary>
public static class AuditRows
{
    private const string UserRole = "IdentityUserRole`1";

    /// <summary>A value as shown, with the stored value beside it when the two differ (a title for administrators).</summary>
    public sealed record Shown(string Text, string? Stored);

    public sealed record Change(string Field, string Label, Shown? Old, Shown? New);

    public sealed record Row(AuditApi.Item Entry, string Actor, string Action, string Record, bool HasRecord, IReadOnlyList<Change> Changes);

    public static async Task<List<Row>> ReadAsync(CauNoiDb db, IReadOnlyList<AuditApi.Item> items, CancellationToken ct = default)
    {
        var parsed = items.Select(i => (Item: i, Old: Fields(i.OldValues), New: Fields(i.NewValues))).ToList();
        var references = new AuditReferences();
        foreach (var (item, old, @new) in parsed)
        {
            if (item.Action != AuditTrail.SignInRefused) references.WantUserName(item.UserName);
            foreach (var (field, value) in old.Concat(@new))
                if (AuditNames.ReferenceOf(item.EntityType, field) is { } kind) references.Want(kind, Stored(value));
            foreach (var (kind, key) in KeyReferences(item)) references.Want(kind, key);
        }
        await references.LoadAsync(db, ct);
        return [.. parsed.Select(p => new Row(p.Item,
            p.Item.Action == AuditTrail.SignInRefused ? p.Item.UserName : references.PersonByUserName(p.Item.UserName) ?? p.Item.UserName,
            AuditTrail.ActionNames.GetValueOrDefault(p.Item.Action, p.Item.Action),
            RecordName(p.Item, p.Old, p.New, references), p.Item.EntityKey.Length > 0 && p.Item.EntityType != AuditNames.ReferenceData,
            Changes(p.Item, p.Old, p.New, references)))];
    }

    /// <summary>Records an entry's own key points to.</summary>
    private static IEnumerable<(Reference, string)> KeyReferences(AuditApi.Item e)
    {
        var parts = e.EntityKey.Split('|');
        return e.EntityType switch
        {
            nameof(AppUser) => [(Reference.Person, parts[0])],
            UserRole when parts.Length == 2 => [(Reference.Person, parts[0]), (Reference.Role, parts[1])],
            "IdentityRole" => [(Reference.Role, parts[0])],
            "Organisation" => [(Reference.Organisation, parts[0])],
            "FieldOfWork" => [(Reference.Field, parts[0])],
            "Province" => [(Reference.Province, parts[0])],
            "Commune" => [(Reference.Commune, parts[0])],
            _ => [],
        };
    }

    private static string RecordName(AuditApi.Item e, Dictionary<string, JsonElement> old, Dictionary<string, JsonElement> @new, AuditReferences refs)
    {
        var type = AuditNames.Type(e.EntityType);
        var key = e.EntityKey;
        string? Value(string field) => @new.TryGetValue(field, out var v) || old.TryGetValue(field, out v) ? Stored(v) : null;
        string Named(Reference kind, string k) => refs.Name(kind, k) ?? k;
        string? OfRecommendation() => Value("RecommendationId") is { } id ? $"{type} {refs.Name(Reference.Recommendation, id)}" : null;
        return e.EntityType switch
        {
            nameof(AppUser) when key.Length == 0 => "Tên đăng nhập không có tài khoản",
            nameof(AppUser) => $"{type} {refs.Name(Reference.Person, key) ?? Value("UserName") ?? key}",
            UserRole when key.Split('|') is [var user, var role] => $"{type} {Named(Reference.Person, user)}: {Named(Reference.Role, role)}",
            "IdentityRole" => $"{type} {Named(Reference.Role, key)}",
            "Recommendation" => $"{type} {refs.Name(Reference.Recommendation, key) ?? key}",
            "RecommendationEvent" or "RecommendationMessage" or "RecommendationAttachment" => OfRecommendation() ?? $"{type} số {key}",
            "RecommendationGroup" => $"{type} số {key}",
            "Organisation" => $"{type} {refs.Name(Reference.Organisation, key) ?? Value("Name") ?? key}",
            "FieldOfWork" => $"{type} {refs.Name(Reference.Field, key) ?? Value("Name") ?? key}",
            "Province" => $"{type} {refs.Name(Reference.Province, key) ?? Value("Name") ?? key}",
            "Commune" => $"{type} {refs.Name(Reference.Commune, key) ?? Value("Name") ?? key}",
            "CalendarDay" => $"{type} {Readable(key)}",
            "AppSetting" => $"{type} “{AuditNames.Value(e.EntityType, "Key", key) ?? key}”",
            "FocalLeaderAssignment" when Value("ProvinceCode") is { } province => $"{type} {Named(Reference.Province, province)}",
            AuditNames.ReferenceData => type,   // its key is a technical name, not a record
            _ => $"{type} {key}",
        };
    }

    private static List<Change> Changes(AuditApi.Item e, Dictionary<string, JsonElement> old, Dictionary<string, JsonElement> @new, AuditReferences refs)
    {
        // A record's own id repeats what the record column names.
        bool OwnId(string k) => k == "Id" && Stored(@new.TryGetValue(k, out var id) ? id : old[k]) == e.EntityKey;
        return [.. old.Keys.Union(@new.Keys).Where(k => !IsRepeat(k) && !OwnId(k))
            .Select(k => new Change(k, AuditNames.Field(e.EntityType, k) ?? k,
                old.TryGetValue(k, out var o) ? Show(e.EntityType, k, o, refs) : null,
                @new.TryGetValue(k, out var n) ? Show(e.EntityType, k, n, refs) : null))];
    }

    /// <summary>Fields the page leaves out because another field already shows them (normalised copies of a name or e-mail).</summary>
    public static bool IsRepeat(string field) => field.StartsWith("Normalized", StringComparison.Ordinal);

    private static Shown? Show(string type, string field, JsonElement value, AuditReferences refs)
    {
        var stored = Stored(value);
        if (stored is null) return null;
        var named = AuditNames.Value(type, field, stored)
            ?? (AuditNames.ReferenceOf(type, field) is { } kind ? refs.Name(kind, stored) : null);
        if (named is not null) return new Shown(named, stored);
        return value.ValueKind switch
        {
            JsonValueKind.True => new Shown("Có", null),
            JsonValueKind.False => new Shown("Không", null),
            JsonValueKind.String => new Shown(Readable(stored), null),
            _ => new Shown(stored, null),
        };
    }

    private static string? Stored(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static Dictionary<string, JsonElement> Fields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new() { ["(giá trị)"] = Text(json) };
            var fields = new Dictionary<string, JsonElement>();
            foreach (var p in document.RootElement.EnumerateObject()) fields[p.Name] = p.Value.Clone();
            return fields;
        }
        catch (JsonException)
        {
            return new() { ["(giá trị)"] = Text(json) };
        }
    }

    private static JsonElement Text(string text) => JsonSerializer.SerializeToElement(text);

    /// <summary>Dates and times as users read them, in Vietnam time; the application stores times in UTC.</summary>
    private static string Readable(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Display.Date(date)
        : text.Length >= 19 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Display.DateTime(at.UtcDateTime)
        : text;
}
