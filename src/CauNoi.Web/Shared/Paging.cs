namespace CauNoi.Web.Shared;

/// <summary>One page of a list, as the API returns it and the pages render it.</summary>
/// <param name="TotalIsLowerBound">The list was counted only up to <see cref="Paging.CountUpTo"/> and holds more.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total, bool TotalIsLowerBound = false)
{
    /// <summary>The pages there are; past a counted limit, at least one more while this page is full.</summary>
    public int PageCount
    {
        get
        {
            var counted = Math.Max(1, (Total + PageSize - 1) / PageSize);
            return TotalIsLowerBound && Items.Count == PageSize ? Math.Max(counted, PageNumber + 1) : counted;
        }
    }

    /// <summary>Where the next page starts, for lists read by cursor (see ListCursor); null on the last page.</summary>
    public string? NextCursor { get; init; }

    /// <summary>Where the page before ends, for lists read by cursor; null on the first page.</summary>
    public string? PreviousCursor { get; init; }

    /// <summary>The pages that can be reached by number: all of them, or past a counted limit those within it.</summary>
    public int NumberedPages => TotalIsLowerBound ? Math.Max(1, Total / PageSize) : PageCount;

    /// <summary>"1.234" or, past a counted limit, "hơn 1.000".</summary>
    public string TotalText => TotalIsLowerBound ? "hơn " + Display.Number(Total) : Display.Number(Total);

    /// <summary>
    /// Reads one page and the total. With <paramref name="countUpTo"/> the total is counted only that far: lists that grow
    /// without bound (recommendations, the audit trail) would otherwise count a national table of millions of rows for
    /// every page shown, which costs far more than the page itself.
    /// </summary>
    public static Task<Page<T>> ReadAsync(IQueryable<T> query, int? page, int pageSize, CancellationToken ct = default, int? countUpTo = null) =>
        ReadAsync(query, query, page, pageSize, ct, countUpTo);

    /// <summary>One page of <paramref name="rows"/>, with the total counted on <paramref name="counted"/>: the same records
    /// without what only the page needs (joins, order, names), which would slow the count down.</summary>
    public static async Task<Page<T>> ReadAsync<TCounted>(IQueryable<T> rows, IQueryable<TCounted> counted, int? page, int pageSize,
        CancellationToken ct = default, int? countUpTo = null)
    {
        var number = Paging.Number(page);
        var total = countUpTo is { } limit ? await counted.Take(limit + 1).CountAsync(ct) : await counted.CountAsync(ct);
        var items = await rows.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return Of(items, number, pageSize, total, countUpTo);
    }

    /// <summary>A page whose rows were counted up to <paramref name="countUpTo"/> and one more.</summary>
    public static Page<T> Of(IReadOnlyList<T> items, int number, int pageSize, int counted, int? countUpTo) =>
        countUpTo is { } cap && counted > cap
            ? new Page<T>(items, number, pageSize, cap, TotalIsLowerBound: true)
            : new Page<T>(items, number, pageSize, counted);
}

public static class Paging
{
    /// <summary>How far the lists that grow without bound are counted.</summary>
    public const int CountUpTo = 1_000;

    /// <summary>The page asked for: the first when none or a nonsense one is, and never so far that skipping to it overflows.</summary>
    public static int Number(int? page) => Math.Clamp(page ?? 1, 1, 1_000_000);
}
