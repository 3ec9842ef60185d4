using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Shared.Import;

/// <summary>
/// One row of an upload, its cells already read by their columns. The check that turns it into a record
/// reads the values and refuses what its own rules refuse; the problems carry the row's number.
/// </summary>
public sealed class ImportRow<TContext>
{
    private readonly ImportTemplate<TContext> template;
    // By the template's column order: a list of 20,000 rows builds no dictionary per row.
    private readonly object?[] values;
    private readonly bool[] refused;
    private readonly List<ImportProblem> problems = [];
    private readonly List<ImportProblem> formProblems;

    /// <param name="positions">Where each of the template's columns is in the sheet, -1 for an optional column the file leaves out.</param>
    internal ImportRow(SpreadsheetRow row, ImportTemplate<TContext> template, int[] positions, TContext context, List<ImportProblem> formProblems)
    {
        Number = row.Number;
        this.template = template;
        this.formProblems = formProblems;
        values = new object?[positions.Length];
        refused = new bool[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var column = template.Columns[i];
            var text = positions[i] >= 0 ? row[positions[i]] : "";
            var reading = column.Read?.Invoke(text, context) ?? CellReading.Of(text);
            if (reading.Problem is { } problem) { refused[i] = true; problems.Add(new(Number, column.Header, problem)); }
            else values[i] = reading.Value;
        }
    }

    /// <summary>The row's number as Excel shows it.</summary>
    public int Number { get; }

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>The cell's value as its column read it; default when the column refused the cell.</summary>
    public T? Value<T>(string key) => template.IndexOf(key) is var i and >= 0 && values[i] is T typed ? typed : default;

    /// <summary>The cell's text, for a column read as text (the default).</summary>
    public string Text(string key) => Value<string>(key) ?? "";

    /// <summary>
    /// A problem with a cell found by the record's own rules. A cell its column already refused is not
    /// refused again: one reason a cell is enough.
    /// </summary>
    public void Refuse(string key, string message)
    {
        if (template.IndexOf(key) is var i and >= 0 && refused[i]) return;
        problems.Add(new(Number, template.Header(key), message));
    }

    /// <summary>
    /// The errors of the intake the row went through, each on the column keyed by its field's name; an error on a field
    /// the form sends (<paramref name="formFields"/>: field → the form's label) is the form's, listed once.
    /// </summary>
    public void Refuse(FieldErrors errors, IReadOnlyDictionary<string, string>? formFields = null)
    {
        foreach (var (key, messages) in errors)
            foreach (var message in messages)
                if (formFields is not null && formFields.TryGetValue(key, out var formColumn)) RefuseForm(formColumn, message);
                else Refuse(key, message);
    }

    /// <summary>A problem with a field of the form sent with the file (a conference's name): the same on every row, listed once.</summary>
    public void RefuseForm(string field, string message)
    {
        var problem = new ImportProblem(null, field, message);
        if (!formProblems.Contains(problem)) formProblems.Add(problem);
    }
}
