using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Promotion;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// Makes the awards demo data (<see cref="DemoAwards"/>). It decides first how many products each former province gets
/// recognised nationally (173 over 54 provinces), then how many it put forward at each level below, so that every national
/// product climbs the chain provincial → regional → national and some nominations fail at each level; then it scores them.
/// <paramref name="today"/> (Vietnam time) dates only Hà Nội's open round, which must stay open whenever the demo is loaded.
/// </summary>
public sealed class DemoAwardsBuilder(Random rng, DemoPromotionWorld world, DateOnly today)
{
    public sealed record Result(List<AwardRound> Rounds, List<DemoCouncilWriter.Draft> Councils,
        List<(AwardRound Round, Council Council)> CouncilOf, List<(Nomination Nomination, Nomination Previous)> Previous);

    private const string Suffix = DemoPromotion.TitleSuffix;
    private const decimal Pass = DemoAwards.PassMark;

    /// <summary>The selection's criteria as the system offers them by default: four groups totalling 100 (40/30/20/10; the breakdown is unconfirmed).</summary>
    public static readonly (string Group, string Name, decimal Max)[] Criteria =
    [
        ("Nhóm I – Kinh tế, xã hội và môi trường (mặc định của hệ thống)", "Hiệu quả kinh tế của sản phẩm đối với cơ sở sản xuất", 20),
        ("Nhóm I – Kinh tế, xã hội và môi trường (mặc định của hệ thống)", "Tạo việc làm, thu nhập cho lao động nông thôn; bảo vệ môi trường", 20),
        ("Nhóm II – Kỹ thuật, chất lượng (mặc định của hệ thống)", "Chất lượng, tính năng kỹ thuật của sản phẩm", 15),
        ("Nhóm II – Kỹ thuật, chất lượng (mặc định của hệ thống)", "Tính sáng tạo, ứng dụng công nghệ trong sản xuất", 15),
        ("Nhóm III – Văn hóa, thẩm mỹ (mặc định của hệ thống)", "Tính thẩm mỹ, kiểu dáng, bao bì", 10),
        ("Nhóm III – Văn hóa, thẩm mỹ (mặc định của hệ thống)", "Bản sắc văn hóa dân tộc, truyền thống địa phương", 10),
        ("Nhóm IV – Thị trường (mặc định của hệ thống)", "Khả năng sản xuất hàng loạt", 5),
        ("Nhóm IV – Thị trường (mặc định của hệ thống)", "Khả năng thương mại hóa, thị trường tiêu thụ", 5),
    ];

    private static readonly Dictionary<ProductGroup, string[]> Products = new()
    {
        [ProductGroup.Handicraft] = ["Bình gốm men lam", "Bàn ghế gỗ khảm trai", "Tranh thêu tay phong cảnh", "Giỏ mây tre đan", "Khăn lụa tơ tằm", "Đèn lồng lụa",
            "Nón lá bài thơ", "Thảm cói xuất khẩu", "Tượng gỗ mỹ nghệ", "Ấm chén gốm", "Túi thổ cẩm", "Tranh sơn mài", "Chiếu cói hoa văn", "Trang sức bạc chạm khắc", "Lọ hoa gốm"],
        [ProductGroup.ProcessedFood] = ["Chè Shan tuyết", "Nước mắm truyền thống", "Bánh đa nem", "Cà phê rang xay", "Mật ong rừng", "Miến dong", "Rượu men lá", "Kẹo dừa",
            "Bánh pía", "Trà hoa vàng", "Tương bần", "Hạt điều rang muối", "Nem chua", "Tinh bột nghệ", "Mứt gừng"],
        [ProductGroup.ToolsAndMachinery] = ["Máy tuốt lúa liên hợp", "Máy sấy nông sản", "Máy ép viên thức ăn chăn nuôi", "Dao rèn thủ công", "Máy bóc vỏ hạt",
            "Lò sấy tiết kiệm năng lượng", "Máy thái lát củ quả", "Máy băm cỏ đa năng", "Máy xay xát gạo mini"],
        [ProductGroup.Other] = ["Nến thơm thảo mộc", "Xà phòng thảo dược", "Tinh dầu sả chanh", "Nước rửa chén sinh học", "Phân bón hữu cơ vi sinh", "Gạch không nung",
            "Nhang trầm", "Đồ chơi gỗ"],
    };

    private static readonly string[] Firms = ["An Phát", "Hưng Thịnh", "Minh Long", "Phú Gia", "Thành Công", "Việt Tiến", "Hoàng Nam", "Tân Phú", "Đại Phong",
        "Kim Ngân", "Trường Sơn", "Hồng Hà", "Phúc Lộc", "Quang Minh", "Sao Việt", "Hòa Bình", "Thuận Phát", "Bình An", "Nam Việt", "Thiên Phú"];

    private sealed record Product(DemoPromotionWorld.Former Former, DemoPromotionWorld.Spot Spot, string Name, bool IsSet, ProductGroup Group, string Facility, string? TaxCode);

    /// <summary>How far a product got: the level where it stopped, and whether it passed there.</summary>
    private sealed class Path(Product product)
    {
        public Product Product { get; } = product;
        public Nomination? Provincial, Regional, National;
    }

    private readonly List<AwardRound> _rounds = [];
    private readonly List<DemoCouncilWriter.Draft> _councils = [];
    private readonly List<(AwardRound, Council)> _councilOf = [];
    private readonly List<(Nomination, Nomination)> _previous = [];

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
    private int Between(int min, int max) => rng.Next(min, max + 1);

    public Result Build()
    {
        var formers = world.Formers;
        // Three former provinces did not take part; 54 of the others had products recognised nationally.
        var taking = formers.OrderBy(_ => rng.Next()).Skip(3).OrderBy(f => f.Code, StringComparer.Ordinal).ToList();
        var winners = taking.OrderBy(_ => rng.Next()).Take(DemoAwards.NationalProvinces).ToHashSet();
        var recognised = taking.ToDictionary(f => f, f => winners.Contains(f) ? 1 : 0);
        var weighted = winners.OrderBy(f => f.Code, StringComparer.Ordinal).ToList();
        var weights = weighted.Select(_ => 0.5 + rng.NextDouble() * 2).ToArray();
        for (var left = DemoAwards.NationalProducts - DemoAwards.NationalProvinces; left > 0; left--)
        {
            var pick = rng.NextDouble() * weights.Sum();
            var i = 0;
            for (; pick > weights[i]; i++) pick -= weights[i];
            recognised[weighted[i]]++;
        }
        var failed = taking.ToDictionary(f => f, _ => 0);
        for (var i = 0; i < 27; i++) failed[taking[rng.Next(taking.Count)]]++;

        var paths = new List<Path>();
        foreach (var f in taking)
        {
            var national = recognised[f] + failed[f];
            var regionalPassed = national + (rng.Next(10) < 3 ? 1 : 0) + (national == 0 ? Between(1, 2) : 0);
            var regional = regionalPassed + Between(0, 2);
            var provincialPassed = regional + Between(0, 3);
            var provincial = provincialPassed + Between(1, 3);
            for (var i = 0; i < provincial; i++)
            {
                // The product climbs as far as its place in the list says: national winners first, then national failures…
                var path = new Path(NewProduct(f));
                paths.Add(path);
                path.Provincial = Nominate(path.Product, i < provincialPassed);
                if (i >= regional) continue;
                path.Regional = Nominate(path.Product, i < regionalPassed);
                _previous.Add((path.Regional, path.Provincial));
                if (i >= national) continue;
                path.National = Nominate(path.Product, i < recognised[f]);
                _previous.Add((path.National, path.Regional));
            }
        }

        foreach (var f in taking)
            Round(AwardLevel.Provincial, f, null, [.. paths.Where(p => p.Product.Former == f).Select(p => p.Provincial!)]);
        foreach (var region in Enum.GetValues<Region>())
            Round(AwardLevel.Regional, null, region, [.. paths.Where(p => p.Regional is not null && Regions.Of(p.Product.Former.Code) == region).Select(p => p.Regional!)]);
        Round(AwardLevel.National, null, null, [.. paths.Where(p => p.National is not null).Select(p => p.National!)]);
        HaNoiOpenRound();
        return new Result(_rounds, _councils, _councilOf, _previous);
    }

    private Product NewProduct(DemoPromotionWorld.Former f)
    {
        var group = rng.Next(100) switch { < 40 => ProductGroup.Handicraft, < 75 => ProductGroup.ProcessedFood, < 87 => ProductGroup.ToolsAndMachinery, _ => ProductGroup.Other };
        var spot = f.Spots[rng.Next(f.Spots.Count)];
        var place = DemoPromotionWorld.Bare(spot.FormerCommuneName);
        var names = Products[group];
        var isSet = group == ProductGroup.Handicraft && rng.Next(4) == 0;
        var name = $"{(isSet ? "Bộ sản phẩm " + names[rng.Next(names.Length)].ToLowerInvariant() : names[rng.Next(names.Length)])} {place}";
        var (facility, tax) = rng.Next(10) switch
        {
            < 4 => ($"Công ty TNHH {Firms[rng.Next(Firms.Length)]} {place}", $"0{rng.Next(100_000_000, 999_999_999)}"),
            < 7 => ($"Hợp tác xã {place}", (string?)null),
            _ => ($"Cơ sở sản xuất {DemoNames.Person(rng.Next(500))}", null),
        };
        return new Product(f, spot, name, isSet, group, facility, tax);
    }

    /// <summary>A nomination of the product, with the score it should get: above the pass mark when it is to pass.</summary>
    private Nomination Nominate(Product p, bool passes)
    {
        var n = new Nomination
        {
            ProvinceCode = p.Former.ProvinceCode, FormerProvinceCode = p.Former.Code, ProductName = p.Name, IsProductSet = p.IsSet, Group = p.Group,
            FacilityName = p.Facility, FacilityTaxCode = p.TaxCode, CommuneCode = p.Spot.CommuneCode,
            FacilityAddress = $"{p.Spot.FormerCommuneName}, {p.Former.Name}",
            Description = DemoTasks.Label + $"Sản phẩm minh họa, nhóm {AwardNames.Of(p.Group).ToLowerInvariant()}; tên, cơ sở và điểm do hệ thống tạo ra.",
            Recognised = passes, IsDemo = true,
        };
        _targets[n] = passes ? Pass + 2 + (decimal)(rng.NextDouble() * 22) : Pass - 2 - (decimal)(rng.NextDouble() * 14);
        return n;
    }

    private readonly Dictionary<Nomination, decimal> _targets = [];

    private (string Series, string Title, DateOnly Nominate, DateOnly Score, string Council) Describe(AwardLevel level, DemoPromotionWorld.Former? f, Region? region) => level switch
    {
        AwardLevel.Provincial => ($"CNNTTB-T{f!.Code}-2023", $"Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2023 – {f.Name}{Suffix}", D(2023, 3, 31), D(2023, 4, 28),
            $"{CouncilNames.Of(CouncilPurpose.ProductSelection)} cấp tỉnh năm 2023 – {f.Name} (kết quả chốt theo biên bản){Suffix}"),
        AwardLevel.Regional => ($"CNNTTB-KV{(int)region!}-2023", $"Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực năm 2023 – {Regions.Name(region.Value)}{Suffix}",
            D(2023, 5, 31), D(2023, 7, 14), $"{CouncilNames.Of(CouncilPurpose.ProductSelection)} {Regions.Name(region.Value).ToLowerInvariant()} năm 2023{Suffix}"),
        _ => (DemoAwards.NationalSeries, $"Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023{Suffix}", D(2023, 8, 31), D(2023, 10, 13),
            $"{CouncilNames.Of(CouncilPurpose.ProductSelection)} cấp quốc gia năm 2023{Suffix}"),
    };

    private void Round(AwardLevel level, DemoPromotionWorld.Former? f, Region? region, List<Nomination> nominations)
    {
        var (series, title, nominate, score, councilName) = Describe(level, f, region);
        var province = f?.ProvinceCode;
        var keeper = province is null ? world.User("cuc.khuyencong") : world.Officers[province];
        var round = new AwardRound
        {
            Year = 2023, Level = level, ProvinceCode = province, Region = region, Title = title, NominationDeadline = nominate, ScoringDeadline = score,
            PassMark = Pass, TieBreak = TieBreak.CriteriaInOrder, Stage = RoundStage.Closed, CertificateSeries = series,
            CreatedById = keeper.Id, CreatedAt = At(nominate.AddDays(-45)), UpdatedAt = At(score.AddDays(7)), IsDemo = true, Nominations = nominations,
        };
        var council = new Council
        {
            Name = councilName, Purpose = CouncilPurpose.ProductSelection, OrganisationId = province is null ? world.Owner : world.Departments[province],
            ProvinceCode = province, Status = CouncilStatus.Closed, PassMark = Pass, TieBreak = TieBreak.CriteriaInOrder, ScoringDeadline = score,
            ClosedAt = At(score), ClosedById = keeper.Id, CreatedById = keeper.Id, CreatedAt = At(nominate.AddDays(1)), IsDemo = true,
            Criteria = [.. Criteria.Select((c, i) => new CouncilCriterion { Order = i + 1, Group = c.Group, Name = c.Name, MaxPoints = c.Max, Weight = 1 })],
        };
        var draft = new DemoCouncilWriter.Draft(council);
        _rounds.Add(round);
        _councils.Add(draft);
        _councilOf.Add((round, council));
        foreach (var n in nominations)
        {
            (n.CreatedById, n.CreatedAt, n.UpdatedAt) = (world.Officers[n.ProvinceCode].Id, At(nominate.AddDays(-Between(1, 20))), At(score.AddDays(7)));
        }

        var scored = new List<(Nomination Nomination, CouncilEntry Entry, decimal Average, decimal[] CriterionAverages)>();
        if (level == AwardLevel.Provincial)
        {
            // Results as the provincial council's minutes give them: no sheets.
            foreach (var n in nominations)
            {
                var entry = Entry(draft, n);
                var average = Math.Round(_targets[n] * 5) / 5;
                (entry.Average, entry.ScoredBy) = (average, 0);
                scored.Add((n, entry, average, []));
            }
        }
        else
        {
            var members = Members(level, region);
            council.Members = [.. members.Select(m => new CouncilMember { UserId = m.Person.Id, Name = m.Person.FullName, Role = m.Role, ProvinceCode = m.Province })];
            var conflicts = level == AwardLevel.National ? nominations.Where((_, i) => i % 61 == 7).ToHashSet() : [];
            foreach (var n in nominations)
            {
                var entry = Entry(draft, n);
                var scoring = council.Members.Where(m => m.ProvinceCode != n.ProvinceCode).ToList();
                if (conflicts.Contains(n))
                {
                    var member = scoring[^1];
                    scoring.Remove(member);
                    draft.Conflicts.Add(new DemoCouncilWriter.Conflict(member, entry, new CouncilConflict
                    {
                        Reason = "Thành viên Hội đồng có người thân làm việc tại cơ sở sản xuất sản phẩm.", DeclaredAt = At(score.AddDays(-20)),
                    }));
                }
                var (average, sheets, criterionAverages) = Score(n, scoring, council, level == AwardLevel.Regional, score);
                foreach (var s in sheets) draft.Sheets.Add(s with { Entry = entry });
                (entry.Average, entry.ScoredBy) = (average, sheets.Count);
                scored.Add((n, entry, average, criterionAverages));
            }
        }
        // Rank by average, ties broken by the criteria's averages in order; certificates in rank order to the recognised.
        var ranked = scored.OrderByDescending(s => s.Average)
            .ThenBy(s => s, Comparer<(Nomination Nomination, CouncilEntry Entry, decimal Average, decimal[] CriterionAverages)>.Create((a, b) =>
            {
                for (var c = 0; c < Math.Min(a.CriterionAverages.Length, b.CriterionAverages.Length); c++)
                    if (b.CriterionAverages[c].CompareTo(a.CriterionAverages[c]) is var diff and not 0) return diff;
                return 0;
            })).ToList();
        var seq = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var (n, entry, average, _) = ranked[i];
            entry.Rank = i + 1;
            entry.Passed = average >= Pass;
            n.Recognised = entry.Passed;
            if (n.Recognised == true) (n.CertificateSeq, n.CertificateNumber) = (++seq, $"{seq:000}/{series}");
        }
        round.CertificatesIssued = seq;
    }

    private static CouncilEntry Entry(DemoCouncilWriter.Draft draft, Nomination n)
    {
        var title = $"{n.ProductName} – {n.FacilityName}";
        var entry = new CouncilEntry { ProvinceCode = n.ProvinceCode, Title = title.Length > CouncilConfiguration.NameLength ? title[..CouncilConfiguration.NameLength] : title };
        draft.Council.Entries.Add(entry);
        draft.Link.Add(() => entry.NominationId = n.Id);
        return entry;
    }

    private List<(DemoPromotionWorld.Person Person, string Role, string? Province)> Members(AwardLevel level, Region? region)
    {
        if (level == AwardLevel.National)
            return [(world.User("lanhdao"), "Chủ tịch Hội đồng", null), (world.User("lanhdao.khuyencong"), "Phó Chủ tịch Hội đồng", null),
                (world.User("cuc.khuyencong"), "Ủy viên, Thư ký", null), (world.User("lanhdao.ctdp"), "Ủy viên", null), (world.User("cuc.ctdp"), "Ủy viên", null)];
        // A regional council: the Ministry's unit and one department of the region, who does not score their own province's products.
        var department = region switch { Region.North => ("01", world.User("lanhdao.so.hanoi")), Region.Centre => ("46", world.Officers["46"]), _ => ("79", world.Officers["79"]) };
        return [(world.User("lanhdao.khuyencong"), "Chủ tịch Hội đồng", null), (world.User("cuc.khuyencong"), "Ủy viên, Thư ký", null),
            (world.User("lanhdao.ctdp"), "Ủy viên", null), (world.User("cuc.ctdp"), "Ủy viên", null), (department.Item2, "Ủy viên", department.Item1)];
    }

    /// <summary>
    /// The members' sheets for one nomination, drawn around its target until the average falls on the intended side of the
    /// pass mark. A member's total is the sum of their points, rescaled to 100 over the criteria they scored when they marked
    /// some "n/a" (regional rounds only); the average is the mean of the totals, to two decimals.
    /// </summary>
    private (decimal Average, List<DemoCouncilWriter.Sheet> Sheets, decimal[] CriterionAverages) Score(Nomination n, List<CouncilMember> members, Council council,
        bool withNotApplicable, DateOnly closed)
    {
        var target = _targets[n];
        var passes = n.Recognised == true;
        for (var attempt = 0; ; attempt++)
        {
            var sheets = new List<DemoCouncilWriter.Sheet>();
            var totals = new List<decimal>();
            foreach (var m in members)
            {
                var quality = (double)target / 100 + (rng.NextDouble() - 0.5) * 0.08;
                var points = council.Criteria.Select(c => (decimal?)Math.Clamp(Math.Round(c.MaxPoints * (decimal)(quality + (rng.NextDouble() - 0.5) * 0.1)), 0, c.MaxPoints)).ToArray();
                // A few members find "mass production" does not apply to a handmade piece.
                if (withNotApplicable && n.Group == ProductGroup.Handicraft && rng.Next(8) == 0) points[6] = null;
                var max = council.Criteria.Where((_, i) => points[i] is not null).Sum(c => c.MaxPoints);
                var sum = points.Sum(p => p ?? 0);
                totals.Add(max == 100 ? sum : Math.Round(sum * 100 / max, 2, MidpointRounding.AwayFromZero));
                var sheet = new ScoreSheet
                {
                    Comment = passes ? "Sản phẩm có chất lượng, mẫu mã đẹp, đề nghị công nhận." : "Sản phẩm chưa nổi bật về tính sáng tạo và thị trường.",
                    UpdatedAt = At(closed.AddDays(-3)), SubmittedAt = At(closed.AddDays(-3)),
                };
                sheets.Add(new DemoCouncilWriter.Sheet(m, null!, sheet, [.. council.Criteria.Select((c, i) => (c, points[i]))]));
            }
            var average = Math.Round(totals.Sum() / totals.Count, 2, MidpointRounding.AwayFromZero);
            if ((average >= Pass) == passes || attempt > 50)
            {
                var criterionAverages = council.Criteria.Select((_, i) => sheets.Select(s => s.Lines[i].Points).OfType<decimal>().DefaultIfEmpty(0).Average()).ToArray();
                return (average, sheets, criterionAverages);
            }
        }
    }

    /// <summary>
    /// Hà Nội's provincial round of this year, open for nominations: what the pages show of a round in progress. Dated from
    /// today, so that it is open whenever the demo is loaded: created 53 days ago, a nomination every six days from
    /// 35 days ago, nominations taken until the end of the month three weeks from now, scored in the eight weeks
    /// after. Its council is the one <see cref="RoundIntake"/> would give it: the department's, with the round's pass mark,
    /// tie-break rule and scoring deadline, the system's criteria, and no members yet.
    /// </summary>
    private void HaNoiOpenRound()
    {
        var hanoi = world.Formers.First(f => f.Code == "01");
        var officer = world.User("so.hanoi");
        var year = today.Year;
        var inThreeWeeks = today.AddDays(21);
        var nominate = new DateOnly(inThreeWeeks.Year, inThreeWeeks.Month, DateTime.DaysInMonth(inThreeWeeks.Year, inThreeWeeks.Month));
        var place = $"cấp tỉnh năm {year} – Thành phố Hà Nội{Suffix}";
        var round = new AwardRound
        {
            Year = year, Level = AwardLevel.Provincial, ProvinceCode = "01", Title = $"Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu {place}",
            NominationDeadline = nominate, ScoringDeadline = nominate.AddDays(56), PassMark = Pass, TieBreak = TieBreak.CriteriaInOrder, Stage = RoundStage.Nominating,
            CertificateSeries = $"CNNTTB-T01-{year}", CreatedById = officer.Id, CreatedAt = At(today.AddDays(-53)), UpdatedAt = At(today.AddDays(-7)), IsDemo = true,
        };
        for (var i = 0; i < 5; i++)
        {
            var p = NewProduct(hanoi);
            var n = Nominate(p, false);
            var on = At(today.AddDays(-35 + i * 6));
            (n.Recognised, n.CreatedById, n.CreatedAt, n.UpdatedAt) = (null, officer.Id, on, on);
            round.Nominations.Add(n);
        }
        var council = new Council
        {
            Name = $"{CouncilNames.Of(CouncilPurpose.ProductSelection)} {place}", Purpose = CouncilPurpose.ProductSelection, OrganisationId = world.Departments["01"],
            ProvinceCode = "01", PassMark = Pass, TieBreak = TieBreak.CriteriaInOrder, ScoringDeadline = round.ScoringDeadline,
            CreatedById = officer.Id, CreatedAt = round.CreatedAt, IsDemo = true, Criteria = AwardCriteria.ForNewCouncil(),
        };
        _rounds.Add(round);
        _councils.Add(new DemoCouncilWriter.Draft(council));
        _councilOf.Add((round, council));
    }
}
