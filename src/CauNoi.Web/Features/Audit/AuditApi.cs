using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Audit;

public static class AuditApi
{
    public const int PageSize = 50;

    public sealed record Item(long Id, DateTime At, string UserName, string Action, string EntityType, string EntityKey, string? OldValues, string? NewValues);

    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (CauNoiDb db, string? entityType, string? entityKey, string? user, DateOnly? from, DateOnly? to, string? action, int? page) =>
            TypedResults.Ok(await AuditQueries.SearchAsync(db, new AuditQueries.Filter(entityType, entityKey, user, from, to, action), page, PageSize)))
            .RequireAuthorization(p => p.RequireRole(Roles.SystemAdministrator))
            .WithTags("Nhật ký").WithSummary("Nhật ký thay đổi (chỉ quản trị hệ thống)");
    }
}
