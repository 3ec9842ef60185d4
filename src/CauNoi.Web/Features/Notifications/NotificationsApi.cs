using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Notifications;

/// <summary>The caller's notifications and their organisation's; another user's or organisation's is answered 404.</summary>
public static class NotificationsApi
{
    public sealed record ReadAllResult(int Marked);

    public static async Task<Results<Ok<Page<Inbox.Item>>, UnauthorizedHttpResult>> List(
        bool? unread, int? page, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        current.Id is { } me && await Inbox.ReaderAsync(db, me, ct) is { } reader
            ? TypedResults.Ok(await Inbox.PageAsync(db, reader, unread == true, page, ct))
            : TypedResults.Unauthorized();

    public static async Task<Results<NoContent, ProblemHttpResult>> Read(long id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        current.Id is { } me && await Inbox.MarkReadAsync(db, me, id, clock.GetUtcNow().UtcDateTime, ct)
            ? TypedResults.NoContent()
            : Problems.NotFound("Không tìm thấy thông báo.");

    public static async Task<Results<Ok<ReadAllResult>, UnauthorizedHttpResult>> ReadAll(CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        current.Id is { } me
            ? TypedResults.Ok(new ReadAllResult(await Inbox.MarkAllReadAsync(db, me, clock.GetUtcNow().UtcDateTime, ct)))
            : TypedResults.Unauthorized();
}
