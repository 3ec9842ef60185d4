using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Targets set by the Ministry: for a province, a region or the country, for a year or a quarter, with the document that
/// set them. Set by the officers of the unit that follows the indicator, the coordinating hub, or an administrator; a target
/// set again for the same indicator, period and place replaces the value, and the audit trail keeps the old one.
/// </summary>
public static class Targets
{
    public sealed record Request(string? Indicator, int? Year, int? Quarter, string? Province, Region? Region, double? Value, string? DocumentNumber);

    public sealed record Item(int Id, string Indicator, int Year, int? Quarter, string? ProvinceCode, Region? Region, string Place, double Value,
        string DocumentNumber, string SetBy, DateTime SetAt);

    public static bool MaySet(Actor a, Indicator indicator) =>
        a.IsAdministrator || (a.IsMinistry && a.Acts && (a.IsHub || a.OrganisationId == indicator.OwningUnitId));

    public static string PlaceName(string? province, Region? region, IReadOnlyDictionary<string, string> provinces) =>
        province is not null ? provinces.GetValueOrDefault(province, province) : region is { } r ? Regions.Name(r) : "Toàn quốc";

    /// <summary>A target that met the rules, ready to be stored: its value rounded to the indicator's decimals, its document's number cleaned.</summary>
    public sealed record Checked(Indicator Indicator, int Year, int? Quarter, string? Province, Region? Region, double Value, string DocumentNumber)
    {
        /// <summary>What makes two targets the same one: set again, the second replaces the first.</summary>
        public (int Indicator, int Year, int? Quarter, string? Province, Region? Region) Key => (Indicator.Id, Year, Quarter, Province, Region);
    }

    /// <summary>The target checked by the rules every way in (the page, the API, the import), or the refusals by field.</summary>
    public static async Task<(Checked? Target, FieldErrors Errors)> CheckAsync(CauNoiDb db, Indicator indicator, Request request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Year is not (>= 2000 and <= 2100)) errors.Add(nameof(Request.Year), "Nhập năm của chỉ tiêu kế hoạch (từ 2000 đến 2100).");
        if (request.Quarter is { } q && q is < 1 or > 4) errors.Add(nameof(Request.Quarter), "Quý từ 1 đến 4, hoặc để trống cho cả năm.");
        if (request.Province is not null && request.Region is not null) errors.Add(nameof(Request.Province), "Chọn một tỉnh hoặc một khu vực, không chọn cả hai.");
        if (request.Province is { } p && !await db.Provinces.AnyAsync(x => x.Code == p, ct)) errors.Add(nameof(Request.Province), $"Không có tỉnh mã '{p}'.");
        if (request.Value is not { } value || !double.IsFinite(value)) errors.Add(nameof(Request.Value), "Nhập giá trị chỉ tiêu kế hoạch.");
        var document = DocumentNumber.Clean(request.DocumentNumber, nameof(Request.DocumentNumber), "Văn bản giao chỉ tiêu", errors,
            "Nhập số hiệu văn bản giao chỉ tiêu");
        return errors.Count > 0 ? (null, errors)
            : (new Checked(indicator, request.Year!.Value, request.Quarter, request.Province, request.Region, indicator.Round(request.Value!.Value), document!), errors);
    }

    /// <summary>The checked target added, or put in place of the one set before for the same indicator, period and place; not saved yet.</summary>
    public static async Task<IndicatorTarget> StoreAsync(CauNoiDb db, Actor actor, Checked c, DateTime at, CancellationToken ct)
    {
        var target = await db.IndicatorTargets.FirstOrDefaultAsync(t => t.IndicatorId == c.Indicator.Id && t.Year == c.Year && t.Quarter == c.Quarter
            && t.ProvinceCode == c.Province && t.Region == c.Region, ct);
        if (target is null)
            db.IndicatorTargets.Add(target = new IndicatorTarget
            {
                IndicatorId = c.Indicator.Id, Year = c.Year, Quarter = c.Quarter, ProvinceCode = c.Province, Region = c.Region,
                DocumentNumber = c.DocumentNumber, SetByName = actor.Name,
            });
        target.Value = c.Value;
        target.DocumentNumber = c.DocumentNumber;
        target.SetById = actor.UserId;
        target.SetByName = actor.Name;
        target.SetAt = at;
        return target;
    }

    /// <summary>The target set (added or replaced), or the refusals by field; nothing is written when refused.</summary>
    public static async Task<(IndicatorTarget? Target, FieldErrors Errors)> SetAsync(CauNoiDb db, Actor actor, Indicator indicator, Request request, DateTime at, CancellationToken ct)
    {
        var (target, errors) = await CheckAsync(db, indicator, request, ct);
        return target is null ? (null, errors) : (await StoreAsync(db, actor, target, at, ct), errors);
    }

    public static async Task<IReadOnlyList<Item>> ListAsync(CauNoiDb db, Indicator indicator, int? year, CancellationToken ct)
    {
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var targets = await db.IndicatorTargets.Where(t => t.IndicatorId == indicator.Id && (year == null || t.Year == year))
            // The year's before its quarters, the country before the regions before the provinces: the same on both engines, which sort nulls apart.
            .OrderByDescending(t => t.Year).ThenBy(t => t.Quarter != null).ThenBy(t => t.Quarter)
            .ThenBy(t => t.ProvinceCode != null).ThenBy(t => t.Region != null).ThenBy(t => t.Region).ThenBy(t => t.ProvinceCode).ToListAsync(ct);
        return [.. targets.Select(t => new Item(t.Id, indicator.Code, t.Year, t.Quarter, t.ProvinceCode, t.Region, PlaceName(t.ProvinceCode, t.Region, provinces),
            t.Value, t.DocumentNumber, t.SetByName, t.SetAt))];
    }
}
