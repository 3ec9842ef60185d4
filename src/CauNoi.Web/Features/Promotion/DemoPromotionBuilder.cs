using System.Globalization;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Councils;
using static CauNoi.Web.Features.Promotion.DemoPromotionWords;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// Makes the khuyến công demo data (<see cref="DemoPromotion"/>): the 2023 national plan walked to the year's end, the 2026
/// national plan in progress with its appraisal councils, and Hà Nội's 2026 local plan. One seeded <see cref="Random"/>.
/// </summary>
public sealed class DemoPromotionBuilder(Random rng, DemoPromotionWorld world)
{
    public sealed record Result(List<PromotionPlan> Plans, List<DemoCouncilWriter.Draft> Councils);

    /// <summary>The base-level appraisal criteria the system offers by default (4 criteria, 100 points).</summary>
    public static readonly (string Name, decimal Max)[] AppraisalCriteria =
    [
        ("Sự cần thiết, tính phù hợp của đề án với nội dung khuyến công và định hướng phát triển của địa phương", 30),
        ("Tính khả thi của nội dung, tiến độ và dự toán kinh phí", 25),
        ("Hiệu quả kinh tế – xã hội, khả năng nhân rộng và lan tỏa", 25),
        ("Năng lực của đơn vị thực hiện và cơ sở thụ hưởng, khả năng bố trí vốn đối ứng", 20),
    ];
    public const decimal AppraisalPassMark = 50;
    public const string DefaultCriteria = "Bộ tiêu chí mặc định của hệ thống";

    private static readonly CultureInfo Vi = VietnameseText.Culture;
    private DemoPromotionWorld.Person Keeper => world.User("lanhdao.khuyencong");
    private DemoPromotionWorld.Person Officer => world.User("cuc.khuyencong");

    public Result Build()
    {
        var councils = new List<DemoCouncilWriter.Draft>();
        var plans = new List<PromotionPlan> { National2023() };
        var (national, local) = (National2026(), HaNoiLocal2026());
        plans.Add(national);
        plans.Add(local);
        councils.AddRange(Councils2026());
        return new Result(plans, councils);
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
    private int Between(int min, int max) => rng.Next(min, max + 1);
    private DateOnly Day(DateOnly from, int days) => from.AddDays(rng.Next(days + 1));
    private string Person() => DemoNames.Person(rng.Next(500));
    private static string Money(decimal m) => m.ToString("#,##0", Vi);

    /// <summary>The department officer who registers and reports for a province (today's), or the Ministry's officer.</summary>
    private DemoPromotionWorld.Person Implementer(string? province) =>
        province is not null && world.Officers.TryGetValue(province, out var officer) ? officer : Officer;

    private static ProposalEvent Event(ProposalStep step, DateOnly on, DemoPromotionWorld.Person by, string? note = null, string? number = null,
        DateOnly? onDate = null, int? percent = null, decimal? amount = null) =>
        new() { Step = step, At = At(on), ById = by.Id, ByName = by.FullName, Note = note, Number = number, OnDate = onDate, Percent = percent, Amount = amount };

    // ---------------------------------------------------------------- 2023

    private PromotionPlan National2023()
    {
        var plan = new PromotionPlan
        {
            Year = 2023, Kind = PlanKind.National, Title = "Kế hoạch khuyến công quốc gia năm 2023" + DemoPromotion.TitleSuffix,
            DecisionNumber = DemoPromotion.PlanDecision2023, DecidedOn = D(2022, 12, 29), RegistrationDeadline = D(2022, 7, 31),
            Note = DemoPromotion.Label + "Kế hoạch minh họa: số quyết định, đề án, cơ sở thụ hưởng và kinh phí do hệ thống tạo ra, không phải số liệu thực tế; "
                + "tỷ lệ hoàn thành theo báo cáo năm 2023 của Cục (khoảng 99% kế hoạch).",
            CreatedById = Officer.Id, CreatedAt = At(D(2022, 5, 16)), UpdatedAt = At(D(2024, 3, 29)), IsDemo = true,
        };
        // Every former province has at least two proposals; the rest go by weight (the delta and the north-centre more).
        var slots = new List<DemoPromotionWorld.Former>();
        foreach (var f in world.Formers) slots.AddRange([f, f]);
        var weights = world.Formers.Select(f => 1 + rng.NextDouble() * 2 + (f.Code is "01" or "26" or "27" or "30" or "33" or "34" or "35" or "36" or "38" or "40" ? 2.5 : 0)).ToArray();
        var units = 6;
        while (slots.Count < DemoPromotion.Proposals2023 - units)
        {
            var pick = rng.NextDouble() * weights.Sum();
            var i = 0;
            for (; pick > weights[i]; i++) pick -= weights[i];
            slots.Add(world.Formers[i]);
        }
        var order = slots.OrderBy(_ => rng.Next()).ToList();

        var kinds = Activities2023.SelectMany(a => Enumerable.Repeat(a, a.Count)).ToList();
        // The units' own proposals (no province): the three regional fairs, two study tours and the national broadcast.
        var nationwide = new HashSet<int>();
        int Nth(PromotionActivity kind, int n) => kinds.Select((a, i) => (a, i)).Where(x => x.a.Kind == kind).ElementAt(n).i;
        foreach (var i in new[] { Nth(PromotionActivity.FairsAndExhibitions, 0), Nth(PromotionActivity.FairsAndExhibitions, 1), Nth(PromotionActivity.FairsAndExhibitions, 2),
                     Nth(PromotionActivity.StudyTour, 0), Nth(PromotionActivity.StudyTour, 1), Nth(PromotionActivity.Communication, 0) }) nationwide.Add(i);

        var next = 0;
        for (var i = 0; i < kinds.Count; i++)
        {
            var former = nationwide.Contains(i) ? null : order[next++];
            plan.Proposals.Add(Proposal2023(i + 1, kinds[i], former, nationwide.Contains(i) ? i : -1));
        }
        Walk2023(plan.Proposals);
        plan.BudgetNational = plan.Proposals.Sum(p => p.FirstApprovedStateFunds is null ? 0 : p.ApprovedNational ?? 0);
        plan.BudgetLocal = plan.Proposals.Sum(p => p.FirstApprovedStateFunds is null ? 0 : p.ApprovedLocal ?? 0);
        plan.BudgetCounterpart = plan.Proposals.Sum(p => p.FirstApprovedStateFunds is null ? 0 : p.ApprovedCounterpart ?? 0);
        return plan;
    }

    private static readonly string[] Centres = ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp I", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp II",
        "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp III"];
    private static readonly string[] Regions = ["khu vực phía Bắc", "khu vực miền Trung – Tây Nguyên", "khu vực phía Nam"];

    private PromotionProposal Proposal2023(int n, Activity a, DemoPromotionWorld.Former? former, int unitIndex)
    {
        var spot = former?.Spots[rng.Next(former.Spots.Count)];
        var place = spot is null ? "" : DemoPromotionWorld.Bare(spot.FormerCommuneName);
        var trade = Trades[rng.Next(Trades.Length)];
        var beneficiary = former is null ? "Các cơ sở công nghiệp nông thôn trên cả nước" : Facility(rng, place, trade, Person());
        var where = former is null
            ? (a.Kind == PromotionActivity.FairsAndExhibitions ? Regions[unitIndex % 3] : "toàn quốc")
            : $"tỉnh {former.ShortName}".Replace("tỉnh Thành phố ", "thành phố ");
        if (former is not null && former.Name.StartsWith("Thành phố", StringComparison.Ordinal)) where = $"thành phố {former.ShortName}";
        var title = a.Title.Replace("{trade}", trade).Replace("{place}", Commune(spot?.FormerCommuneName)).Replace("{tech}", Techniques[rng.Next(Techniques.Length)])
            .Replace("{beneficiary}", beneficiary).Replace("{product}", Products[rng.Next(Products.Length)]).Replace("{where}", where);
        if (a.Kind == PromotionActivity.ClusterDetailedPlanning) title = $"Hỗ trợ lập quy hoạch chi tiết cụm công nghiệp {place}, tỉnh {former!.ShortName}";
        // Most proposals come from the province's khuyến công centre; machinery and models often from the facility itself.
        var (kind, proposer) = former is null
            ? (ProposerKind.Unit, a.Kind == PromotionActivity.FairsAndExhibitions ? Centres[unitIndex % 3] : "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp I")
            : (a.Kind is PromotionActivity.AdvancedMachinery or PromotionActivity.DemonstrationModel or PromotionActivity.PollutionTreatment) && rng.Next(3) == 0
                ? (ProposerKind.Facility, beneficiary)
                : a.Kind is PromotionActivity.ManagementTraining or PromotionActivity.VocationalTraining && rng.Next(6) == 0
                    ? (ProposerKind.Unit, $"Trường Cao đẳng nghề {former.ShortName}")
                    : (ProposerKind.PromotionCentre, $"Trung tâm Khuyến công {former.ShortName}");
        var national = Round10(Between(a.NationalMin, a.NationalMax));
        var counterpart = a.CounterpartMax == 0 ? 0 : Round10(Between(a.CounterpartMin, a.CounterpartMax));
        var local = a.Kind == PromotionActivity.ClusterDetailedPlanning ? Round10(Between(200, 350)) : 0;
        var promised = Between(a.PromisedMin, a.PromisedMax);
        if (a.Kind == PromotionActivity.AdvancedMachinery && rng.Next(10) == 0) promised = 2;
        if (a.Kind == PromotionActivity.VocationalTraining) promised = Between(2, 3) * Between(25, 35);
        return new PromotionProposal
        {
            Code = $"KCQG-2023-{n:0000}", ProvinceCode = former?.ProvinceCode, FormerProvinceCode = former?.Code,
            CommuneCode = spot?.CommuneCode, ProposerKind = kind, ProposerName = proposer, Activity = a.Kind, Title = title,
            Summary = DemoPromotion.Label + $"Đề án minh họa thuộc Kế hoạch khuyến công quốc gia năm 2023: {title.ToLower(Vi)[..1]}{title[1..]}.",
            BeneficiaryName = beneficiary, BeneficiaryTaxCode = beneficiary.StartsWith("Công ty", StringComparison.Ordinal) ? $"0{rng.Next(100_000_000, 999_999_999)}" : null,
            RequestedNational = national, RequestedLocal = local, RequestedCounterpart = counterpart,
            Outputs = [new ProposalOutput { Kind = a.Output, Unit = a.Unit, Promised = promised, Description = OutputText(a) }],
            CreatedById = Implementer(former?.ProvinceCode).Id, IsDemo = true,
        };
    }

    private static string? OutputText(Activity a) => a.Kind switch
    {
        PromotionActivity.Communication => "Chuyên mục phát sóng trên truyền hình địa phương",
        PromotionActivity.StudyTour => "Lượt cán bộ, chủ cơ sở tham gia đoàn",
        PromotionActivity.PollutionTreatment => "Hệ thống xử lý chất thải được lắp đặt, vận hành",
        PromotionActivity.Other => "Nhiệm vụ tư vấn, trợ giúp kỹ thuật hoàn thành",
        _ => null,
    };

    /// <summary>A commune's name inside a sentence: "Phường Trúc Bạch" → "phường Trúc Bạch".</summary>
    private static string Commune(string? name) => string.IsNullOrEmpty(name) ? "" : char.ToLower(name[0], Vi) + name[1..];

    private static decimal Round10(int amount) => Math.Round(amount / 10m) * 10;

    /// <summary>
    /// The 2023 proposals' year: registered in mid-2022, appraised, five rejected, the rest approved at the plan's decision
    /// (a few in a supplement), carried out with progress reports, several adjusted, four stopped, and the others accepted
    /// and most settled. The stopped proposals' budgets are drawn last, so that the plan's completion rate is
    /// <see cref="DemoPromotion.Completion2023"/>%.
    /// </summary>
    private void Walk2023(List<PromotionProposal> proposals)
    {
        var withProvince = proposals.Where(p => p.ProvinceCode is not null).ToList();
        var rejected = withProvince.OrderBy(_ => rng.Next()).Take(5).ToHashSet();
        var candidates = proposals.Where(p => !rejected.Contains(p)).ToList();
        var stopped = new[] { PromotionActivity.AdvancedMachinery, PromotionActivity.AdvancedMachinery, PromotionActivity.DemonstrationModel, PromotionActivity.VocationalTraining }
            .Select((kind, i) => candidates.Where(p => p.Activity == kind && p.ProvinceCode is not null).ElementAt(3 + i * 5)).ToList();
        var adjusted = candidates.Except(stopped).Where(p => p.Activity is PromotionActivity.AdvancedMachinery or PromotionActivity.VocationalTraining or PromotionActivity.DemonstrationModel)
            .OrderBy(_ => rng.Next()).Take(14).ToList();

        foreach (var p in proposals)
        {
            var by = Implementer(p.ProvinceCode);
            var registered = Day(D(2022, 6, 1), 60);
            p.CreatedAt = At(registered);
            p.Events.Add(Event(ProposalStep.Register, registered, by, "Đăng ký đề án vào kế hoạch khuyến công quốc gia năm 2023."));
            var appraised = Day(registered.AddDays(20), 25);
            var pass = !rejected.Contains(p);
            var average = pass ? 60 + rng.Next(0, 330) / 10m : 32 + rng.Next(0, 150) / 10m;
            p.Events.Add(Event(ProposalStep.Appraise, appraised, by,
                $"Hội đồng thẩm định cấp cơ sở: điểm bình quân {average.ToString("0.0", Vi)}/100, {(pass ? "đạt" : "không đạt")} (điểm đạt {AppraisalPassMark:0})."));
            if (!pass)
            {
                var on = Day(appraised.AddDays(10), 20);
                p.Stage = ProposalStage.Rejected;
                p.StartOn = D(2023, 3, 1);
                p.EndOn = D(2023, 11, 30);
                p.Events.Add(Event(ProposalStep.Reject, on, Keeper, $"Không đưa vào kế hoạch: điểm thẩm định {average.ToString("0.0", Vi)} thấp hơn điểm đạt {AppraisalPassMark:0}; nội dung trùng với đề án đã được hỗ trợ."));
                p.UpdatedAt = At(on);
                continue;
            }
            var supplement = rng.Next(10) == 0;
            var approvedOn = supplement ? D(2023, 3, 10) : D(2022, 12, 29);
            Approve(p, approvedOn, supplement ? "412/QĐ-BCT" : DemoPromotion.PlanDecision2023);
            p.StartOn = Day(approvedOn.AddDays(supplement ? 10 : 30), 30);
            p.EndOn = Day(D(2023, 9, 30), 60);
        }

        foreach (var p in adjusted)
        {
            var (reason, lowers) = AdjustReasons[rng.Next(AdjustReasons.Length)];
            var on = Day(p.StartOn.AddDays(60), 60);
            if (lowers) p.ApprovedNational -= Round10(Between(20, 60));
            else p.EndOn = p.EndOn.AddDays(30) > D(2023, 12, 15) ? D(2023, 12, 15) : p.EndOn.AddDays(30);
            p.Adjustments++;
            p.Events.Add(Event(ProposalStep.Adjust, on, Keeper, reason, number: $"{Between(1100, 2400)}/QĐ-BCT", onDate: on, amount: p.ApprovedNational + p.ApprovedLocal));
        }
        // Two adjusted twice: the programme's pain (seed 003).
        foreach (var p in adjusted.Take(2))
        {
            var on = Day(p.StartOn.AddDays(130), 20);
            p.Adjustments++;
            p.Events.Add(Event(ProposalStep.Adjust, on, Keeper, AdjustReasons[0].Reason, number: $"{Between(2500, 2900)}/QĐ-BCT", onDate: on, amount: p.ApprovedNational + p.ApprovedLocal));
        }

        // The stopped proposals' budgets, so that accepted ÷ first approved is the stated rate (to the tenth).
        var done = proposals.Where(p => p.FirstApprovedStateFunds is not null && !stopped.Contains(p)).ToList();
        var current = done.Sum(p => p.ApprovedNational!.Value + p.ApprovedLocal!.Value);
        var first = done.Sum(p => p.FirstApprovedStateFunds!.Value);
        var share = current / (DemoPromotion.Completion2023 / 100m) - first;
        var parts = stopped.Select(_ => 1 + rng.NextDouble()).ToArray();
        for (var i = 0; i < stopped.Count; i++)
        {
            var p = stopped[i];
            var funds = i < stopped.Count - 1 ? Math.Round(share * (decimal)(parts[i] / parts.Sum())) : share - stopped.Take(i).Sum(s => s.FirstApprovedStateFunds!.Value);
            p.RequestedNational = Math.Round(funds, 2);
            p.ApprovedNational = p.FirstApprovedStateFunds = p.RequestedNational;
            var approval = p.Events.First(e => e.Step == ProposalStep.Approve);
            (approval.Amount, approval.Note) = (p.FirstApprovedStateFunds, ApprovalNote(p));
        }

        foreach (var p in proposals.Where(p => p.FirstApprovedStateFunds is not null))
        {
            var by = Implementer(p.ProvinceCode);
            var funds = p.ApprovedNational!.Value + p.ApprovedLocal!.Value;
            var middle = Day(D(2023, 6, 20), 25);
            var percent = Between(35, 65);
            p.Events.Add(Event(ProposalStep.ReportProgress, middle, by, "Báo cáo tiến độ 6 tháng: đã tổ chức triển khai các nội dung theo kế hoạch.",
                percent: percent, amount: Math.Round(funds * 0.3m)));
            p.Disbursed = Math.Round(funds * 0.3m);
            p.Percent = percent;
            p.Stage = ProposalStage.InProgress;
            if (stopped.Contains(p))
            {
                var on = Day(middle.AddDays(20), 40);
                var reason = StopReasons[p.Activity == PromotionActivity.VocationalTraining ? 3 : stopped.IndexOf(p) % 3];
                p.Stage = ProposalStage.Stopped;
                (p.StoppedOn, p.StopReason) = (on, reason);
                p.Disbursed = 0;
                p.Events[^1] = Event(ProposalStep.ReportProgress, middle, by, "Báo cáo tiến độ 6 tháng: cơ sở chưa triển khai được nội dung chính của đề án.", percent: 10, amount: 0);
                p.Percent = 10;
                p.Events.Add(Event(ProposalStep.Stop, on, Keeper, reason, number: $"{Between(1500, 2200)}/QĐ-BCT", onDate: on));
                p.UpdatedAt = At(on);
                continue;
            }
            var end = p.EndOn.AddDays(-Between(0, 10));
            p.Events.Add(Event(ProposalStep.ReportProgress, end, by, "Đã hoàn thành các nội dung của đề án; đề nghị nghiệm thu.", percent: 100, amount: funds));
            p.Disbursed = funds;
            p.Percent = 100;
            var accepted = Day(end.AddDays(5), 20);
            if (accepted > D(2023, 12, 27)) accepted = D(2023, 12, 27);
            foreach (var o in p.Outputs)
                o.Achieved = o.Kind is OutputKind.PeopleTrained or OutputKind.ManagersTrained or OutputKind.FacilitiesAtFairs
                    ? o.Promised + Between(-2, 3) : o.Promised;
            p.AcceptedOn = accepted;
            p.Stage = ProposalStage.Accepted;
            p.Events.Add(Event(ProposalStep.Accept, accepted, Keeper, "Nghiệm thu: đề án hoàn thành các kết quả đã cam kết.", number: $"{Between(10, 99)}/BB-NT", onDate: accepted));
            p.UpdatedAt = At(accepted);
            if (rng.Next(100) < 86)
            {
                var settled = rng.Next(4) == 0 ? Day(D(2024, 1, 15), 60) : Day(accepted.AddDays(2), 10);
                var amount = rng.Next(5) == 0 ? funds - Round10(Between(0, 15)) : funds;
                (p.Stage, p.SettledOn, p.Settled) = (ProposalStage.Settled, settled, amount);
                p.Events.Add(Event(ProposalStep.Settle, settled, Keeper, "Quyết toán kinh phí khuyến công quốc gia.", onDate: settled, amount: amount));
                p.UpdatedAt = At(settled);
            }
        }
    }

    private void Approve(PromotionProposal p, DateOnly on, string decision, DemoPromotionWorld.Person? by = null)
    {
        (p.ApprovedNational, p.ApprovedLocal, p.ApprovedCounterpart) = (p.RequestedNational, p.RequestedLocal, p.RequestedCounterpart);
        p.FirstApprovedStateFunds = p.ApprovedNational + p.ApprovedLocal;
        p.ApprovedOn = on;
        p.Stage = ProposalStage.Approved;
        p.Events.Add(Event(ProposalStep.Approve, on, by ?? Keeper, ApprovalNote(p), number: decision, onDate: on, amount: p.FirstApprovedStateFunds));
        p.UpdatedAt = At(on);
    }

    private static string ApprovalNote(PromotionProposal p) =>
        $"Phê duyệt kinh phí: ngân sách trung ương {Money(p.RequestedNational)}, ngân sách địa phương {Money(p.RequestedLocal)}, vốn đối ứng {Money(p.RequestedCounterpart)} triệu đồng.";

    // ---------------------------------------------------------------- 2026

    /// <summary>The 2026 plan's provinces (today's) and how many proposals each has in each stage.</summary>
    private static readonly (string Province, ProposalStage[] Stages)[] Plan2026 =
    [
        ("01", [ProposalStage.Registered, ProposalStage.Registered, ProposalStage.Registered, ProposalStage.Registered, ProposalStage.InProgress, ProposalStage.InProgress,
            ProposalStage.InProgress, ProposalStage.Approved, ProposalStage.Accepted, ProposalStage.Settled, ProposalStage.Stopped]),
        ("08", [ProposalStage.Registered, ProposalStage.Appraised, ProposalStage.InProgress, ProposalStage.InProgress, ProposalStage.Accepted]),
        ("24", [ProposalStage.Appraised, ProposalStage.Rejected, ProposalStage.InProgress, ProposalStage.InProgress, ProposalStage.Settled]),
        ("38", [ProposalStage.Registered, ProposalStage.InProgress, ProposalStage.InProgress, ProposalStage.Approved, ProposalStage.Stopped]),
        ("46", [ProposalStage.Appraised, ProposalStage.InProgress, ProposalStage.Accepted]),
        ("66", [ProposalStage.Registered, ProposalStage.Rejected, ProposalStage.InProgress, ProposalStage.Approved]),
        ("79", [ProposalStage.InProgress, ProposalStage.InProgress, ProposalStage.Settled]),
        ("92", [ProposalStage.Appraised, ProposalStage.InProgress, ProposalStage.Approved, ProposalStage.Settled]),
    ];

    private static readonly PromotionActivity[] Kinds2026 =
    [
        PromotionActivity.AdvancedMachinery, PromotionActivity.VocationalTraining, PromotionActivity.DemonstrationModel, PromotionActivity.FairsAndExhibitions,
        PromotionActivity.Consultancy, PromotionActivity.ManagementTraining, PromotionActivity.RuralProductDevelopment, PromotionActivity.PollutionTreatment,
        PromotionActivity.Communication, PromotionActivity.StudyTour, PromotionActivity.ClusterDetailedPlanning, PromotionActivity.Other,
    ];

    /// <summary>Appraisal sheets drawn for the 2026 proposals: each proposal's entry, whether it passed, the appraisal day.</summary>
    private readonly List<(PromotionProposal Proposal, bool Pass, DateOnly On, bool Open)> _appraisals = [];

    private PromotionPlan National2026()
    {
        var plan = new PromotionPlan
        {
            Year = 2026, Kind = PlanKind.National, Title = "Kế hoạch khuyến công quốc gia năm 2026" + DemoPromotion.TitleSuffix,
            DecisionNumber = DemoPromotion.PlanDecision2026, DecidedOn = D(2026, 1, 15), RegistrationDeadline = D(2025, 7, 31),
            Note = DemoPromotion.Label + "Kế hoạch minh họa đang thực hiện: đề án ở mọi bước của quy trình; Hà Nội đang thẩm định các đề án đăng ký bổ sung.",
            CreatedById = Officer.Id, CreatedAt = At(D(2025, 5, 12)), UpdatedAt = At(D(2026, 11, 25)), IsDemo = true,
        };
        var n = 0;
        foreach (var (province, stages) in Plan2026)
            foreach (var stage in stages)
                plan.Proposals.Add(Proposal2026($"KCQG-2026-{++n:0000}", province, stage, Kinds2026[n % Kinds2026.Length], local: false));
        plan.BudgetNational = plan.Proposals.Sum(p => p.FirstApprovedStateFunds is null ? 0 : p.ApprovedNational ?? 0) + 12_000;
        plan.BudgetCounterpart = plan.Proposals.Sum(p => p.ApprovedCounterpart ?? 0);
        return plan;
    }

    private PromotionPlan HaNoiLocal2026()
    {
        var plan = new PromotionPlan
        {
            Year = 2026, Kind = PlanKind.Local, ProvinceCode = "01", Title = "Kế hoạch khuyến công địa phương năm 2026 của thành phố Hà Nội" + DemoPromotion.TitleSuffix,
            DecisionNumber = "1186/QĐ-UBND", DecidedOn = D(2026, 2, 9), RegistrationDeadline = D(2025, 9, 30),
            Note = DemoPromotion.Label + "Kế hoạch khuyến công địa phương minh họa, do Sở Công Thương Hà Nội quản lý.",
            CreatedById = world.User("so.hanoi").Id, CreatedAt = At(D(2025, 8, 4)), UpdatedAt = At(D(2026, 11, 20)), IsDemo = true,
        };
        ProposalStage[] stages = [ProposalStage.Registered, ProposalStage.Registered, ProposalStage.Appraised, ProposalStage.InProgress, ProposalStage.InProgress];
        for (var i = 0; i < stages.Length; i++)
            plan.Proposals.Add(Proposal2026($"KCĐP-01-2026-{i + 1:0000}", "01", stages[i], Kinds2026[(i * 5 + 1) % Kinds2026.Length], local: true));
        plan.BudgetLocal = plan.Proposals.Sum(p => p.FirstApprovedStateFunds is null ? 0 : p.ApprovedLocal ?? 0) + 3_500;
        plan.BudgetCounterpart = plan.Proposals.Sum(p => p.ApprovedCounterpart ?? 0);
        return plan;
    }

    private PromotionProposal Proposal2026(string code, string province, ProposalStage stage, PromotionActivity activity, bool local)
    {
        var a = Activities2023.First(x => x.Kind == activity);
        var former = world.Formers.Where(f => f.ProvinceCode == province).OrderBy(_ => rng.Next()).First();
        var spot = province == "01" && rng.Next(3) == 0
            ? former.Spots.FirstOrDefault(s => s.CommuneCode is "00004" or "00070") ?? former.Spots[rng.Next(former.Spots.Count)]
            : former.Spots[rng.Next(former.Spots.Count)];
        var place = DemoPromotionWorld.Bare(spot.FormerCommuneName);
        var trade = Trades[rng.Next(Trades.Length)];
        var beneficiary = Facility(rng, place, trade, Person());
        var short_ = world.Provinces[province];
        var where = province is "01" or "31" or "46" or "48" or "79" or "92" ? $"thành phố {short_}" : $"tỉnh {short_}";
        var title = a.Title.Replace("năm 2023", "năm 2026").Replace("{trade}", trade).Replace("{place}", Commune(spot.FormerCommuneName))
            .Replace("{tech}", Techniques[rng.Next(Techniques.Length)]).Replace("{beneficiary}", beneficiary)
            .Replace("{product}", Products[rng.Next(Products.Length)]).Replace("{where}", where);
        if (activity == PromotionActivity.ClusterDetailedPlanning) title = $"Hỗ trợ lập quy hoạch chi tiết cụm công nghiệp {place}, {where}";
        var amount = Round10(Between(a.NationalMin, a.NationalMax));
        var p = new PromotionProposal
        {
            Code = code, ProvinceCode = province, CommuneCode = spot.CommuneCode,
            ProposerKind = activity is PromotionActivity.AdvancedMachinery ? ProposerKind.Facility : ProposerKind.PromotionCentre,
            ProposerName = activity is PromotionActivity.AdvancedMachinery ? beneficiary : $"Trung tâm Khuyến công {short_}",
            Activity = activity, Title = title,
            Summary = DemoPromotion.Label + $"Đề án minh họa thuộc {(local ? "Kế hoạch khuyến công địa phương" : "Kế hoạch khuyến công quốc gia")} năm 2026.",
            BeneficiaryName = beneficiary,
            RequestedNational = local ? 0 : amount, RequestedLocal = local ? amount : 0,
            RequestedCounterpart = a.CounterpartMax == 0 ? 0 : Round10(Between(a.CounterpartMin, a.CounterpartMax)),
            Outputs = [new ProposalOutput { Kind = a.Output, Unit = a.Unit, Promised = activity == PromotionActivity.VocationalTraining ? 70 : Between(a.PromisedMin, a.PromisedMax), Description = OutputText(a) }],
            IsDemo = true,
        };
        var by = Implementer(province);
        p.CreatedById = by.Id;
        var late = stage == ProposalStage.Registered;
        var registered = late ? Day(D(2026, 10, 20), 30) : Day(D(2025, 6, 2), 50);
        p.CreatedAt = p.UpdatedAt = At(registered);
        p.StartOn = late ? D(2027, 1, 15) : Day(D(2026, 2, 1), 40);
        p.EndOn = late ? D(2027, 10, 31) : Day(D(2026, 11, 15), 120);
        p.Events.Add(Event(ProposalStep.Register, registered, by,
            late ? "Đăng ký bổ sung đề án vào kế hoạch năm 2026." : "Đăng ký đề án vào kế hoạch khuyến công năm 2026."));
        if (late)
        {
            if (province == "01") _appraisals.Add((p, true, D(2026, 11, 25), true));
            return p;
        }
        var appraised = D(2025, 8, 20);
        var pass = stage != ProposalStage.Rejected;
        _appraisals.Add((p, pass, appraised, false));
        if (stage == ProposalStage.Rejected)
        {
            p.Stage = ProposalStage.Rejected;
            p.Events.Add(Event(ProposalStep.Reject, D(2025, 9, 12), local ? world.User("lanhdao.so.hanoi") : Keeper, "Không đưa vào kế hoạch: đề án không đạt điểm thẩm định cấp cơ sở."));
            p.UpdatedAt = At(D(2025, 9, 12));
            return p;
        }
        p.Stage = ProposalStage.Appraised;
        p.UpdatedAt = At(appraised);
        if (stage == ProposalStage.Appraised) return p;
        var keeper = local ? world.User("lanhdao.so.hanoi") : Keeper;
        Approve(p, local ? D(2026, 2, 9) : D(2026, 1, 15), local ? "1186/QĐ-UBND" : DemoPromotion.PlanDecision2026, keeper);
        if (stage == ProposalStage.Approved) return p;
        var funds = p.ApprovedNational!.Value + p.ApprovedLocal!.Value;
        var mid = Day(D(2026, 6, 15), 20);
        p.Events.Add(Event(ProposalStep.ReportProgress, mid, by, "Báo cáo tiến độ 6 tháng đầu năm 2026.", percent: 40, amount: Math.Round(funds * 0.3m)));
        (p.Stage, p.Percent, p.Disbursed, p.UpdatedAt) = (ProposalStage.InProgress, 40, Math.Round(funds * 0.3m), At(mid));
        if (stage == ProposalStage.Stopped)
        {
            var on = Day(D(2026, 7, 20), 20);
            (p.Stage, p.StoppedOn, p.StopReason, p.UpdatedAt) = (ProposalStage.Stopped, on, StopReasons[rng.Next(3)], At(on));
            p.Events.Add(Event(ProposalStep.Stop, on, keeper, p.StopReason, number: $"{Between(1500, 2200)}/QĐ-BCT", onDate: on));
            return p;
        }
        if (stage == ProposalStage.InProgress)
        {
            if (rng.Next(3) == 0)
            {
                var on = Day(D(2026, 8, 10), 30);
                p.EndOn = p.EndOn.AddDays(45);
                p.Adjustments = 1;
                p.Events.Add(Event(ProposalStep.Adjust, on, keeper, AdjustReasons[0].Reason, number: $"{Between(2300, 2600)}/QĐ-BCT", onDate: on, amount: funds));
            }
            var late3 = Day(D(2026, 10, 5), 30);
            var pct = Between(60, 90);
            p.Events.Add(Event(ProposalStep.ReportProgress, late3, by, "Báo cáo tiến độ quý III năm 2026.", percent: pct, amount: Math.Round(funds * 0.6m)));
            (p.Percent, p.Disbursed, p.UpdatedAt) = (pct, Math.Round(funds * 0.6m), At(late3));
            return p;
        }
        p.EndOn = Day(D(2026, 9, 15), 30);
        p.Events.Add(Event(ProposalStep.ReportProgress, p.EndOn, by, "Đã hoàn thành các nội dung của đề án; đề nghị nghiệm thu.", percent: 100, amount: funds));
        (p.Percent, p.Disbursed) = (100, funds);
        var accepted = p.EndOn.AddDays(Between(7, 20));
        foreach (var o in p.Outputs) o.Achieved = o.Promised;
        (p.Stage, p.AcceptedOn, p.UpdatedAt) = (ProposalStage.Accepted, accepted, At(accepted));
        p.Events.Add(Event(ProposalStep.Accept, accepted, keeper, "Nghiệm thu: đề án hoàn thành các kết quả đã cam kết.", number: $"{Between(10, 99)}/BB-NT", onDate: accepted));
        if (stage == ProposalStage.Settled)
        {
            var settled = accepted.AddDays(Between(10, 25));
            (p.Stage, p.SettledOn, p.Settled, p.UpdatedAt) = (ProposalStage.Settled, settled, funds, At(settled));
            p.Events.Add(Event(ProposalStep.Settle, settled, keeper, "Quyết toán kinh phí khuyến công.", onDate: settled, amount: funds));
        }
        return p;
    }

    /// <summary>
    /// The base-level appraisal councils of 2026: for each province, the one that appraised its proposals in August 2025
    /// (closed, each member's sheet submitted, results frozen), and Hà Nội's open council on its late registrations, some of
    /// whose sheets are still drafts.
    /// </summary>
    private IEnumerable<DemoCouncilWriter.Draft> Councils2026()
    {
        foreach (var group in _appraisals.GroupBy(a => (a.Proposal.ProvinceCode!, a.Open)).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Open))
        {
            var (province, open) = group.Key;
            var on = group.First().On;
            var name = world.Provinces[province];
            var members = province == "01"
                ? new[] { (world.User("lanhdao.so.hanoi"), "Chủ tịch Hội đồng"), (world.User("so.hanoi"), "Ủy viên, Thư ký") }
                : [(Implementer(province), "Chủ tịch Hội đồng")];
            var council = new Council
            {
                Name = $"{CouncilNames.Of(CouncilPurpose.ProposalAppraisal)} {(open ? "(đợt bổ sung) " : "")}kế hoạch năm 2026 – Sở Công Thương {name}{DemoPromotion.TitleSuffix}",
                Purpose = CouncilPurpose.ProposalAppraisal, OrganisationId = world.Departments[province], ProvinceCode = province,
                Status = open ? CouncilStatus.Open : CouncilStatus.Closed, PassMark = AppraisalPassMark, TieBreak = TieBreak.CriteriaInOrder,
                ScoringDeadline = open ? D(2026, 12, 18) : on.AddDays(-2), CreatedById = members[0].Item1.Id,
                CreatedAt = At(open ? D(2026, 11, 25) : on.AddDays(-14)), ClosedAt = open ? null : At(on), ClosedById = open ? null : members[0].Item1.Id,
                IsDemo = true,
                Members = [.. members.Select(m => new CouncilMember { UserId = m.Item1.Id, Name = m.Item1.FullName, Role = m.Item2, ProvinceCode = province })],
                Criteria = [.. AppraisalCriteria.Select((c, i) => new CouncilCriterion { Order = i + 1, Group = DefaultCriteria, Name = c.Name, MaxPoints = c.Max, Weight = 1 })],
            };
            var draft = new DemoCouncilWriter.Draft(council);
            var scored = new List<(CouncilEntry Entry, decimal[] Totals, decimal[][] Lines)>();
            var k = 0;
            foreach (var (proposal, pass, _, _) in group)
            {
                var entry = new CouncilEntry { ProvinceCode = province, Title = $"{proposal.Code} – {proposal.Title}" };
                if (entry.Title.Length > CouncilsConfigurationLength) entry.Title = entry.Title[..CouncilsConfigurationLength];
                draft.Link.Add(() => entry.ProposalId = proposal.Id);
                council.Entries.Add(entry);
                var quality = pass ? 0.62 + rng.NextDouble() * 0.3 : 0.3 + rng.NextDouble() * 0.12;
                var totals = new List<decimal>();
                var lines = new List<decimal[]>();
                for (var m = 0; m < council.Members.Count; m++)
                {
                    // In the open council, the chair has submitted the first entries' sheets, the secretary only drafted some.
                    if (open && (m == 1 ? k >= 2 : k >= 3)) continue;
                    var points = council.Criteria.Select(c => Math.Clamp(Math.Round(c.MaxPoints * (decimal)(quality + (rng.NextDouble() - 0.5) * 0.12)), 0, c.MaxPoints)).ToArray();
                    var submitted = !open || (m == 0 && k < 2);
                    var sheet = new ScoreSheet
                    {
                        Comment = pass ? "Đề án phù hợp, đề nghị đưa vào kế hoạch." : "Đề án chưa thuyết minh rõ hiệu quả, vốn đối ứng chưa bảo đảm.",
                        UpdatedAt = At(open ? D(2026, 11, 27).AddDays(k) : on.AddDays(-3)), SubmittedAt = submitted ? At(open ? D(2026, 11, 27).AddDays(k) : on.AddDays(-3)) : null,
                    };
                    draft.Sheets.Add(new DemoCouncilWriter.Sheet(council.Members[m], entry, sheet, [.. council.Criteria.Select((c, i) => (c, (decimal?)points[i]))]));
                    totals.Add(points.Sum());
                    lines.Add(points);
                }
                if (!open) scored.Add((entry, [.. totals], [.. lines]));
                k++;
            }
            if (!open)
            {
                Freeze(scored, council.PassMark!.Value);
                foreach (var (proposal, _, _, _) in group)
                {
                    var entry = council.Entries[group.ToList().FindIndex(a => a.Proposal == proposal)];
                    proposal.Events.Insert(1, Event(ProposalStep.Appraise, on, members[0].Item1,
                        $"Hội đồng thẩm định cấp cơ sở: điểm bình quân {entry.Average!.Value.ToString("0.00", Vi)}/100, {(entry.Passed == true ? "đạt" : "không đạt")} (điểm đạt {AppraisalPassMark:0})."));
                }
            }
            yield return draft;
        }
    }

    private const int CouncilsConfigurationLength = CouncilConfiguration.NameLength;

    /// <summary>
    /// A closed council's frozen results: each entry's average of its sheets' totals (criteria weighted 1, no n/a here), its
    /// rank by average with ties broken by the criteria's averages in order, and whether it reaches the pass mark.
    /// </summary>
    public static void Freeze(IReadOnlyList<(CouncilEntry Entry, decimal[] Totals, decimal[][] Lines)> scored, decimal passMark)
    {
        foreach (var (entry, totals, _) in scored)
        {
            entry.Average = Math.Round(totals.Average(), 2, MidpointRounding.AwayFromZero);
            entry.ScoredBy = totals.Length;
            entry.Passed = entry.Average >= passMark;
        }
        var ranked = scored.OrderByDescending(s => s.Entry.Average)
            .ThenBy(s => s, Comparer<(CouncilEntry Entry, decimal[] Totals, decimal[][] Lines)>.Create((a, b) =>
            {
                for (var c = 0; c < a.Lines[0].Length; c++)
                {
                    var diff = b.Lines.Average(l => l[c]).CompareTo(a.Lines.Average(l => l[c]));
                    if (diff != 0) return diff;
                }
                return 0;
            })).ToList();
        for (var i = 0; i < ranked.Count; i++) ranked[i].Entry.Rank = i + 1;
    }
}
