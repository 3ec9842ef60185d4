namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The khuyến công figures of a plan year, computed once and shown by the page, the JSON, the .xlsx and the .docx: for the
/// country (or the caller's province) and each province, the proposals by stage, the budget (planned by the plans, requested,
/// approved in force, first approved, disbursed, settled) and the plan completion rate; the outputs summed by kind and unit;
/// the proposals stopped or adjusted with their reasons. Grouped in the database: one query by province and stage, one for
/// the outputs, one for the stops and adjustments, one for the plans' budgets.
/// </summary>
/// <param name="Kind">The plan kind asked (national or local plans), or none for both.</param>
/// <param name="ProvinceCode">The province asked, or the department's own; none for the country.</param>
/// <param name="Total">The area's line: the country's (with the national plan's budget), or the province's.</param>
/// <param name="Provinces">Each province's line by the statistics office's code (a Ministry unit's proposals without a province last).</param>
/// <param name="Changes">The stops and each adjustment, by province and code; the page shows the first <see cref="ChangesShown"/>.</param>
public sealed record PromotionFigures(int Year, PlanKind? Kind, string? ProvinceCode, string Area, PromotionFigures.Line Total,
    IReadOnlyList<PromotionFigures.Line> Provinces, IReadOnlyList<PromotionFigures.Output> Outputs, IReadOnlyList<PromotionFigures.Change> Changes)
{
    /// <summary>The first plan year the figures answer for.</summary>
    public const int FirstYear = 2000;

    /// <summary>The code of the line of proposals without a province (a Ministry unit's own).</summary>
    public const string Central = "central";

    /// <summary>How many stops and adjustments the page lists; the exports list them all.</summary>
    public const int ChangesShown = 200;

    public const string Formula = "Tỷ lệ hoàn thành kế hoạch = Kinh phí nhà nước của các đề án đã nghiệm thu hoặc quyết toán ÷ Kinh phí nhà nước được phê duyệt "
        + "lần đầu của mọi đề án đã được phê duyệt (kể cả đề án dừng thực hiện)";

    public const string Symbols = "Tỷ lệ (%) = Σ (KP trung ương + KP địa phương được duyệt) của đề án đã nghiệm thu, đã quyết toán ÷ Σ KP nhà nước phê duyệt lần đầu "
        + "của đề án đã phê duyệt, đang thực hiện, đã nghiệm thu, đã quyết toán, dừng thực hiện × 100, làm tròn một chữ số thập phân";

    /// <summary>One line of the table: counts by stage, then amounts in triệu đồng.</summary>
    /// <param name="Adjusted">Proposals adjusted at least once after approval (whatever their stage now).</param>
    /// <param name="PlannedNational">The plans' own budgets by source: a province's local plan; the total adds the national plan's.</param>
    /// <param name="RequestedState">National + local funds requested by every proposal registered.</param>
    /// <param name="ApprovedState">National + local funds in force of the proposals approved and not stopped.</param>
    /// <param name="FirstApprovedState">State funds as first approved of every proposal ever approved: the completion rate's denominator.</param>
    /// <param name="CompletedState">State funds in force of the proposals accepted or settled: the completion rate's numerator.</param>
    public sealed record Line(string Code, string Name,
        int Registered, int Appraised, int Rejected, int Approved, int InProgress, int Accepted, int Settled, int Stopped, int Adjusted,
        decimal PlannedNational, decimal PlannedLocal, decimal PlannedCounterpart,
        decimal RequestedState, decimal RequestedCounterpart, decimal ApprovedState, decimal ApprovedCounterpart,
        decimal FirstApprovedState, decimal Disbursed, decimal SettledFunds, decimal CompletedState)
    {
        public int Proposals => Registered + Appraised + Rejected + Approved + InProgress + Accepted + Settled + Stopped;

        /// <summary>The plan completion rate in per cent, to one decimal; none when nothing was ever approved.</summary>
        public decimal? Completion => Rate(CompletedState, FirstApprovedState);

        public int Count(ProposalStage stage) => stage switch
        {
            ProposalStage.Registered => Registered, ProposalStage.Appraised => Appraised, ProposalStage.Rejected => Rejected,
            ProposalStage.Approved => Approved, ProposalStage.InProgress => InProgress, ProposalStage.Accepted => Accepted,
            ProposalStage.Settled => Settled, ProposalStage.Stopped => Stopped, _ => 0,
        };

        public static Line Zero(string code, string name) => new(code, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /// <summary>The lines added up; the plans' budgets are added by the caller (the national plan belongs to no province).</summary>
        public static Line Sum(string code, string name, IEnumerable<Line> lines) => lines.Aggregate(Zero(code, name), (s, l) => s with
        {
            Registered = s.Registered + l.Registered, Appraised = s.Appraised + l.Appraised, Rejected = s.Rejected + l.Rejected,
            Approved = s.Approved + l.Approved, InProgress = s.InProgress + l.InProgress, Accepted = s.Accepted + l.Accepted,
            Settled = s.Settled + l.Settled, Stopped = s.Stopped + l.Stopped, Adjusted = s.Adjusted + l.Adjusted,
            PlannedNational = s.PlannedNational + l.PlannedNational, PlannedLocal = s.PlannedLocal + l.PlannedLocal, PlannedCounterpart = s.PlannedCounterpart + l.PlannedCounterpart,
            RequestedState = s.RequestedState + l.RequestedState, RequestedCounterpart = s.RequestedCounterpart + l.RequestedCounterpart,
            ApprovedState = s.ApprovedState + l.ApprovedState, ApprovedCounterpart = s.ApprovedCounterpart + l.ApprovedCounterpart,
            FirstApprovedState = s.FirstApprovedState + l.FirstApprovedState, Disbursed = s.Disbursed + l.Disbursed,
            SettledFunds = s.SettledFunds + l.SettledFunds, CompletedState = s.CompletedState + l.CompletedState,
        });
    }

    /// <summary>An output kind in its unit: promised by the proposals approved and not stopped, achieved by those accepted or settled.</summary>
    public sealed record Output(OutputKind Kind, string Name, string Unit, decimal Promised, decimal Achieved, int Proposals);

    /// <summary>A stop or one adjustment of a proposal, with its reason (the stop's reason; the adjustment's note).</summary>
    public sealed record Change(string Code, string? ProvinceCode, string ProvinceName, PromotionActivity Activity, string ActivityName,
        ProposalStep Step, string StepName, DateOnly? On, string Reason);

    /// <summary>The stages the completion rate's denominator counts: every proposal ever approved.</summary>
    public static readonly ProposalStage[] EverApproved =
        [ProposalStage.Approved, ProposalStage.InProgress, ProposalStage.Accepted, ProposalStage.Settled, ProposalStage.Stopped];

    /// <summary>A rate in per cent to one decimal, as every page and export shows it; none without a denominator.</summary>
    public static decimal? Rate(decimal part, decimal whole) => whole > 0 ? Math.Round(part / whole * 100, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The area the figures cover, and the kind of plans, as titles say it.</summary>
    public string Subject => (Kind is { } k ? "k" + PromotionNames.Of(k)[1..] : "kế hoạch khuyến công quốc gia và địa phương")
        + $" năm {Year}, " + (ProvinceCode is null ? "cả nước" : Area);

    /// <summary>Where the figures come from, as every table states it.</summary>
    public string Provenance => "Số liệu tổng hợp từ các đề án khuyến công đã ghi nhận trong hệ thống (Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP), "
        + $"theo năm kế hoạch {Year}; kinh phí tính bằng {PromotionNames.Money}. Kinh phí nhà nước gồm kinh phí khuyến công quốc gia và địa phương; "
        + "kinh phí được duyệt là kinh phí đang có hiệu lực (sau điều chỉnh) của các đề án đã phê duyệt, chưa dừng; kết quả cam kết là của các đề án đã phê duyệt, "
        + "chưa dừng; kết quả đạt được là của các đề án đã nghiệm thu hoặc quyết toán. " + Formula + ".";

    /// <summary>The year shown when none is asked: this year's plans.</summary>
    public static int DefaultYear(DateOnly today) => today.Year;

    /// <summary>Why a year cannot be asked, or null when it can: from <see cref="FirstYear"/> to next year (plans are made a year ahead).</summary>
    public static string? Refusal(int year, DateOnly today) => year < FirstYear || year > today.Year + 1
        ? $"Năm kế hoạch {year} không hợp lệ: chọn một năm từ {FirstYear} đến {today.Year + 1}."
        : null;

    /// <summary>
    /// The figures for <paramref name="year"/>. <paramref name="province"/> narrows to one province (its proposals in any plan and
    /// its local plan's budget); without it the country's total adds the proposals without a province and the national plan's budget.
    /// The caller's scope has been applied by <see cref="PromotionFiguresScope"/>: a department always passes its own province.
    /// </summary>
    public static async Task<PromotionFigures> ReadAsync(CauNoiDb db, int year, PlanKind? kind, string? province, CancellationToken ct)
    {
        var provinces = await db.Provinces.AsNoTracking().Where(p => province == null || p.Code == province)
            .Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        provinces = [.. provinces.OrderBy(p => p.Code, StringComparer.Ordinal)];
        var names = provinces.ToDictionary(p => p.Code, p => p.Name);

        var plans = db.PromotionPlans.AsNoTracking().Where(p => p.Year == year);
        if (kind is { } k) plans = plans.Where(p => p.Kind == k);
        var proposals = db.PromotionProposals.AsNoTracking().Where(p => plans.Select(x => x.Id).Contains(p.PlanId));
        if (province is not null) proposals = proposals.Where(p => p.ProvinceCode == province);

        var budgets = await plans.Where(p => province == null || p.ProvinceCode == province)
            .GroupBy(p => p.ProvinceCode)
            .Select(g => new { Code = g.Key, National = g.Sum(p => p.BudgetNational), Local = g.Sum(p => p.BudgetLocal), Counterpart = g.Sum(p => p.BudgetCounterpart) })
            .ToListAsync(ct);

        var groups = await proposals
            .GroupBy(p => new { p.ProvinceCode, p.Stage })
            .Select(g => new
            {
                g.Key.ProvinceCode, g.Key.Stage, Count = g.Count(), Adjusted = g.Count(p => p.Adjustments > 0),
                RequestedState = g.Sum(p => p.RequestedNational + p.RequestedLocal), RequestedCounterpart = g.Sum(p => p.RequestedCounterpart),
                ApprovedState = g.Sum(p => (p.ApprovedNational ?? 0) + (p.ApprovedLocal ?? 0)), ApprovedCounterpart = g.Sum(p => p.ApprovedCounterpart ?? 0),
                FirstApproved = g.Sum(p => p.FirstApprovedStateFunds ?? 0), Disbursed = g.Sum(p => p.Disbursed), Settled = g.Sum(p => p.Settled ?? 0),
            })
            .ToListAsync(ct);

        Line LineOf(string? code, string name)
        {
            var line = Line.Zero(code ?? Central, name);
            foreach (var g in groups.Where(g => g.ProvinceCode == code))
            {
                var approved = g.Stage is ProposalStage.Approved or ProposalStage.InProgress or ProposalStage.Accepted or ProposalStage.Settled;
                var done = g.Stage is ProposalStage.Accepted or ProposalStage.Settled;
                line = line with
                {
                    Registered = line.Registered + (g.Stage == ProposalStage.Registered ? g.Count : 0),
                    Appraised = line.Appraised + (g.Stage == ProposalStage.Appraised ? g.Count : 0),
                    Rejected = line.Rejected + (g.Stage == ProposalStage.Rejected ? g.Count : 0),
                    Approved = line.Approved + (g.Stage == ProposalStage.Approved ? g.Count : 0),
                    InProgress = line.InProgress + (g.Stage == ProposalStage.InProgress ? g.Count : 0),
                    Accepted = line.Accepted + (g.Stage == ProposalStage.Accepted ? g.Count : 0),
                    Settled = line.Settled + (g.Stage == ProposalStage.Settled ? g.Count : 0),
                    Stopped = line.Stopped + (g.Stage == ProposalStage.Stopped ? g.Count : 0),
                    Adjusted = line.Adjusted + g.Adjusted,
                    RequestedState = line.RequestedState + g.RequestedState, RequestedCounterpart = line.RequestedCounterpart + g.RequestedCounterpart,
                    ApprovedState = line.ApprovedState + (approved ? g.ApprovedState : 0), ApprovedCounterpart = line.ApprovedCounterpart + (approved ? g.ApprovedCounterpart : 0),
                    FirstApprovedState = line.FirstApprovedState + (EverApproved.Contains(g.Stage) ? g.FirstApproved : 0),
                    Disbursed = line.Disbursed + g.Disbursed, SettledFunds = line.SettledFunds + g.Settled,
                    CompletedState = line.CompletedState + (done ? g.ApprovedState : 0),
                };
            }
            return budgets.FirstOrDefault(b => b.Code == code) is { } b
                ? line with { PlannedNational = b.National, PlannedLocal = b.Local, PlannedCounterpart = b.Counterpart }
                : line;
        }

        var lines = provinces.Select(p => LineOf(p.Code, p.Name)).ToList();
        if (province is null && (groups.Any(g => g.ProvinceCode == null) || budgets.Any(b => b.Code == null)))
            lines.Add(LineOf(null, "Đơn vị trung ương và kế hoạch quốc gia"));
        var area = province is null ? "Cả nước" : names.GetValueOrDefault(province, province);
        var total = Line.Sum("total", area, lines);
        var shown = province is null ? lines : [.. lines.Where(l => l.Code != Central)];

        var outputs = await db.ProposalOutputs.AsNoTracking()
            .Join(proposals.Where(p => p.Stage == ProposalStage.Approved || p.Stage == ProposalStage.InProgress || p.Stage == ProposalStage.Accepted || p.Stage == ProposalStage.Settled),
                o => o.ProposalId, p => p.Id, (o, p) => new { o.Kind, o.Unit, o.Promised, o.Achieved, Done = p.Stage == ProposalStage.Accepted || p.Stage == ProposalStage.Settled, o.ProposalId })
            .GroupBy(o => new { o.Kind, o.Unit })
            .Select(g => new { g.Key.Kind, g.Key.Unit, Promised = g.Sum(o => o.Promised), Achieved = g.Sum(o => o.Done ? o.Achieved ?? 0 : 0), Proposals = g.Select(o => o.ProposalId).Distinct().Count() })
            .ToListAsync(ct);

        var stops = await proposals.Where(p => p.Stage == ProposalStage.Stopped)
            .Select(p => new { p.Code, p.ProvinceCode, p.Activity, Step = ProposalStep.Stop, On = p.StoppedOn, Reason = p.StopReason })
            .ToListAsync(ct);
        var adjustments = await db.ProposalEvents.AsNoTracking().Where(e => e.Step == ProposalStep.Adjust)
            .Join(proposals.Where(p => p.Adjustments > 0), e => e.ProposalId, p => p.Id,
                (e, p) => new { p.Code, p.ProvinceCode, p.Activity, e.Step, e.OnDate, e.At, e.Note })
            .ToListAsync(ct);
        var changes = stops.Select(s => new Change(s.Code, s.ProvinceCode, ProvinceName(s.ProvinceCode), s.Activity, PromotionNames.Of(s.Activity),
                s.Step, PromotionNames.Of(s.Step), s.On, s.Reason ?? ""))
            .Concat(adjustments.Select(a => new Change(a.Code, a.ProvinceCode, ProvinceName(a.ProvinceCode), a.Activity, PromotionNames.Of(a.Activity),
                a.Step, PromotionNames.Of(a.Step), a.OnDate ?? VietnamTime.DayOf(a.At), a.Note ?? "")))
            .OrderBy(c => c.ProvinceCode ?? "~", StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.On).ThenBy(c => c.Step)
            .ToList();

        return new PromotionFigures(year, kind, province, area, total with { Name = area }, shown,
            [.. outputs.OrderBy(o => o.Kind).ThenBy(o => o.Unit, StringComparer.Ordinal)
                .Select(o => new Output(o.Kind, PromotionNames.Of(o.Kind), o.Unit, o.Promised, o.Achieved, o.Proposals))],
            changes);

        string ProvinceName(string? code) => code is null ? "Trung ương" : names.GetValueOrDefault(code, code);
    }
}
