namespace CauNoi.Web.Features.Recommendations;

/// <summary>The list of recommendations as every page, export and API filter it.</summary>
public static class RecommendationQueries
{
    public sealed record Filter(
        string? Province = null, string? Commune = null, int? Unit = null, int? Field = null, Channel? Channel = null,
        RecommendationStatus? Status = null, bool? Overdue = null, DateOnly? From = null, DateOnly? To = null,
        string? FocalLeader = null, string? Q = null, string? Sort = null, bool? Open = null, DateOnly? DueBy = null);

    public sealed record Item(
        int Id, string Number, string Title, RecommendationStatus Status, string StatusName, string ProvinceCode, string ProvinceName,
        string? CommuneCode, string? CommuneName, int RoutedUnitId, string UnitName, int FieldId, string FieldName,
        Channel Channel, Urgency Urgency, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? AnsweredOn, bool Overdue, int Version,
        DateTime UpdatedAt);

    public static IQueryable<Recommendation> Apply(IQueryable<Recommendation> query, Scope scope, Filter f, DateOnly today) =>
        Ordered(Filtered(query, scope, f, today), f.Sort, inDeadlineIndexOrder: true);

    /// <summary>A search that is a recommendation's number, as officials quote it: "KN002991", "kn 2991" or "2991".</summary>
    public static int? NumberIn(string? q) => RecordNumber.In(q, Recommendation.NumberPrefix);

    /// <summary>The scope and every filter, in no order.</summary>
    public static IQueryable<Recommendation> Filtered(IQueryable<Recommendation> query, Scope scope, Filter f, DateOnly today)
    {
        var q = query.VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(f.Province)) q = q.Where(r => r.ProvinceCode == f.Province.Trim());
        if (!string.IsNullOrWhiteSpace(f.Commune)) q = q.Where(r => r.CommuneCode == f.Commune.Trim());
        if (f.Unit is { } unit) q = q.Where(r => r.RoutedUnitId == unit);
        if (f.Field is { } field) q = q.Where(r => r.FieldId == field);
        if (f.Channel is { } channel) q = q.Where(r => r.Channel == channel);
        if (f.Status is { } status) q = q.Where(r => r.Status == status);
        else if (f.Open is { } open)
            q = open ? q.Where(r => EF.Constant(Recommendation.OpenStatuses).Contains(r.Status))
                : q.Where(r => !EF.Constant(Recommendation.OpenStatuses).Contains(r.Status));
        if (f.DueBy is { } dueBy) q = q.Where(r => r.DueOn <= dueBy);
        if (f.Overdue == true) q = q.Where(Overdue(today));
        if (f.From is { } from) q = q.Where(r => r.ReceivedOn >= from);
        if (f.To is { } to) q = q.Where(r => r.ReceivedOn <= to);
        if (!string.IsNullOrWhiteSpace(f.FocalLeader)) q = q.Where(r => r.FocalLeaderId == f.FocalLeader);
        var folded = VietnameseText.Fold(f.Q);
        if (NumberIn(f.Q) is { } id)
            q = q.Where(r => r.Id == id || EF.Functions.Like(r.SearchName, VietnameseText.LikeContains(folded), "\\"));
        else if (folded.Length > 0) q = q.Where(r => EF.Functions.Like(r.SearchName, VietnameseText.LikeContains(folded), "\\"));
        return q;
    }

    /// <summary>
    /// The sort the user chose (by deadline unless told otherwise), or its reverse for reading back from a cursor. With
    /// <paramref name="inDeadlineIndexOrder"/> false the same order is written so that no index can produce it: the
    /// database then finds the matching rows first and sorts them.
    /// </summary>
    private static IQueryable<Recommendation> Ordered(IQueryable<Recommendation> q, string? sort, bool inDeadlineIndexOrder, bool reversed = false) =>
        (sort, inDeadlineIndexOrder, reversed) switch
        {
            ("received", true, false) => q.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id),
            ("received", true, true) => q.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id),
            ("received", false, false) => q.OrderByDescending(r => r.ReceivedOn.DayNumber).ThenByDescending(r => r.Id),
            ("received", false, true) => q.OrderBy(r => r.ReceivedOn.DayNumber).ThenBy(r => r.Id),
            ("updated", _, false) => q.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id),
            ("updated", _, true) => q.OrderBy(r => r.UpdatedAt).ThenBy(r => r.Id),
            (_, true, false) => q.OrderBy(r => r.DueOn).ThenBy(r => r.Id),
            (_, true, true) => q.OrderByDescending(r => r.DueOn).ThenByDescending(r => r.Id),
            (_, false, false) => q.OrderBy(r => r.DueOn.DayNumber).ThenBy(r => r.Id),
            (_, false, true) => q.OrderByDescending(r => r.DueOn.DayNumber).ThenByDescending(r => r.Id),
        };

    /// <summary>
    /// One page of the list, counted up to <see cref="Paging.CountUpTo"/>: the page numbered <paramref name="page"/>, or,
    /// given a <paramref name="cursor"/>, the page that follows (or precedes) it, whose number the link carries for show.
    /// Each page names the cursors of the pages around it. A search on PostgreSQL picks its way: words that match few rows
    /// (by PostgreSQL's own estimate) are found through the trigram index and then sorted; words that match many are read
    /// in deadline order until the page is full. Left to itself, the planner reads in deadline order whenever a page of 50
    /// seems near, and for words used only in recent years that meant walking most of a million rows.
    /// </summary>
    public static async Task<Page<Item>> PageAsync(CauNoiDb db, Scope scope, Filter f, DateOnly today, int? page, int pageSize,
        CancellationToken ct = default, ListCursor? cursor = null)
    {
        var filtered = Filtered(db.Recommendations, scope, f, today);
        var inIndexOrder = VietnameseText.Fold(f.Q).Length == 0 || !db.Database.IsNpgsql()
            || await EstimatedRowsAsync(db, filtered, ct) > FewMatches;
        var number = Paging.Number(page);
        var backwards = cursor is { Backwards: true };
        // The page's records (and one more, to tell whether the list goes on) are chosen from the recommendations alone,
        // and only they are joined to the names they show: given the joins up front, SQLite drove the query from a small
        // table and sorted a million rows.
        var chosen = cursor is null
            ? Ordered(filtered, f.Sort, inIndexOrder).Skip((number - 1) * pageSize).Take(pageSize + 1)
            : Ordered(cursor.Apply(filtered, f.Sort), f.Sort, inIndexOrder, backwards).Take(pageSize + 1);
        var read = await Items(db, Ordered(chosen, f.Sort, inIndexOrder, backwards)).ToListAsync(ct);
        var more = read.Count > pageSize;
        var items = read.Take(pageSize).Select(i => Completed(i, today)).ToList();
        if (backwards) items.Reverse();
        // Going back past the first record there is means this is the first page, whatever number the link carried.
        if (backwards && !more) number = 1;
        var counted = await filtered.Take(Paging.CountUpTo + 1).CountAsync(ct);
        var hasNext = backwards ? items.Count > 0 : more;
        var hasPrevious = backwards ? more : cursor is not null || number > 1;
        return Page<Item>.Of(items, number, pageSize, counted, Paging.CountUpTo) with
        {
            NextCursor = hasNext && items.Count > 0 ? ListCursor.At(items[^1], f.Sort) : null,
            PreviousCursor = hasPrevious && items.Count > 0 ? ListCursor.At(items[0], f.Sort) : null,
        };
    }

    /// <summary>Below this many expected matches a search sorts its matches rather than walking the deadline order.</summary>
    private const double FewMatches = 10_000;

    /// <summary>How many rows PostgreSQL expects the query to return (EXPLAIN plans it, does not run it).</summary>
    private static async Task<double> EstimatedRowsAsync(CauNoiDb db, IQueryable<Recommendation> query, CancellationToken ct)
    {
        await using var command = query.Select(r => r.Id).CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        return await OneConnection.ReadAsync(db, async () =>
        {
            using var plan = System.Text.Json.JsonDocument.Parse((string)(await command.ExecuteScalarAsync(ct))!);
            return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }, ct);
    }

    /// <summary>Open, not waiting for the locality, and past its deadline.</summary>
    public static System.Linq.Expressions.Expression<Func<Recommendation, bool>> Overdue(DateOnly today)
    {
        var running = Recommendation.RunningStatuses;
        return r => running.Contains(r.Status) && r.DueOn < today;
    }

    public static IQueryable<Item> Items(CauNoiDb db, IQueryable<Recommendation> query) =>
        from r in query
        join p in db.Provinces on r.ProvinceCode equals p.Code
        join u in db.Organisations on r.RoutedUnitId equals u.Id
        join fw in db.FieldsOfWork on r.FieldId equals fw.Id
        from c in db.Communes.Where(c => c.Code == r.CommuneCode).DefaultIfEmpty()
        select new Item(r.Id, "", r.Title, r.Status, "", r.ProvinceCode, p.Name, r.CommuneCode, c != null ? c.Name : null,
            r.RoutedUnitId, u.Name, r.FieldId, fw.Name, r.Channel, r.Urgency, r.ReceivedOn, r.DueOn, r.AnsweredOn, false, r.Version,
            r.UpdatedAt);

    /// <summary>Fills in what is computed rather than stored: the number, the status name, whether it is overdue.</summary>
    public static Item Completed(Item i, DateOnly today) => i with
    {
        Number = Recommendation.FormatNumber(i.Id),
        StatusName = RecommendationNames.Of(i.Status),
        Overdue = Recommendation.IsOverdue(i.Status, i.DueOn, today),
    };
}
