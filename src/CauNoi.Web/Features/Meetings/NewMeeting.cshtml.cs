using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Meetings;

/// <summary>A conference or mission entered by the Ministry's officers, by the same rules as the API (<see cref="MeetingIntake"/>).</summary>
public class NewMeetingPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    /// <summary>Text as typed: dates dd/MM/yyyy.</summary>
    public sealed class InputModel
    {
        public MeetingKind? Kind { get; set; }
        public Region? Region { get; set; }
        public string? Title { get; set; }
        public string? StartsOn { get; set; }
        public string? EndsOn { get; set; }
        public string? Place { get; set; }
        public string? ChairId { get; set; }
        public string? ChairName { get; set; }
        public string? Agenda { get; set; }
        public int[] UnitIds { get; set; } = [];
        public string[] ProvinceCodes { get; set; } = [];
    }

    public sealed record Option(string Value, string Name);

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<Option> Leaders { get; private set; } = [];
    public IReadOnlyList<Option> Units { get; private set; } = [];
    public IReadOnlyList<AdminUnitsApi.ProvinceItem> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(MeetingKind? kind)
    {
        if (Actor.Of(current) is not { } actor || !MeetingScope.MayOrganise(actor)) return Forbid();
        Input = new InputModel { Kind = kind, StartsOn = Display.Date(VietnamTime.Today(clock)) };
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Actor.Of(current) is not { } actor || !MeetingScope.MayOrganise(actor)) return Forbid();
        var starts = DateInput.Optional(Input.StartsOn, ModelState, "Input.StartsOn", "ngày bắt đầu");
        var ends = DateInput.Optional(Input.EndsOn, ModelState, "Input.EndsOn", "ngày kết thúc");
        var input = new MeetingIntake.MeetingInput(Input.Kind, Input.Title, starts, ends, Input.Place, Input.ChairName,
            string.IsNullOrWhiteSpace(Input.ChairId) ? null : Input.ChairId, Input.Region, Input.Agenda, null,
            [.. Input.UnitIds.Select(id => new MeetingIntake.UnitInput(id))], [.. Input.ProvinceCodes.Select(code => new MeetingIntake.ProvinceInput(code))]);
        var (meeting, errors) = await MeetingIntake.CheckAsync(db, actor, input, clock.GetUtcNow().UtcDateTime);
        errors.CopyTo(ModelState, "Input");
        if (meeting is null || !ModelState.IsValid) return await ShowAsync();
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã thêm {MeetingNames.Of(meeting.Kind).ToLower(VietnameseText.Culture)} {meeting.Title}.";
        return Redirect($"/hoi-nghi/{meeting.Id}");
    }

    private async Task<PageResult> ShowAsync()
    {
        var leading = db.Roles.Where(r => r.Name == Roles.MinistryLeader || r.Name == Roles.FocalLeader || r.Name == Roles.UnitHead).Select(r => r.Id);
        Leaders = (await db.Users.Where(u => u.IsActive && u.Organisation!.Kind == OrganisationKind.MinistryUnit
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && leading.Contains(ur.RoleId)))
                .Select(u => new { u.Id, u.FullName, u.JobTitle }).ToListAsync())
            .OrderBy(u => u.FullName, VietnameseText.Order).Select(u => new Option(u.Id, u.JobTitle is null ? u.FullName : $"{u.FullName} – {u.JobTitle}")).ToList();
        Units = (await db.Organisations.Where(o => o.IsActive && o.Kind == OrganisationKind.MinistryUnit).Select(o => new { o.Id, o.Name }).ToListAsync())
            .OrderBy(o => o.Name, VietnameseText.Order).Select(o => new Option(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Name)).ToList();
        Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        return Page();
    }
}
