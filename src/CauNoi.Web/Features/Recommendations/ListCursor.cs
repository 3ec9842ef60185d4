using System.Globalization;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// Where a page of the list starts: just after the last record of the page before it (or, going back, just before the
/// first record of the page after it), in the list's order. "Sau »" then reads the next 50 records through the sort's
/// index however far down the list it is, where skipping to page 61 would walk the 3,000 rows above it, and a pager past
/// the counted "hơn 1.000" never needs to know how many pages there are.
/// </summary>
/// <param name="Key">The record's sort value: a day number for the deadline and the day received, ticks for the last update.</param>
public sealed record ListCursor(long Key, int Id, bool Backwards)
{
    /// <summary>"739561.2991": the form links and the API carry.</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Key}.{Id}");

    /// <summary>The cursor a link carries, or null when there is none; throws nothing on nonsense, which reads as none.</summary>
    public static ListCursor? Parse(string? after, string? before)
    {
        var (text, backwards) = !string.IsNullOrWhiteSpace(after) ? (after, false) : (before, true);
        var parts = (text ?? "").Trim().Split('.');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && key <= DateTime.MaxValue.Ticks
                ? new ListCursor(key, id, backwards)
                : null;
    }

    /// <summary>The cursor at a record of the list, for the list's sort.</summary>
    public static string At(RecommendationQueries.Item item, string? sort) => new ListCursor(sort switch
    {
        "received" => item.ReceivedOn.DayNumber,
        "updated" => item.UpdatedAt.Ticks,
        _ => item.DueOn.DayNumber,
    }, item.Id, false).Text;

    /// <summary>
    /// The records after (or before) the cursor in the sort's order. Each is written as "key on or past the cursor's, and
    /// past it or a later id" so that the database starts its index range at the cursor rather than filtering from the top.
    /// </summary>
    public IQueryable<Recommendation> Apply(IQueryable<Recommendation> q, string? sort)
    {
        var id = Id;
        // Deadline runs earliest first; received and updated run latest first. Going back flips the direction.
        switch (sort)
        {
            case "received":
                var received = DateOnly.FromDayNumber((int)Math.Clamp(Key, 0, DateOnly.MaxValue.DayNumber));
                return Backwards
                    ? q.Where(r => r.ReceivedOn >= received && (r.ReceivedOn > received || r.Id > id))
                    : q.Where(r => r.ReceivedOn <= received && (r.ReceivedOn < received || r.Id < id));
            case "updated":
                var updated = new DateTime(Math.Max(Key, 0), DateTimeKind.Utc);
                return Backwards
                    ? q.Where(r => r.UpdatedAt >= updated && (r.UpdatedAt > updated || r.Id > id))
                    : q.Where(r => r.UpdatedAt <= updated && (r.UpdatedAt < updated || r.Id < id));
            default:
                var due = DateOnly.FromDayNumber((int)Math.Clamp(Key, 0, DateOnly.MaxValue.DayNumber));
                return Backwards
                    ? q.Where(r => r.DueOn <= due && (r.DueOn < due || r.Id < id))
                    : q.Where(r => r.DueOn >= due && (r.DueOn > due || r.Id > id));
        }
    }
}
