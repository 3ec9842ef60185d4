using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Shared.Import;

/// <summary>
/// Reads an uploaded list against its template, all or nothing: the file within the reader's limits, the header
/// row matched to the columns, every cell read by its column, every row checked by the caller's rules. If any row,
/// or the form sent with the file, has a problem, no row is returned and every problem is, so the list is fixed
/// and imported whole.
/// </summary>
public static class SpreadsheetImport
{
    public const string FileColumn = "Tệp";

    /// <summary>The records ready to store, or the problems that stop the whole list (form problems first).</summary>
    public sealed record Checked<TItem>(IReadOnlyList<TItem> Items, IReadOnlyList<ImportProblem> Problems);

    /// <param name="formProblems">What the caller found in the form sent with the file: they stop the import too.</param>
    /// <param name="load">The lookups the columns and the rows are checked against, loaded once, only if the file's header is right.</param>
    /// <param name="check">Turns one row into a record, or refuses it through <see cref="ImportRow{TContext}.Refuse"/>.</param>
    public static async Task<Checked<TItem>> CheckAsync<TContext, TItem>(
        Stream file, ImportTemplate<TContext> template, IEnumerable<ImportProblem> formProblems,
        Func<CancellationToken, Task<TContext>> load, Func<ImportRow<TContext>, TContext, CancellationToken, Task<TItem?>> check,
        CancellationToken ct = default) where TItem : class
    {
        var form = formProblems.ToList();
        Checked<TItem> Refused(params IEnumerable<ImportProblem> problems) => new([], [.. form.Distinct(), .. problems]);

        IReadOnlyList<SpreadsheetRow> sheet;
        try { sheet = SpreadsheetReader.Read(file, template.AcceptsCsv, template.MaxRows); }
        catch (SpreadsheetRefused refused) { return Refused(new ImportProblem(null, FileColumn, refused.Message)); }
        if (sheet.Count == 0) return Refused(new ImportProblem(null, FileColumn, "Trang tính đầu tiên của tệp không có dữ liệu."));

        // The first non-empty row names the columns, in any order.
        var header = sheet[0];
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Count; i++)
            if (template.Match(header.Cells[i]) is { } column) columns.TryAdd(column.Key, i);
        var missing = template.Columns.Where(c => c.Required && !columns.ContainsKey(c.Key))
            .Select(c => new ImportProblem(header.Number, c.Header, $"Không thấy cột \"{c.Header}\" ở dòng tiêu đề. Hãy dùng tệp mẫu.")).ToList();
        if (missing.Count > 0) return Refused(missing);
        if (sheet.Count < 2) return Refused(new ImportProblem(null, FileColumn, $"Tệp không có dòng {template.RowIs} nào dưới dòng tiêu đề."));

        var positions = template.Columns.Select(c => columns.GetValueOrDefault(c.Key, -1)).ToArray();
        var context = await load(ct);
        var problems = new List<ImportProblem>();
        var items = new List<TItem>(sheet.Count - 1);
        foreach (var cells in sheet.Skip(1))
        {
            var row = new ImportRow<TContext>(cells, template, positions, context, form);
            var item = await check(row, context, ct);
            problems.AddRange(row.Problems);
            if (item is not null && row.Problems.Count == 0) items.Add(item);
        }
        return form.Count > 0 || problems.Count > 0 ? Refused(problems) : new(items, []);
    }
}
