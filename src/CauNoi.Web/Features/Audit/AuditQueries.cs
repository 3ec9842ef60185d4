namespace CauNoi.Web.Features.Audit;

public static class AuditQueries
{
    public sealed record Filter(string? EntityType, string? EntityKey, string? UserName, DateOnly? From, DateOnly? To, string? Action = null);

    /// <summary>The action filter's value for every sign-in, refused sign-in and sign-out.</summary>
    public const string AnySignIn = "SignIns";

    public static Task<Page<AuditApi.Item>> SearchAsync(CauNoiDb db, Filter f, int? page, int pageSize)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.EntityType)) q = q.Where(a => a.EntityType == f.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(f.EntityKey)) q = q.Where(a => a.EntityKey == f.EntityKey.Trim());
        if (!string.IsNullOrWhiteSpace(f.UserName)) q = q.Where(a => a.UserName == f.UserName.Trim());
        if (f.Action?.Trim() == AnySignIn) {
            string[] signIns = [.. AuditTrail.SignInActions];
            q = q.Where(a => signIns.Contains(a.Action));
        }
        else if (!string.IsNullOrWhiteSpace(f.Action)) q = q.Where(a => a.Action == f.Action.Trim());
        if (f.From is { } from) q = q.Where(a => a.At >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7));
        if (f.To is { } to) q = q.Where(a => a.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7));
        var rows = q.OrderByDescending(a => a.Id)
            .Select(a => new AuditApi.Item(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityKey, a.OldValues, a.NewValues));
        return Page<AuditApi.Item>.ReadAsync(rows, page, pageSize, countUpTo: Paging.CountUpTo);
    }
}
