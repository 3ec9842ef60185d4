namespace CauNoi.Web.Shared;

/// <summary>One page of a list, as the API returns it and the pages render it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static async Task<Page<T>> ReadAsync(IQueryable<T> query, int? page, int pageSize, CancellationToken ct = default)
    {
        var number = Math.Max(1, page ?? 1);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<T>(items, number, pageSize, total);
    }
}
