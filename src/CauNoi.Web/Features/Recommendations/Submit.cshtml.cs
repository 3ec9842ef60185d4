using System.Globalization;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// The intake form: a locality sends a recommendation for itself; Ministry staff record one on a
/// locality's behalf. Same rules as the API (<see cref="Intake"/>); the form's one-time token is
/// the idempotency key, so a double click or a resent form stores one record. Files chosen on the form are checked
/// before anything is written and saved with the record, in its transaction (<see cref="Uploads"/>).
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxFiles * AttachmentStore.DefaultMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.DefaultMaxBytes)]
public class SubmitRecommendationPage(CauNoiDb db, CurrentUser current, TimeProvider clock, AttachmentStore store) : PageModel
{
    /// <summary>Text as typed: the page turns it into <see cref="Intake.Input"/> and answers in Vietnamese.</summary>
    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? Content { get; set; }
        public string? FieldId { get; set; }
        public string? ConcernKind { get; set; }
        public string? ConcernReference { get; set; }
        public string? Urgency { get; set; }
        public string? Channel { get; set; }
        public string? ProvinceCode { get; set; }
        public string? CommuneCode { get; set; }
        public string? ContactName { get; set; }
        public string? ContactPhone { get; set; }
        public string? ContactEmail { get; set; }
        public string? ConferenceName { get; set; }
        /// <summary>dd/MM/yyyy.</summary>
        public string? ReceivedOn { get; set; }
        /// <summary>The cluster it is about, if any.</summary>
        public string? ClusterId { get; set; }
        /// <summary>Made when the form is shown; stored as the idempotency key.</summary>
        public string? Token { get; set; }
    }

    public sealed record Option(string Value, string Name);

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The key under which a refused file's reason is shown: the file input's name.</summary>
    public const string Files = "files";
    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<Option> Fields { get; private set; } = [];
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    /// <summary>A province officer's communes, to send on behalf of one.</summary>
    public IReadOnlyList<Option> Communes { get; private set; } = [];
    /// <summary>The clusters of the caller's province that the caller sees, to say which one it is about.</summary>
    public IReadOnlyList<Option> Clusters { get; private set; } = [];
    public AttachmentStore Store => store;

    /// <param name="cluster">The cluster it is about, chosen in advance (from the cluster's page).</param>
    public async Task<IActionResult> OnGetAsync(int? cluster)
    {
        if (await LoadActorAsync() is { } refused) return refused;
        Input = new InputModel
        {
            Token = Guid.NewGuid().ToString(), ConcernKind = nameof(ConcernKind.Other), Urgency = nameof(Urgency.Normal),
            Channel = nameof(Channel.Hotline), ReceivedOn = Display.Date(VietnamTime.Today(clock)),
            ClusterId = cluster?.ToString(CultureInfo.InvariantCulture),
        };
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files)
    {
        if (await LoadActorAsync() is { } refused) return refused;
        var key = Guid.TryParse(Input.Token, out var token) ? token.ToString() : null;
        var today = VietnamTime.Today(clock);

        // The same form posted again (a double click, a resend): the record the first post made, with the files it kept.
        if (key is not null && await Intake.ExistingAsync(db, Actor, key) is { } earlier) return await SubmittedAsync(earlier);

        DateOnly? receivedOn = null;
        if (!string.IsNullOrWhiteSpace(Input.ReceivedOn) && Actor.IsMinistry)
        {
            if (DateInput.TryParse(Input.ReceivedOn, out var on)) receivedOn = on;
            else ModelState.AddModelError("Input.ReceivedOn", "Ngày tiếp nhận không hợp lệ: nhập ngày dạng dd/MM/yyyy, ví dụ 21/11/2026.");
        }
        var input = new Intake.Input(
            Input.Title, Input.Content, FieldId(Input.FieldId), Choice<ConcernKind>(Input.ConcernKind), Input.ConcernReference,
            Choice<Urgency>(Input.Urgency), Choice<Channel>(Input.Channel), Input.ProvinceCode, Input.CommuneCode,
            Input.ContactName, Input.ContactPhone, Input.ContactEmail, Input.ConferenceName, receivedOn, FieldId(Input.ClusterId));
        var at = clock.GetUtcNow().UtcDateTime;
        var (recommendation, errors) = await Intake.PrepareAsync(db, Actor, input, at, today, await WorkingCalendar.LoadAsync(db), scope: await current.ScopeAsync());
        foreach (var (field, messages) in errors)
            foreach (var message in messages) ModelState.AddModelError($"Input.{field}", message);

        // Files are checked before anything is written, with the other fields; a browser does not keep them in a form shown again.
        var received = files.Count == 0 ? null : await Uploads.ReceiveAsync(store, files);
        if (received?.Refusal is { } refusal)
            ModelState.AddModelError(Files, $"{refusal} Kiến nghị chưa được gửi: vui lòng chọn lại tệp hợp lệ.");
        if (recommendation is null || !ModelState.IsValid)
        {
            if (received is { Refusal: null })
            {
                await Uploads.DiscardAsync(store, received);
                ModelState.AddModelError(Files, "Tệp đã chọn chưa được lưu: vui lòng chọn lại khi gửi lại kiến nghị.");
            }
            return await ShowAsync();
        }
        if (received is null) return await SubmittedAsync(await Intake.SaveAsync(db, Actor, recommendation, key, at));

        var id = 0;
        try
        {
            id = await Intake.SaveAsync(db, Actor, recommendation, key, at,
                alongside: r => Uploads.Attach(db, received, new(Actor.UserId, Actor.Name), at, () => new RecommendationAttachment { RecommendationId = r.Id }));
        }
        finally
        {
            // Another post of the same form stored its record first (another id), or the save failed: these files are not kept.
            if (id == 0 || id != recommendation.Id) await Uploads.DiscardAsync(store, received);
        }
        return await SubmittedAsync(id);
    }

    private async Task<IActionResult> SubmittedAsync(int id)
    {
        var dueOn = await db.Recommendations.Where(r => r.Id == id).Select(r => r.DueOn).SingleAsync();
        TempData["Message"] = $"Đã {(Actor.IsMinistry ? "ghi nhận" : "gửi")} kiến nghị {Recommendation.FormatNumber(id)}. Hạn trả lời: {Display.Date(dueOn)}.";
        return Redirect($"/kien-nghi/{id}");
    }

    /// <summary>Ministry leaders read and direct; they do not take recommendations in (as the API).</summary>
    private async Task<IActionResult?> LoadActorAsync()
    {
        var actor = Actor.Of(current);
        if (actor is null || !actor.Acts) return Forbid();
        Actor = actor;
        return null;
    }

    // A value that is not a number or a name is passed on as one Intake refuses, in Vietnamese (a field's id, a cluster's).
    private static int? FieldId(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static T? Choice<T>(string? text) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null : Enum.TryParse<T>(text.Trim(), out var value) ? value : default(T);

    private async Task<PageResult> ShowAsync()
    {
        Fields = await db.FieldsOfWork.Where(f => f.IsActive).OrderBy(f => f.SortOrder).ThenBy(f => f.Code)
            .Select(f => new Option(f.Id.ToString(), f.Name)).ToListAsync();
        if (Actor.OrganisationKind == OrganisationKind.ProvincialDepartment)
            Communes = (await db.Communes.Where(c => c.ProvinceCode == Actor.ProvinceCode).Select(c => new { c.Code, c.Name }).ToListAsync())
                .OrderBy(c => c.Name, VietnameseText.Order).Select(c => new Option(c.Code, c.Name)).ToList();
        else if (Actor.OrganisationKind != OrganisationKind.CommuneEconomicOffice)
            Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        if (Actor.ProvinceCode is { } province)
            Clusters = (await db.Clusters.VisibleTo(await current.ScopeAsync(), Actor).Where(c => c.ProvinceCode == province)
                    .Select(c => new { c.Id, c.Code, c.Name }).ToListAsync())
                .OrderBy(c => c.Name, VietnameseText.Order).Select(c => new Option(c.Id.ToString(CultureInfo.InvariantCulture), $"{c.Name} ({c.Code})")).ToList();
        return Page();
    }
}
