using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The targets of one indicator for one year, each with its document, who set it, and beside it the accepted figure of
/// its period and place and the share reached (from <see cref="IndicatorDashboard"/>, as the results page reads them);
/// a form to set one and a workbook to import many, for those who may set them.
/// </summary>
[RequestSizeLimit(ImportAnswers.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAnswers.MaxRequestBytes)]
public class TargetsPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public int? Year { get; set; }
        public int? Quarter { get; set; }
        /// <summary>A province's code, a region's name (North, Centre, South), or empty for the country.</summary>
        public string? Province { get; set; }
        /// <summary>As typed: "1.234,5".</summary>
        public string? Value { get; set; }
        public string? DocumentNumber { get; set; }
    }

    /// <summary>A target with the accepted figure of its period and place, and the share of the target it reached.</summary>
    public sealed record Line(Targets.Item Target, double? Actual, double? Share, string? NotComparable);

    [BindProperty(SupportsGet = true, Name = "chi-tieu")] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<(string Code, string Name)> Indicators { get; private set; } = [];
    public Indicator Indicator { get; private set; } = null!;
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];
    /// <summary>The caller may set this indicator's targets: the form is shown.</summary>
    public bool MaySet { get; private set; }
    /// <summary>The caller may set some indicator's targets: the import is shown.</summary>
    public bool MayImport { get; private set; }
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // A year typed wrong in the filter is no refusal of the form below: the latest year is shown instead.
        ModelState.Clear();
        await ShowAsync();
        Input = new InputModel { Year = Year };
        return Page();
    }

    public async Task<IActionResult> OnPostSetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var actor = Actor.Of(current);
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == Code, ct);
        if (indicator is null) return NotFound();
        if (actor is null || !Targets.MaySet(actor, indicator)) return StatusCode(403);
        if (!FigureInput.TryParse(Input.Value, out var value)) ModelState.AddModelError("Input.Value", $"“{Input.Value}” không phải là số.");
        var (province, region) = Place(Input.Province);
        var request = new Targets.Request(indicator.Code, Input.Year, Input.Quarter, province, region, value, Input.DocumentNumber);
        var (target, errors) = await Targets.SetAsync(db, actor, indicator, request, clock.GetUtcNow().UtcDateTime, ct);
        errors.CopyTo(ModelState, "Input", general: "Input.");
        if (target is null || !ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            Year ??= Input.Year;
            await ShowAsync();
            return Page();
        }
        await db.SaveChangesAsync(ct);
        var names = await db.Provinces.Where(p => p.Code == province).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        TempData["Message"] = $"Đã giao chỉ tiêu kế hoạch {indicator.Name}: {Targets.PlaceName(province, region, names)}, "
            + (target.Quarter is { } q ? $"quý {q}/" : "năm ") + target.Year + ".";
        return Redirect($"/chi-tieu/ke-hoach?chi-tieu={Uri.EscapeDataString(indicator.Code)}&nam={target.Year}");
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        var ct = HttpContext.RequestAborted;
        var actor = Actor.Of(current);
        if (actor is null || !await TargetImport.MayImportAsync(db, actor, ct)) return StatusCode(403);
        if (Upload is null || Upload.Length == 0)
            Problems = [new(null, SpreadsheetImport.FileColumn, "Vui lòng chọn tệp chỉ tiêu kế hoạch (.xlsx hoặc .xls).")];
        else
        {
            SpreadsheetImport.Checked<Targets.Checked> list;
            await using (var stream = Upload.OpenReadStream())
                list = await TargetImport.CheckAsync(db, actor, stream, ct);
            if (list.Problems.Count == 0)
            {
                var count = await TargetImport.SaveAsync(db, actor, list.Items, clock.GetUtcNow().UtcDateTime, ct);
                TempData["Message"] = $"Đã nhập {Display.Number(count)} chỉ tiêu kế hoạch.";
                var first = list.Items.Count > 0 ? list.Items[0] : null;
                return Redirect(first is null ? "/chi-tieu/ke-hoach"
                    : $"/chi-tieu/ke-hoach?chi-tieu={Uri.EscapeDataString(first.Indicator.Code)}&nam={first.Year}");
            }
            Problems = list.Problems;
        }
        await ShowAsync();
        return Page();
    }

    /// <summary>The place the form's one list names: a province's code, a region, or the country.</summary>
    private static (string? Province, Region? Region) Place(string? value) =>
        string.IsNullOrWhiteSpace(value) ? (null, null)
        : Enum.TryParse<Region>(value, out var region) && !value.All(char.IsAsciiDigit) ? (null, region)
        : (value, null);

    private async Task ShowAsync()
    {
        var ct = HttpContext.RequestAborted;
        var actor = Actor.Of(current);
        var all = await db.Indicators.Where(i => i.IsActive).OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);
        Indicators = [.. all.Select(i => (i.Code, i.Name))];
        Indicator = all.FirstOrDefault(i => i.Code == Code) ?? all.FirstOrDefault(i => i.Code == "BLHH_DV") ?? all.First();
        Code = Indicator.Code;
        MaySet = actor is not null && Targets.MaySet(actor, Indicator);
        MayImport = actor is not null && all.Any(i => Targets.MaySet(actor, i));
        Provinces = [.. (await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct)).Select(p => (p.Code, p.Name))];
        var indicatorId = Indicator.Id;
        Year ??= await db.IndicatorTargets.Where(t => t.IndicatorId == indicatorId).MaxAsync(t => (int?)t.Year, ct) ?? VietnamTime.Today(clock).Year;
        Lines = await LinesAsync(Indicator, await Targets.ListAsync(db, Indicator, Year, ct), ct);
    }

    /// <summary>
    /// Each target beside its actual figure: one reading of the country's dashboard for each period, which holds the
    /// provinces', the country's and each region's lines. A target of a period with no accepted figure shows none.
    /// </summary>
    private async Task<IReadOnlyList<Line>> LinesAsync(Indicator indicator, IReadOnlyList<Targets.Item> targets, CancellationToken ct)
    {
        var dashboards = new Dictionary<(int Year, int? Quarter), IndicatorDashboard>();
        var lines = new List<Line>(targets.Count);
        foreach (var t in targets)
        {
            var key = (t.Year, t.Quarter);
            if (!dashboards.TryGetValue(key, out var dashboard))
            {
                var period = t.Quarter is { } q ? new Period(PeriodType.Quarter, t.Year, q) : new Period(PeriodType.Year, t.Year, 1);
                dashboards[key] = dashboard = await IndicatorDashboard.ReadAsync(db, indicator, period, null, ct);
            }
            var line = t.ProvinceCode is { } code ? dashboard.Provinces.FirstOrDefault(l => l.Code == code)
                : dashboard.Totals.First(l => l.Code == (t.Region?.ToString() ?? ""));
            lines.Add(new Line(t, line?.Value, line?.ShareOfTarget, line?.Value is null ? line?.NotComparable : null));
        }
        return lines;
    }
}
