using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Import;

/// <summary>Ministry staff import the recommendations raised at a conference from the secretariat's list.</summary>
[RequestSizeLimit(ImportAnswers.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAnswers.MaxRequestBytes)]
public class ImportFromConferenceModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? ConferenceName { get; set; }
    /// <summary>dd/MM/yyyy, read with <see cref="DateInput"/>.</summary>
    [BindProperty] public string? ReceivedOn { get; set; }
    /// <summary>The meeting in the register where they were raised, when it is there (from its page).</summary>
    [BindProperty] public int? MeetingId { get; set; }

    /// <summary>The conferences of the last year, newest first, to choose from.</summary>
    public IReadOnlyList<(int Id, string Title, DateOnly StartsOn)> Meetings { get; private set; } = [];

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? meeting)
    {
        if (!ConferenceImport.MayImport(Actor.Of(current))) return StatusCode(403);
        ReceivedOn = Display.Date(VietnamTime.Today(clock));
        await LoadMeetingsAsync();
        if (Meetings.FirstOrDefault(m => m.Id == meeting) is { Id: > 0 } chosen) (MeetingId, ReceivedOn) = (chosen.Id, Display.Date(chosen.StartsOn));
        return Page();
    }

    private async Task LoadMeetingsAsync()
    {
        var since = VietnamTime.Today(clock).AddYears(-1);
        Meetings = (await db.Meetings.Where(m => m.StartsOn >= since).OrderByDescending(m => m.StartsOn).ThenByDescending(m => m.Id).Take(200)
            .Select(m => new { m.Id, m.Title, m.StartsOn }).ToListAsync()).Select(m => (m.Id, m.Title, m.StartsOn)).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = Actor.Of(current);
        if (!ConferenceImport.MayImport(actor)) return StatusCode(403);

        List<ImportProblem> problems = [];
        DateOnly? on = null;
        if (!string.IsNullOrWhiteSpace(ReceivedOn))
        {
            if (DateInput.TryParse(ReceivedOn, out var d)) on = d;
            else problems.Add(new(null, ConferenceImport.DateColumn, "Ngày hội nghị không hợp lệ: nhập ngày dạng dd/MM/yyyy, ví dụ 21/11/2026."));
        }
        await LoadMeetingsAsync();
        if (Upload is null || Upload.Length == 0)
        {
            Problems = [.. problems, new(null, ConferenceImport.FileColumn, "Vui lòng chọn tệp danh sách kiến nghị (.xlsx hoặc .xls).")];
            return Page();
        }

        var request = new ConferenceImport.Request(ConferenceName, on, MeetingId: MeetingId);
        var at = clock.GetUtcNow().UtcDateTime;
        SpreadsheetImport.Checked<Recommendation> list;
        await using (var stream = Upload.OpenReadStream())
            list = await ConferenceImport.CheckAsync(db, actor!, stream, request, problems, at, VietnamTime.Today(clock), HttpContext.RequestAborted);
        if (list.Problems.Count > 0)
        {
            Problems = list.Problems;
            return Page();
        }
        var ids = await ConferenceImport.StoreAsync(db, list.Items, request, at, HttpContext.RequestAborted);
        TempData["Message"] = $"Đã nhập {Display.Number(ids.Count)} kiến nghị từ hội nghị \"{list.Items[0].ConferenceName}\" ngày {Display.Date(on)}; "
            + "mỗi kiến nghị đã được chuyển đến đơn vị xử lý theo lĩnh vực.";
        return Redirect(MeetingId is { } meeting ? $"/hoi-nghi/{meeting}#kien-nghi" : "/kien-nghi/nhap-hoi-nghi?da-nhap=1");
    }
}
