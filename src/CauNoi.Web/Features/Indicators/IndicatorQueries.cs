namespace CauNoi.Web.Features.Indicators;

/// <summary>The catalogue, the forms, the lock exceptions and the accepted figures as the API and the pages list them.</summary>
public static class IndicatorQueries
{
    public static async Task<IReadOnlyList<IndicatorsApi.IndicatorItem>> CatalogueAsync(CauNoiDb db, CancellationToken ct)
    {
        var indicators = await db.Indicators.Where(i => i.IsActive).OrderBy(i => i.SortOrder).ToListAsync(ct);
        var codes = indicators.ToDictionary(i => i.Id, i => i.Code);
        var units = await db.Organisations.Where(o => o.Kind == Organisations.OrganisationKind.MinistryUnit).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. indicators.Select(i => new IndicatorsApi.IndicatorItem(i.Id, i.Code, i.Name, i.Unit, i.Decimals, i.OverPlaces, i.OverTime,
            i.WeightIndicatorId is { } w ? codes.GetValueOrDefault(w) : null, i.Derived, Formula(i, codes), i.Minimum, i.Maximum, i.ChangeThreshold,
            i.OwningUnitId is { } u ? units.GetValueOrDefault(u) : null, i.Source))];
    }

    /// <summary>A derived indicator's formula as the page and the API write it.</summary>
    public static string? Formula(Indicator i, IReadOnlyDictionary<int, string> codes)
    {
        var b = i.BaseIndicatorId is { } id ? codes.GetValueOrDefault(id) : null;
        return i.Derived switch
        {
            DerivedKind.GrowthYearOnYear => $"({b} kỳ này ÷ {b} cùng kỳ năm trước − 1) × 100",
            DerivedKind.GrowthPeriodOnPeriod => $"({b} kỳ này ÷ {b} kỳ trước − 1) × 100",
            DerivedKind.ShareOfTarget => $"{b} thực hiện ÷ chỉ tiêu {b} Bộ giao × 100",
            DerivedKind.PerCapita => $"{b} ÷ {(i.OtherIndicatorId is { } o ? codes.GetValueOrDefault(o) : null)}" + (i.Factor == 1 ? "" : $" × {i.Factor}"),
            _ => null,
        };
    }

    public static async Task<IReadOnlyList<IndicatorsApi.FormItem>> FormsAsync(CauNoiDb db, DateOnly today, CancellationToken ct)
    {
        var forms = await db.ReportForms.Where(f => f.IsActive).Include(f => f.Indicators).ThenInclude(i => i.Indicator).Include(f => f.Organisations)
            .OrderBy(f => f.Id).AsSplitQuery().ToListAsync(ct);
        var units = await db.Organisations.Where(o => o.Kind == Organisations.OrganisationKind.MinistryUnit).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. forms.Select(f => new IndicatorsApi.FormItem(f.Id, f.Code, f.Name, f.PeriodType, f.FirstDay, f.DueDays, f.OpensDaysBefore, f.LockDaysAfter,
            units.GetValueOrDefault(f.OwningUnitId) ?? "", f.Basis, [.. f.Indicators.OrderBy(i => i.Order).Select(i => i.Indicator!.Code)],
            f.Organisations.Count, [.. f.OpenOn(today).Select(p => p.Key)]))];
    }

    /// <summary>The periods of a form whose named months fall in a year.</summary>
    public static IReadOnlyList<Period> PeriodsOf(ReportForm form, int year) =>
        [.. Enumerable.Range(1, 12 / (int)form.PeriodType).Select(n => new Period(form.PeriodType, year, n))];

    public static async Task<IReadOnlyList<IndicatorsApi.ExceptionItem>> ExceptionsAsync(
        CauNoiDb db, int formId, IQueryable<int> organisations, DateOnly today, CancellationToken ct)
    {
        var rows = await db.LockExceptions.Where(x => x.FormId == formId && organisations.Contains(x.OrganisationId))
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x, o.Name })
            .OrderByDescending(r => r.x.GrantedAt).Take(200).ToListAsync(ct);
        return [.. rows.Select(r => new IndicatorsApi.ExceptionItem(r.x.Id, r.x.OrganisationId, r.Name, r.x.Period.Key, r.x.Period.Name, r.x.Until, r.x.Reason,
            r.x.GrantedByName, r.x.GrantedAt, r.x.HoldsOn(today)))];
    }

    /// <summary>The figures of the periods from <paramref name="from"/> to <paramref name="to"/>, both included, of their type.</summary>
    public static IQueryable<IndicatorValue> Within(this IQueryable<IndicatorValue> values, Period from, Period to) =>
        values.Where(v => v.PeriodType == from.Type && v.Year >= from.Year && v.Year <= to.Year
            && (v.Year > from.Year || (v.Year == from.Year && v.Number >= from.Number))
            && (v.Year < to.Year || (v.Year == to.Year && v.Number <= to.Number)));

    public sealed record ValuesQuery(IReadOnlyList<IndicatorsApi.ValueItem>? Values, string? Refusal);

    public const int MaxValues = 5000;

    public static async Task<ValuesQuery> ValuesAsync(CauNoiDb db, IndicatorsApi.ValuesParameters p, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == p.Indicator, ct);
        if (indicator is null) return new(null, "Chọn chỉ tiêu (indicator) theo mã trong danh mục.");
        if (!Period.TryParseRange(p.From, p.To, out var from, out var to)) return new(null, Period.RangeRefusal);
        var values = db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id).Within(from, to);
        if (!string.IsNullOrWhiteSpace(p.Province)) values = values.Where(v => v.ProvinceCode == p.Province);
        var rows = await values.OrderBy(v => v.Year).ThenBy(v => v.Number).ThenBy(v => v.ProvinceCode).ThenBy(v => v.FormerProvinceCode)
            .Take(MaxValues + 1).ToListAsync(ct);
        if (rows.Count > MaxValues) return new(null, $"Quá {MaxValues} số liệu: thu hẹp khoảng kỳ hoặc chọn tỉnh.");
        return new([.. rows.Select(v => new IndicatorsApi.ValueItem(indicator.Code, v.ProvinceCode, v.FormerProvinceCode, v.Period.Key, v.Value, v.Revision, v.AcceptedAt, v.IsDemo))], null);
    }
}
