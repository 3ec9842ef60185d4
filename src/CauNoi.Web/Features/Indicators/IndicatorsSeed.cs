using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Indicators;

/// <summary>Loads the catalogue, its consistency rules and the forms once, into any database that has none yet.</summary>
public static class IndicatorsSeed
{
    public static async Task<bool> LoadAsync(CauNoiDb db, CancellationToken ct = default)
    {
        if (await db.Indicators.AnyAsync(ct)) return false;
        var units = await db.Organisations.Where(o => o.Kind == OrganisationKind.MinistryUnit).ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        var indicators = IndicatorCatalogue.Indicators.Select((d, i) => new Indicator
        {
            Code = d.Code, Name = d.Name, Unit = d.Unit, Decimals = d.Decimals, OverPlaces = d.OverPlaces, OverTime = d.OverTime,
            Derived = d.Derived, Factor = d.Factor, Minimum = d.Minimum, Maximum = d.Maximum, ChangeThreshold = d.ChangeThreshold,
            OwningUnitId = units[d.OwningUnit], Source = d.Source, SortOrder = i + 1,
        }).ToDictionary(i => i.Code);
        db.Indicators.AddRange(indicators.Values);
        await db.SaveChangesAsync(ct);
        foreach (var d in IndicatorCatalogue.Indicators)
        {
            var indicator = indicators[d.Code];
            indicator.WeightIndicatorId = d.Weight is null ? null : indicators[d.Weight].Id;
            indicator.BaseIndicatorId = d.Base is null ? null : indicators[d.Base].Id;
            indicator.OtherIndicatorId = d.Other is null ? null : indicators[d.Other].Id;
        }
        db.ConsistencyRules.AddRange(IndicatorCatalogue.Rules.Select(r => new ConsistencyRule
            { LeftIndicatorId = indicators[r.Left].Id, RightIndicatorId = indicators[r.Right].Id, Message = r.Message }));
        var departments = await db.Organisations.Where(o => o.Kind == OrganisationKind.ProvincialDepartment).Select(o => o.Id).ToListAsync(ct);
        db.ReportForms.AddRange(IndicatorCatalogue.Forms.Select(f => new ReportForm
        {
            Code = f.Code, Name = f.Name, PeriodType = f.Type, FirstDay = f.FirstDay, DueDays = f.DueDays, OpensDaysBefore = f.OpensDaysBefore,
            LockDaysAfter = f.LockDaysAfter, OwningUnitId = units[f.Unit], Basis = f.Basis,
            Indicators = [.. f.Indicators.Select((code, i) => new FormIndicator { IndicatorId = indicators[code].Id, Order = i + 1 })],
            Organisations = [.. departments.Select(id => new FormOrganisation { OrganisationId = id })],
        }));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
