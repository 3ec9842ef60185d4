namespace CauNoi.Web.Shared.Import;

/// <summary>A problem in an imported list: the row as Excel numbers it (null for the file or the form), the column, the reason.</summary>
public sealed record ImportProblem(int? Row, string Column, string Message)
{
    public override string ToString() => Row is { } row ? $"Dòng {row}, cột {Column}: {Message}" : $"{Column}: {Message}";
}
