namespace CauNoi.Web.Shared.Import;

/// <summary>
/// A column of an import template. <paramref name="Required"/> means the header must be in the file; whether an
/// empty cell is allowed is the reader's to say. <paramref name="Read"/> turns the cell's text into a value or a
/// problem, with the lookups loaded once for the list (<typeparamref name="TContext"/>); without it the value is the text.
/// </summary>
public sealed record ImportColumn<TContext>(string Header, string Key, bool Required, double Width, Func<string, TContext, CellReading>? Read = null)
{
    /// <summary>Other headers accepted for this column, such as the wording of older templates.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
