using System.Globalization;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>The recommendations the caller can see, filtered and sorted as the API and the Excel export do.</summary>
public class RecommendationsPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed record Option(string Value, string Name);

    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int? Field { get; set; }
    [BindProperty(SupportsGet = true)] public Channel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public RecommendationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    /// <summary>Received from / to, dd/MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? FocalLeader { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    /// <summary>The records still open (the default), the finished ones ("closed"), or all of them ("all").</summary>
    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    /// <summary>Due on or before this day, dd/MM/yyyy: what the home page's "due this week" opens.</summary>
    [BindProperty(SupportsGet = true)] public string? DueBy { get; set; }
    /// <summary>The cursor of the page before or after, from the pager's links.</summary>
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty(SupportsGet = true)] public string? Before { get; set; }

    public Page<RecommendationQueries.Item> List { get; private set; } = null!;
    /// <summary>How many of them are overdue ("hơn 1.000" past the counted limit), or null when none is.</summary>
    public string? OverdueText { get; private set; }
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    public IReadOnlyList<Option> Units { get; private set; } = [];
    public IReadOnlyList<Option> Fields { get; private set; } = [];
    public IReadOnlyList<Option> FocalLeaders { get; private set; } = [];
    /// <summary>A locality does not filter by province, a commune not by commune either.</summary>
    public bool ShowsProvince { get; private set; }
    public bool ShowsCommune { get; private set; }
    public bool ShowsFocalLeader { get; private set; }
    public string ExportUrl { get; private set; } = "";
    /// <summary>The submit button's words for this caller, or null for those who do not submit (a Ministry leader).</summary>
    public string? SubmitLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? trang)
    {
        var today = VietnamTime.Today(clock);
        // A number typed in the search box opens that recommendation, if the caller may see it.
        if (RecommendationQueries.NumberIn(Q) is { } number
            && await db.Recommendations.VisibleTo(await current.ScopeAsync()).AnyAsync(r => r.Id == number))
            return Redirect($"/kien-nghi/{number}");
        var actor = Actor.Of(current);
        var kind = actor?.OrganisationKind;
        ShowsProvince = kind is not (OrganisationKind.ProvincialDepartment or OrganisationKind.CommuneEconomicOffice);
        ShowsCommune = kind is not OrganisationKind.CommuneEconomicOffice;
        ShowsFocalLeader = actor is { IsMinistry: true } || actor is { IsAdministrator: true };
        SubmitLabel = actor is { Acts: true } ? actor.SubmitLabel : null;

        var from = ReadDate(From, nameof(From), "Từ ngày");
        var to = ReadDate(To, nameof(To), "Đến ngày");
        var dueBy = ReadDate(DueBy, nameof(DueBy), "Hạn xử lý đến ngày");
        View = View is "closed" or "all" ? View : null;
        var filter = new RecommendationQueries.Filter(
            ShowsProvince ? Province : null, ShowsCommune ? Commune : null, Unit, Field, Channel, Status, Overdue ? true : null,
            from, to, ShowsFocalLeader ? FocalLeader : null, Q, Sort, Open: View switch { "all" => null, "closed" => false, _ => true },
            DueBy: dueBy);
        var scope = await current.ScopeAsync();
        List = await RecommendationQueries.PageAsync(db, scope, filter, today, trang, RecommendationsApi.PageSize, HttpContext.RequestAborted,
            ListCursor.Parse(After, Before));
        var overdue = await RecommendationQueries.Filtered(db.Recommendations, scope, filter, today).Where(RecommendationQueries.Overdue(today))
            .Take(Paging.CountUpTo + 1).CountAsync();
        OverdueText = overdue == 0 ? null : overdue > Paging.CountUpTo ? "hơn " + Display.Number(Paging.CountUpTo) : Display.Number(overdue);
        ExportUrl = "/api/v1/recommendations/export" + ExportQuery(filter);

        if (ShowsProvince) Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        Units = (await db.Organisations.Where(o => o.Kind == OrganisationKind.MinistryUnit && o.IsActive).Select(o => new { o.Id, o.Name }).ToListAsync())
            .OrderBy(o => o.Name, VietnameseText.Order).Select(o => new Option(o.Id.ToString(CultureInfo.InvariantCulture), o.Name)).ToList();
        Fields = await db.FieldsOfWork.OrderBy(f => f.SortOrder).ThenBy(f => f.Code)
            .Select(f => new Option(f.Id.ToString(), f.Name)).ToListAsync();
        if (ShowsFocalLeader)
        {
            var role = db.Roles.Where(r => r.Name == Roles.FocalLeader).Select(r => r.Id);
            FocalLeaders = (await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && role.Contains(ur.RoleId)))
                    .Select(u => new Option(u.Id, u.FullName)).ToListAsync())
                .OrderBy(o => o.Name, VietnameseText.Order).ToList();
        }
        return Page();
    }

    private DateOnly? ReadDate(string? text, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateInput.TryParse(text, out var date)) return date;
        ModelState.AddModelError(key, $"{label} không hợp lệ: nhập ngày dạng dd/MM/yyyy, ví dụ 21/11/2026.");
        return null;
    }

    /// <summary>The filter as the API reads it: names for enumerations, yyyy-MM-dd for dates.</summary>
    private static QueryString ExportQuery(RecommendationQueries.Filter f)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, object? value)
        {
            var text = value switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
            if (!string.IsNullOrWhiteSpace(text)) pairs.Add(new(key, text.Trim()));
        }
        Add("province", f.Province); Add("commune", f.Commune); Add("unit", f.Unit); Add("field", f.Field);
        Add("channel", f.Channel); Add("status", f.Status); Add("overdue", f.Overdue); Add("from", f.From); Add("to", f.To);
        Add("focalLeader", f.FocalLeader); Add("q", f.Q); Add("sort", f.Sort); Add("open", f.Open); Add("dueBy", f.DueBy);
        return QueryString.Create(pairs);
    }
}
