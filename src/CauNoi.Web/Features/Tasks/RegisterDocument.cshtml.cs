using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// A document entered in the register (<see cref="TaskIntake.CheckDocumentAsync"/>), with its file if chosen: the file is
/// checked with the fields, and the document and its file are saved together or not at all.
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxFiles * AttachmentStore.DefaultMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.DefaultMaxBytes)]
public class RegisterDocumentPage(CauNoiDb db, CurrentUser current, TimeProvider clock, AttachmentStore store) : PageModel
{
    public sealed class InputModel
    {
        public DocumentType? Type { get; set; }
        public string? Number { get; set; }
        /// <summary>dd/MM/yyyy.</summary>
        public string? IssuedOn { get; set; }
        public string? Issuer { get; set; }
        public string? SignerName { get; set; }
        public string? Summary { get; set; }
        /// <summary>The conference or mission whose conclusion notice this is (from the meeting's page).</summary>
        public int? MeetingId { get; set; }
    }

    /// <summary>The key under which a refused file's reason is shown: the file input's name.</summary>
    public const string Files = "files";

    [BindProperty] public InputModel Input { get; set; } = new();

    /// <summary>The meeting's title, when the document records its conclusions.</summary>
    public string? MeetingTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? meeting)
    {
        if (Refused() is { } refused) return refused;
        Input = new InputModel { Issuer = "Bộ Công Thương" };
        if (meeting is { } id && await db.Meetings.Where(m => m.Id == id).Select(m => new { m.Title, m.ChairName }).FirstOrDefaultAsync() is { } m)
            (Input.MeetingId, Input.Type, Input.Summary, MeetingTitle) = (id, DocumentType.ConclusionNotice, $"Kết luận của {m.ChairName} tại {m.Title}", m.Title);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files)
    {
        if (Refused() is { } refused) return refused;
        var actor = Actor.Of(current)!;
        var issuedOn = DateInput.Optional(Input.IssuedOn, ModelState, "Input.IssuedOn", "ngày ban hành");
        var at = clock.GetUtcNow().UtcDateTime;
        var input = new TaskIntake.DocumentInput(Input.Type, Input.Number, issuedOn, Input.Issuer, Input.SignerName, Input.Summary, Input.MeetingId);
        if (Input.MeetingId is { } meetingId) MeetingTitle = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Title).FirstOrDefaultAsync();
        var (document, errors) = await TaskIntake.CheckDocumentAsync(db, actor, input, VietnamTime.Today(clock), at);
        errors.CopyTo(ModelState, "Input", general: "Input.");
        var received = files.Count == 0 ? null : await Uploads.ReceiveAsync(store, files);
        if (received?.Refusal is { } refusal) ModelState.AddModelError(Files, $"{refusal} Văn bản chưa được vào sổ: vui lòng chọn lại tệp hợp lệ.");
        if (document is null || !ModelState.IsValid)
        {
            if (received is { Refusal: null })
            {
                await Uploads.DiscardAsync(store, received);
                ModelState.AddModelError(Files, "Tệp đã chọn chưa được lưu: vui lòng chọn lại khi gửi lại.");
            }
            return Page();
        }

        var kept = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            if (received is not null)
            {
                Uploads.Attach(db, received, new(actor.UserId, actor.Name), at, () => new DocumentFile { DocumentId = document.Id });
                await db.SaveChangesAsync();
            }
            await tx.CommitAsync();
            kept = true;
        }
        finally
        {
            if (!kept && received is not null) await Uploads.DiscardAsync(store, received);
        }
        TempData["Message"] = $"Đã vào sổ văn bản {document.Number}.";
        return Redirect($"/van-ban/{document.Id}");
    }

    private IActionResult? Refused() => Actor.Of(current) is { } actor && TaskIntake.MayAssign(actor) ? null : Forbid();
}
