using CauNoi.Web.Features.Reports;
using static CauNoi.Web.Features.Tasks.TaskQueries;

namespace CauNoi.Web.Features.Tasks.Reports;

/// <summary>
/// The report of task performance for a period: the tasks assigned in it (within the caller's scope and the filters), their
/// status on the last day of the period (or today, for a period not over), both rates with their formulas, the figures of
/// each lead unit, owner, assigning leader and document, the overdue list and the trend by month. The dashboard, the JSON,
/// the .xlsx and the .docx all show this one record, so their figures are the same.
/// </summary>
public sealed record TaskReport(
    ReportPeriod Period, DateOnly AsOf, string Filters, TaskFigures Figures,
    IReadOnlyList<TaskReport.Line> ByLead, IReadOnlyList<TaskReport.Line> ByOwner, IReadOnlyList<TaskReport.Line> ByLeader,
    IReadOnlyList<TaskReport.Line> ByDocument, IReadOnlyList<TaskReport.OverdueTask> Overdue, IReadOnlyDictionary<string, int> Groups)
{
    /// <summary>The rows the dashboard and the JSON give each table (the groups with most tasks, the longest overdue); the .xlsx and the .docx have them all.</summary>
    public const int Shown = 100;

    public string CompletionFormula => TaskFigures.CompletionFormula;
    public string CompletionSource => TaskFigures.CompletionSource;
    public string OnTimeFormula => TaskFigures.OnTimeFormula;

    /// <summary>A figure every table shows for a group, in order: the total, each status, the extensions, both rates.</summary>
    public sealed record Measure(string Name, string Heading, Func<TaskFigures, decimal?> Of, bool IsRate = false)
    {
        /// <summary>As a page and the .docx print it: "12", "98,62%", "–" for a rate with nothing due.</summary>
        public string Text(TaskFigures f) => Of(f) is not { } v ? "–" : IsRate ? Rate(v) : Display.Number((long)v);
    }

    public static readonly IReadOnlyList<Measure> Measures =
    [
        new("total", "Tổng số", f => f.Total),
        .. TaskFigures.Order.Select(s => new Measure(s.ToString(), TaskNames.Of(s), f => f.Count(s))),
        new("extension-pending", "Đang xin gia hạn", f => f.ExtensionPending),
        new("extended", "Đã gia hạn", f => f.Extended),
        new("completion-rate", "Tỷ lệ hoàn thành", f => f.CompletionRate, IsRate: true),
        new("on-time-rate", "Tỷ lệ đúng hạn", f => f.OnTimeRate, IsRate: true),
    ];

    /// <summary>"98,62%": two decimals, as the rate was cut.</summary>
    public static string Rate(decimal? rate) => rate is { } r ? Display.Number(r, 2) + "%" : "–";

    /// <summary>The four views, each with its id (for pages and tests), title, the heading of its first column, its lines and how many groups it has in all.</summary>
    public IEnumerable<(string Id, string Title, string Heading, IReadOnlyList<Line> Lines, int Groups)> Breakdowns() =>
    [
        ("by-lead", "Theo đơn vị chủ trì", "Đơn vị chủ trì", ByLead, Groups["by-lead"]),
        ("by-owner", "Theo người chủ trì", "Người chủ trì", ByOwner, Groups["by-owner"]),
        ("by-leader", "Theo lãnh đạo giao", "Lãnh đạo giao", ByLeader, Groups["by-leader"]),
        ("by-document", "Theo văn bản giao", "Văn bản giao", ByDocument, Groups["by-document"]),
    ];

    /// <summary>One group's figures. <paramref name="Id"/> is what the list filters on (a unit's, an account's or a document's id), when there is one.</summary>
    public sealed record Line(string? Id, string Name, TaskFigures Figures);

    /// <param name="DaysLate">Days past the deadline the task is judged on, to the report's day.</param>
    public sealed record OverdueTask(
        int Id, string Number, string Title, string LeadName, string? OwnerName, DateOnly OriginalDueOn, DateOnly DueOn, int DaysLate);

    /// <summary>Who the report is about, beyond the caller's scope: the lead unit, assigning leader, owner and document asked for.</summary>
    public sealed record Filter(int? Lead = null, string? Leader = null, string? Owner = null, int? Document = null);

    /// <summary>The period asked for (see <see cref="ReportPeriod.Read"/>); when no day is given, the year so far.</summary>
    public static ReportPeriod? PeriodOf(string? from, string? to, string pattern, DateOnly today, IDictionary<string, string[]> errors) =>
        string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to) ? new(new DateOnly(today.Year, 1, 1), today)
        : ReportPeriod.Read(from, to, pattern, today, errors);

    /// <param name="top">How many rows each table and the overdue list hold (<see cref="Shown"/> for the dashboard and the JSON); all when null.</param>
    public static async Task<TaskReport> ComputeAsync(
        CauNoiDb db, Scope scope, Actor? actor, ReportPeriod period, Filter filter, DateOnly today, CancellationToken ct = default, int? top = null)
    {
        var asOf = period.To < today ? period.To : today;
        var tasks = Filtered(db, scope, actor,
            new TaskFilter(Lead: filter.Lead, Leader: filter.Leader, Owner: filter.Owner, Document: filter.Document, From: period.From, To: period.To), today);
        // Every task has one lead unit: the figures of all are the lead units' added up, one scan fewer. The lead units and
        // the leaders are tens, read whole; the owners and the documents are thousands in a year, and only the first of
        // them leave the database.
        var (byLead, leads) = await TaskFigures.LoadByAsync(tasks, asOf, t => t.LeadOrganisationId, ct: ct);
        var figures = TaskFigures.Sum(byLead.Select(g => g.Value), asOf) with { Trend = await TaskFigures.TrendAsync(tasks, asOf, ct) };
        var (byLeader, leaders) = await TaskFigures.LoadByAsync(tasks, asOf, t => t.AssignedBy, ct: ct);
        if (top is { } n) (byLead, byLeader) = ([.. byLead.Take(n)], [.. byLeader.Take(n)]);
        var (byOwner, owners) = await TaskFigures.LoadByAsync(tasks, asOf, t => t.OwnerId ?? "", top, ct);
        var (byDocument, documents) = await TaskFigures.LoadByAsync(tasks, asOf, t => t.DocumentId ?? 0, top, ct);
        var groups = new Dictionary<string, int> { ["by-lead"] = leads, ["by-owner"] = owners, ["by-leader"] = leaders, ["by-document"] = documents };
        var leadIds = byLead.Select(g => g.Key).ToList();
        var leadNames = await db.Organisations.Where(o => leadIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var ownerIds = byOwner.Select(g => g.Key).ToList();
        var ownerNames = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var documentIds = byDocument.Select(g => g.Key).ToList();
        var documentNames = await db.Documents.Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Number, ct);

        return new TaskReport(period, asOf, await DescribeAsync(db, filter, ct), figures,
            Lines(byLead, id => id.ToString(), id => leadNames.GetValueOrDefault(id, "")),
            Lines(byOwner, id => id == "" ? null : id, id => id == "" ? "(chưa giao người chủ trì)" : ownerNames.GetValueOrDefault(id, id)),
            Lines(byLeader, _ => null, name => name),
            Lines(byDocument, id => id == 0 ? null : id.ToString(), id => id == 0 ? "(không có văn bản giao)" : documentNames.GetValueOrDefault(id, "")),
            await OverdueAsync(db, scope, actor, period, filter, asOf, top, ct), groups);
    }

    /// <summary>The tasks overdue on the day, the longest late first.</summary>
    private static async Task<List<OverdueTask>> OverdueAsync(
        CauNoiDb db, Scope scope, Actor? actor, ReportPeriod period, Filter filter, DateOnly asOf, int? top, CancellationToken ct)
    {
        var overdue = Filtered(db, scope, actor, new TaskFilter(Lead: filter.Lead, Leader: filter.Leader, Owner: filter.Owner, Document: filter.Document,
            From: period.From, To: period.To, Status: WorkTaskStatus.Overdue, AsOf: asOf), asOf);
        // The first ids are picked from the index alone, then only their rows are read.
        if (top is { } n)
        {
            var first = overdue.OrderBy(t => t.JudgedDueOn).ThenBy(t => t.Id).Take(n).Select(t => t.Id);
            overdue = db.Tasks.Where(t => first.Contains(t.Id));
        }
        var rows = await overdue.OrderBy(t => t.JudgedDueOn).ThenBy(t => t.Id).Select(t => new
        {
            t.Id, t.Title, t.OriginalDueOn, t.DueOn, t.JudgedDueOn,
            Lead = db.Organisations.Where(o => o.Id == t.LeadOrganisationId).Select(o => o.Name).First(),
            Owner = db.Users.Where(u => u.Id == t.OwnerId).Select(u => u.FullName).FirstOrDefault(),
        }).ToListAsync(ct);
        return [.. rows.Select(r => new OverdueTask(r.Id, WorkTask.FormatNumber(r.Id), r.Title, r.Lead, r.Owner, r.OriginalDueOn, r.DueOn,
            asOf.DayNumber - r.JudgedDueOn.DayNumber))];
    }

    /// <summary>"Đơn vị chủ trì: Cục Điện lực; người chủ trì: …", or that the report covers every task the caller sees.</summary>
    private static async Task<string> DescribeAsync(CauNoiDb db, Filter f, CancellationToken ct)
    {
        var parts = new List<string>();
        if (f.Lead is { } lead) parts.Add("đơn vị chủ trì: " + (await db.Organisations.Where(o => o.Id == lead).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? lead.ToString()));
        if (!string.IsNullOrWhiteSpace(f.Leader)) parts.Add("lãnh đạo giao: " + (await db.Users.Where(u => u.Id == f.Leader).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? f.Leader));
        if (!string.IsNullOrWhiteSpace(f.Owner)) parts.Add("người chủ trì: " + (await db.Users.Where(u => u.Id == f.Owner).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? f.Owner));
        if (f.Document is { } document) parts.Add("văn bản giao: " + (await db.Documents.Where(d => d.Id == document).Select(d => d.Number).FirstOrDefaultAsync(ct) ?? document.ToString()));
        return parts.Count == 0 ? "Các nhiệm vụ trong phạm vi theo dõi của đơn vị" : char.ToUpper(parts[0][0], VietnameseText.Culture) + string.Join("; ", parts)[1..];
    }

    /// <summary>Most tasks first, then by name.</summary>
    private static List<Line> Lines<TKey>(List<KeyValuePair<TKey, TaskFigures>> groups, Func<TKey, string?> id, Func<TKey, string> name) where TKey : notnull =>
        [.. groups.Select(g => new Line(id(g.Key), name(g.Key), g.Value)).OrderByDescending(l => l.Figures.Total).ThenBy(l => l.Name, StringComparer.Create(VietnameseText.Culture, false))];
}
