using CauNoi.Web.Features.Recommendations;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Reports;

/// <summary>
/// The figures of the weekly review (họp đánh giá định kỳ hằng tuần) and of the report to the Government,
/// over one period and the caller's scope. Computed here only: the dashboard, the JSON, the .xlsx and the
/// .docx all show this record, so their numbers are equal by construction.
/// <para>For a period From–To (both days included) whose cut-off day is To, or today while the period runs:</para>
/// <list type="bullet">
/// <item>Received: received (ReceivedOn) within the period, whatever became of it since.</item>
/// <item>Answered on time / late: answered (AnsweredOn) within the period and the answer still standing
/// (status Answered or Closed); on time when AnsweredOn ≤ DueOn. A reopened answer no longer counts until answered again.</item>
/// <item>Open at the end: received by To and not finished by the end of To. Finished is answered (Answered or Closed,
/// AnsweredOn ≤ To) or closed otherwise (outside the Ministry's remit, merged as a duplicate; ClosedAt before the
/// midnight after To, Vietnam time).</item>
/// <item>Overdue at the end: open at the end, the clock running (not waiting for the locality; pauses are not dated,
/// so this is the current status) and DueOn before the cut-off day. Days overdue: calendar days from DueOn to the cut-off day.</item>
/// </list>
/// Rows by province, by unit (routed to now), by field and by focal leader (recorded on the recommendation) add up to the totals.
/// </summary>
public sealed record WeeklyReport(
    ReportPeriod Period, DateOnly CutOff, ReportPeriod PreviousPeriod, string Coverage,
    WeeklyReport.Figures Totals, WeeklyReport.Figures PreviousTotals, WeeklyReport.Figures Change,
    IReadOnlyList<WeeklyReport.Row> ByProvince, IReadOnlyList<WeeklyReport.Row> ByUnit,
    IReadOnlyList<WeeklyReport.Row> ByField, IReadOnlyList<WeeklyReport.Row> ByFocalLeader,
    IReadOnlyList<WeeklyReport.OverdueItem> Overdue)
{
    public sealed record Figures(int Received, int AnsweredOnTime, int AnsweredLate, int Open, int Overdue)
    {
        public int Answered => AnsweredOnTime + AnsweredLate;
        public static readonly Figures Zero = new(0, 0, 0, 0, 0);
        public static Figures operator +(Figures a, Figures b) =>
            new(a.Received + b.Received, a.AnsweredOnTime + b.AnsweredOnTime, a.AnsweredLate + b.AnsweredLate, a.Open + b.Open, a.Overdue + b.Overdue);
        public static Figures operator -(Figures a, Figures b) =>
            new(a.Received - b.Received, a.AnsweredOnTime - b.AnsweredOnTime, a.AnsweredLate - b.AnsweredLate, a.Open - b.Open, a.Overdue - b.Overdue);
    }

    /// <summary>A figure's name in the JSON, its label in a sentence or a summary, and its short column heading.</summary>
    public sealed record Measure(string Name, string Label, string Heading, Func<Figures, int> Of);

    /// <summary>The figures in the order, and with the labels, every output shows them.</summary>
    public static readonly IReadOnlyList<Measure> Measures =
    [
        new("Received", "Tiếp nhận trong kỳ", "Tiếp nhận", f => f.Received),
        new("Answered", "Đã trả lời trong kỳ", "Đã trả lời", f => f.Answered),
        new("AnsweredOnTime", "Trả lời đúng hạn", "Trả lời đúng hạn", f => f.AnsweredOnTime),
        new("AnsweredLate", "Trả lời quá hạn", "Trả lời quá hạn", f => f.AnsweredLate),
        new("Open", "Đang xử lý cuối kỳ", "Đang xử lý cuối kỳ", f => f.Open),
        new("Overdue", "Quá hạn cuối kỳ", "Quá hạn cuối kỳ", f => f.Overdue),
    ];

    public sealed record Row(string Key, string Name, Figures Figures);

    /// <summary>One table of rows: its title (the sheet's name) and the heading of its first column.</summary>
    public sealed record Breakdown(string Id, string Title, string Heading, IReadOnlyList<Row> Rows);

    /// <summary>The four tables, in the order every output shows them.</summary>
    public IReadOnlyList<Breakdown> Breakdowns() =>
    [
        new("by-province", "Theo tỉnh", "Tỉnh, thành phố", ByProvince),
        new("by-unit", "Theo đơn vị", "Đơn vị xử lý", ByUnit),
        new("by-field", "Theo lĩnh vực", "Lĩnh vực", ByField),
        new("by-focal-leader", "Theo lãnh đạo phụ trách", "Lãnh đạo phụ trách", ByFocalLeader),
    ];

    public sealed record OverdueItem(int Id, string Number, string Title, string ProvinceName, string UnitName, DateOnly DueOn, int DaysOverdue);

    public const string NoFocalLeader = "(Chưa có lãnh đạo phụ trách)";

    public static async Task<WeeklyReport> ComputeAsync(CauNoiDb db, Scope scope, ReportPeriod period, DateOnly today, CancellationToken ct = default)
    {
        var visible = db.Recommendations.VisibleTo(scope);
        var cutOff = CutOffOf(period, today);
        var tallies = await TallyAsync(visible, period, cutOff, ct);
        var previous = period.Previous();
        var previousTotals = await TotalsAsync(visible, previous, CutOffOf(previous, today), ct);
        var totals = Sum(tallies);

        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var fields = await db.FieldsOfWork.ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var unitIds = tallies.Select(t => t.UnitId).Distinct().ToList();
        var units = await db.Organisations.Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var leaderIds = tallies.Select(t => t.LeaderId).OfType<string>().Distinct().ToList();
        var leaders = await db.Users.Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);

        // Which ones are overdue is read from the report index alone; only their titles come from the rows themselves.
        var overdueRows = await Classify(visible, period, cutOff).Where(c => c.Overdue)
            .Select(c => new { c.Id, c.ProvinceCode, c.UnitId, c.DueOn }).ToListAsync(ct);
        var overdueIds = overdueRows.Select(c => c.Id).ToList();
        var titles = await db.Recommendations.Where(r => overdueIds.Contains(r.Id)).Select(r => new { r.Id, r.Title })
            .ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        var overdue = overdueRows.OrderBy(c => c.DueOn).ThenBy(c => c.Id)
            .Select(c => new OverdueItem(c.Id, Recommendation.FormatNumber(c.Id), titles[c.Id], provinces[c.ProvinceCode],
                units.GetValueOrDefault(c.UnitId, ""), c.DueOn, cutOff.DayNumber - c.DueOn.DayNumber))
            .ToList();

        return new WeeklyReport(period, cutOff, previous, await CoverageAsync(db, scope, ct),
            totals, previousTotals, totals - previousTotals,
            Rows(tallies, t => (t.ProvinceCode, provinces[t.ProvinceCode])),
            Rows(tallies, t => (Invariant(t.UnitId), units.GetValueOrDefault(t.UnitId, ""))),
            Rows(tallies, t => (Invariant(t.FieldId), fields.GetValueOrDefault(t.FieldId, ""))),
            Rows(tallies, t => (t.LeaderId ?? "", t.LeaderId is null ? NoFocalLeader : leaders.GetValueOrDefault(t.LeaderId, ""))),
            overdue);
    }

    /// <summary>The day open and overdue are judged on: the period's last day, or today while the period has not ended.</summary>
    public static DateOnly CutOffOf(ReportPeriod period, DateOnly today) => period.To < today ? period.To : today;

    private sealed record Tally(string ProvinceCode, int UnitId, int FieldId, string? LeaderId, Figures Figures);

    /// <summary>One GROUP BY in the database over province, unit, field and focal leader; every table is summed from it.</summary>
    private static async Task<List<Tally>> TallyAsync(IQueryable<Recommendation> visible, ReportPeriod period, DateOnly cutOff, CancellationToken ct) =>
        await Classify(visible, period, cutOff)
            .Where(c => c.Received || c.AnsweredOnTime || c.AnsweredLate || c.Open)
            .GroupBy(c => new { c.ProvinceCode, c.UnitId, c.FieldId, c.LeaderId })
            .Select(g => new Tally(g.Key.ProvinceCode, g.Key.UnitId, g.Key.FieldId, g.Key.LeaderId, new Figures(
                g.Count(c => c.Received), g.Count(c => c.AnsweredOnTime), g.Count(c => c.AnsweredLate), g.Count(c => c.Open), g.Count(c => c.Overdue))))
            .ToListAsync(ct);

    /// <summary>The same counts for the whole scope in one row: the previous period needs no breakdown.</summary>
    private static async Task<Figures> TotalsAsync(IQueryable<Recommendation> visible, ReportPeriod period, DateOnly cutOff, CancellationToken ct) =>
        await Classify(visible, period, cutOff)
            .GroupBy(c => 1)
            .Select(g => new Figures(
                g.Count(c => c.Received), g.Count(c => c.AnsweredOnTime), g.Count(c => c.AnsweredLate), g.Count(c => c.Open), g.Count(c => c.Overdue)))
            .FirstOrDefaultAsync(ct) ?? Figures.Zero;

    /// <summary>What one recommendation counts for in the period.</summary>
    private sealed class Classified
    {
        public int Id { get; init; }
        public string ProvinceCode { get; init; } = "";
        public int UnitId { get; init; }
        public int FieldId { get; init; }
        public string? LeaderId { get; init; }
        public DateOnly DueOn { get; init; }
        public bool Received { get; init; }
        public bool AnsweredOnTime { get; init; }
        public bool AnsweredLate { get; init; }
        public bool Open { get; init; }
        public bool Overdue { get; init; }
    }

    /// <summary>The definitions in the summary above, as SQL.</summary>
    private static IQueryable<Classified> Classify(IQueryable<Recommendation> visible, ReportPeriod period, DateOnly cutOff)
    {
        var (from, to) = (period.From, period.To);
        var endOfTo = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Zone);
        S[] answered = [S.Answered, S.Closed], closedOtherwise = [S.OutsideRemit, S.MergedAsDuplicate];
        return visible
            .Where(r => r.ReceivedOn <= to)
            .Select(r => new
            {
                r,
                Answered = answered.Contains(r.Status) && r.AnsweredOn >= from && r.AnsweredOn <= to,
                Open = !(answered.Contains(r.Status) && r.AnsweredOn <= to) && !(closedOtherwise.Contains(r.Status) && r.ClosedAt < endOfTo),
            })
            .Select(x => new Classified
            {
                Id = x.r.Id, ProvinceCode = x.r.ProvinceCode, UnitId = x.r.RoutedUnitId, FieldId = x.r.FieldId,
                LeaderId = x.r.FocalLeaderId, DueOn = x.r.DueOn,
                Received = x.r.ReceivedOn >= from,
                AnsweredOnTime = x.Answered && x.r.AnsweredOn <= x.r.DueOn,
                AnsweredLate = x.Answered && x.r.AnsweredOn > x.r.DueOn,
                Open = x.Open,
                Overdue = x.Open && x.r.Status != S.NeedsInformation && x.r.DueOn < cutOff,
            });
    }

    private static Figures Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(Figures.Zero, (sum, t) => sum + t.Figures);

    /// <summary>One row per key, in Vietnamese name order; the row without a key (no focal leader) last.</summary>
    private static List<Row> Rows(IEnumerable<Tally> tallies, Func<Tally, (string Key, string Name)> row) =>
        tallies.GroupBy(row).Select(g => new Row(g.Key.Key, g.Key.Name, Sum(g)))
            .OrderBy(r => r.Key.Length == 0).ThenBy(r => r.Name, VietnameseText.Order).ToList();

    private static string Invariant(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whose recommendations the figures cover, said in words for the page and the documents.</summary>
    private static async Task<string> CoverageAsync(CauNoiDb db, Scope scope, CancellationToken ct)
    {
        if (scope.SeesAll) return "Toàn quốc";
        var parts = new List<string>();
        if (scope.UnitId is { } unit)
            parts.Add("kiến nghị giao " + await db.Organisations.Where(o => o.Id == unit).Select(o => o.Name).FirstOrDefaultAsync(ct));
        if (scope.ProvinceCodes.Count > 0)
        {
            var codes = scope.ProvinceCodes.ToList();
            var names = await db.Provinces.Where(p => codes.Contains(p.Code)).Select(p => p.Name).ToListAsync(ct);
            parts.Add("kiến nghị của " + string.Join(", ", names.Order(VietnameseText.Order)));
        }
        if (scope.CommuneCode is { } commune)
            parts.Add("kiến nghị của " + await db.Communes.Where(c => c.Code == commune).Select(c => c.Name + ", " + c.Province!.Name).FirstOrDefaultAsync(ct));
        var text = parts.Count == 0 ? "không có kiến nghị nào trong phạm vi" : string.Join(" và ", parts);
        return char.ToUpper(text[0], VietnameseText.Culture) + text[1..];
    }
}
