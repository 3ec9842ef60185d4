namespace CauNoi.Web.Shared.Import;

/// <summary>
/// One row of an upload, its cells already read by their columns. The check that turns it into a record
/// reads the values and refuses what its own rules refuse; the problems carry the row's number.
/// </summary>
public sealed class ImportRow<TContext>
{
    private readonly ImportTemplate<TContext> template;
    private readonly Dictionary<string, object?> values = [];
    private readonly List<ImportProblem> problems = [];
    private readonly List<ImportProblem> formProblems;

    internal ImportRow(int number, ImportTemplate<TContext> template, Func<string, string> text, TContext context, List<ImportProblem> formProblems)
    {
        Number = number;
        this.template = template;
        this.formProblems = formProblems;
        foreach (var column in template.Columns)
        {
            var cell = text(column.Key);
            var reading = column.Read?.Invoke(cell, context) ?? CellReading.Of(cell);
            if (reading.Problem is { } problem) problems.Add(new(number, column.Header, problem));
            else values[column.Key] = reading.Value;
        }
    }

    /// <summary>The row's number as Excel shows it.</summary>
    public int Number { get; }

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>The cell's value as its column read it; default when the column refused the cell.</summary>
    public T? Value<T>(string key) => values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The cell's text, for a column read as text (the default).</summary>
    public string Text(string key) => Value<string>(key) ?? "";

    /// <summary>
    /// A problem with a cell found by the record's own rules. A cell its column already refused is not
    /// refused again: one reason a cell is enough.
    /// </summary>
    public void Refuse(string key, string message)
    {
        if (values.ContainsKey(key) || template.Columns.All(c => c.Key != key)) problems.Add(new(Number, template.Header(key), message));
    }

    /// <summary>A problem with a field of the form sent with the file (a conference's name): the same on every row, listed once.</summary>
    public void RefuseForm(string field, string message)
    {
        var problem = new ImportProblem(null, field, message);
        if (!formProblems.Contains(problem)) formProblems.Add(problem);
    }
}
