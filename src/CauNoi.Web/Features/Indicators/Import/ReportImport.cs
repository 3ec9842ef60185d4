using CauNoi.Web.Shared.Import;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Indicators.Import;

/// <summary>
/// A report's figures imported from its workbook or a CSV file, all or nothing: every row checked by the rules the page's
/// save applies (<see cref="ReportSteps.Check"/>), then saved by that save itself. Who may import, and when, is who may
/// save on the page (<see cref="ReportSteps.RefuseEntryAsync"/>), asked before the file is read.
/// </summary>
public static class ReportImport
{
    public static async Task<SpreadsheetImport.Checked<ReportSteps.Figure>> CheckAsync(CauNoiDb db, FormReport report, Stream file, CancellationToken ct)
    {
        var rows = new Dictionary<int, int>();   // indicator → the row that gave it
        return await SpreadsheetImport.CheckAsync(file, ReportTemplate.Definition, [], LoadAsync, (row, lookups, _) =>
        {
            SameReport(row, lookups.Report);
            if (row.Value<Indicator>(ReportTemplate.Code) is not { } indicator) return Task.FromResult<ReportSteps.Figure?>(null);
            if (!rows.TryAdd(indicator.Id, row.Number))
            {
                row.Refuse(ReportTemplate.Code, $"Chỉ tiêu {indicator.Code} đã có ở dòng {rows[indicator.Id]}.");
                return Task.FromResult<ReportSteps.Figure?>(null);
            }
            var errors = new FieldErrors();
            var value = row.Value<double?>(ReportTemplate.Value);
            var explanation = row.Text(ReportTemplate.Explanation);
            ReportSteps.Check(indicator, value, explanation, errors, ReportTemplate.Value, ReportTemplate.Explanation);
            row.Refuse(errors);
            return Task.FromResult<ReportSteps.Figure?>(new(indicator.Code, value, explanation));
        }, ct);

        async Task<ReportTemplate.Lookups> LoadAsync(CancellationToken ct)
        {
            var onForm = (await ReportSteps.FormIndicatorsAsync(db, report.FormId, ct)).ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
            var catalogue = (await db.Indicators.Select(i => i.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new(report, onForm, catalogue);
        }
    }

    /// <summary>A file filled in for another form, province or period is refused once, for the whole file.</summary>
    private static void SameReport(ImportRow<ReportTemplate.Lookups> row, FormReport report)
    {
        var form = row.Text(ReportTemplate.Form).Trim();
        if (form.Length > 0 && !string.Equals(form, report.Form!.Code, StringComparison.OrdinalIgnoreCase))
            row.RefuseForm("Biểu mẫu", $"Tệp ghi biểu mẫu {form}, báo cáo này là của biểu mẫu {report.Form.Code}. Hãy tải mẫu Excel của chính báo cáo này.");
        var province = Cells.Code(row.Text(ReportTemplate.Province), 2);
        if (province.Length > 0 && province != report.ProvinceCode)
            row.RefuseForm("Mã tỉnh", $"Tệp ghi tỉnh mã {province}, báo cáo này là của tỉnh mã {report.ProvinceCode}.");
        var period = row.Text(ReportTemplate.Period).Trim();
        if (period.Length > 0 && !Same(period, report.Period))
            row.RefuseForm("Kỳ báo cáo", $"Tệp ghi kỳ {period}, báo cáo này là của kỳ {report.Period.Key} ({report.Period.Name}).");
    }

    /// <summary>The period as the template writes it (2025-03), as officials name it (Tháng 3/2025), or a day in it where Excel turned the key into a date.</summary>
    private static bool Same(string text, Period period) =>
        (Period.TryParse(text, out var written) && written == period)
        || string.Equals(text, period.Name, StringComparison.OrdinalIgnoreCase)
        || (DateInput.TryParse(text, out var day) && Period.Holding(period.Type, day.Year, day.Month) == period);

    /// <summary>
    /// Saves the checked figures as the page saves them, in one save; a refusal of the save's own (which the checks
    /// above already made) comes back as problems of the file.
    /// </summary>
    public static async Task<IReadOnlyList<ImportProblem>> SaveAsync(
        CauNoiDb db, Actor actor, FormReport report, IReadOnlyList<ReportSteps.Figure> figures, DateTime at, DateOnly today, CancellationToken ct)
    {
        var errors = await ReportSteps.SaveAsync(db, actor, report, figures, at, today, ct);
        if (errors.Count > 0) return [.. errors.SelectMany(e => e.Value.Select(m => new ImportProblem(null, e.Key, m)))];
        await db.SaveChangesAsync(ct);
        return [];
    }
}
