using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Notifications;

/// <summary>The signed-in user's notifications and their organisation's, newest first, unread ones marked, each linking to its record.</summary>
public class InboxModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public Page<Inbox.Item> Items { get; private set; } = new([], 1, Inbox.PageSize, 0);
    public int Unread { get; private set; }
    /// <summary>Only unread ones (query <c>chuadoc=true</c>).</summary>
    public bool UnreadOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page, [FromQuery] bool? chuadoc)
    {
        if (current.Id is not { } me || await Inbox.ReaderAsync(db, me) is not { } reader) return Challenge();
        UnreadOnly = chuadoc == true;
        Items = await Inbox.PageAsync(db, reader, UnreadOnly, page);
        Unread = await Inbox.UnreadCountAsync(db, me);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, string? returnUrl)
    {
        if (current.Id is not { } me) return Challenge();
        if (!await Inbox.MarkReadAsync(db, me, id, clock.GetUtcNow().UtcDateTime)) return NotFound();
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostReadAllAsync(string? returnUrl)
    {
        if (current.Id is not { } me) return Challenge();
        var marked = await Inbox.MarkAllReadAsync(db, me, clock.GetUtcNow().UtcDateTime);
        TempData["Message"] = marked == 0 ? "Không có thông báo chưa đọc." : $"Đã đánh dấu {Display.Number(marked)} thông báo là đã đọc.";
        return Back(returnUrl);
    }

    /// <summary>Back to the list as it was (page, filter); only ever to this page.</summary>
    private RedirectResult Back(string? returnUrl) =>
        Redirect(returnUrl is not null && returnUrl.StartsWith("/thong-bao", StringComparison.Ordinal) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/thong-bao");
}
