namespace CauNoi.Web.Shared.Import;

/// <summary>What one cell reads as: a value, or why it cannot be read, in Vietnamese.</summary>
public readonly record struct CellReading(object? Value, string? Problem)
{
    public static CellReading Of(object? value) => new(value, null);
    public static CellReading Refused(string problem) => new(null, problem);
}
