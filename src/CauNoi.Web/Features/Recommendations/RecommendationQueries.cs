namespace CauNoi.Web.Features.Recommendations;

/// <summary>The list of recommendations as every page, export and API filter it.</summary>
public static class RecommendationQueries
{
    public sealed record Filter(
        string? Province = null, string? Commune = null, int? Unit = null, int? Field = null, Channel? Channel = null,
        RecommendationStatus? Status = null, bool? Overdue = null, DateOnly? From = null, DateOnly? To = null,
        string? FocalLeader = null, string? Q = null, string? Sort = null);

    public sealed record Item(
        int Id, string Number, string Title, RecommendationStatus Status, string StatusName, string ProvinceCode, string ProvinceName,
        string? CommuneCode, string? CommuneName, int RoutedUnitId, string UnitName, int FieldId, string FieldName,
        Channel Channel, Urgency Urgency, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? AnsweredOn, bool Overdue, int Version);

    public static IQueryable<Recommendation> Apply(IQueryable<Recommendation> query, Scope scope, Filter f, DateOnly today)
    {
        var q = query.VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(f.Province)) q = q.Where(r => r.ProvinceCode == f.Province.Trim());
        if (!string.IsNullOrWhiteSpace(f.Commune)) q = q.Where(r => r.CommuneCode == f.Commune.Trim());
        if (f.Unit is { } unit) q = q.Where(r => r.RoutedUnitId == unit);
        if (f.Field is { } field) q = q.Where(r => r.FieldId == field);
        if (f.Channel is { } channel) q = q.Where(r => r.Channel == channel);
        if (f.Status is { } status) q = q.Where(r => r.Status == status);
        if (f.Overdue == true) q = q.Where(Overdue(today));
        if (f.From is { } from) q = q.Where(r => r.ReceivedOn >= from);
        if (f.To is { } to) q = q.Where(r => r.ReceivedOn <= to);
        if (!string.IsNullOrWhiteSpace(f.FocalLeader)) q = q.Where(r => r.FocalLeaderId == f.FocalLeader);
        var folded = VietnameseText.Fold(f.Q);
        if (folded.Length > 0) q = q.Where(r => EF.Functions.Like(r.SearchName, VietnameseText.LikeContains(folded), "\\"));
        return f.Sort switch
        {
            "received" => q.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id),
            "updated" => q.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id),
            _ => q.OrderBy(r => r.DueOn).ThenBy(r => r.Id),
        };
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
            r.RoutedUnitId, u.Name, r.FieldId, fw.Name, r.Channel, r.Urgency, r.ReceivedOn, r.DueOn, r.AnsweredOn, false, r.Version);

    /// <summary>Fills in what is computed rather than stored: the number, the status name, whether it is overdue.</summary>
    public static Item Completed(Item i, DateOnly today) => i with
    {
        Number = Recommendation.FormatNumber(i.Id),
        StatusName = RecommendationNames.Of(i.Status),
        Overdue = Recommendation.IsOverdue(i.Status, i.DueOn, today),
    };
}
