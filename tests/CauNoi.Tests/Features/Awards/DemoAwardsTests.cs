using System.Globalization;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Promotion;

namespace CauNoi.Tests.Features.Awards;

/// <summary>
/// The awards demo data, read back from the database: in 2023 exactly 173 national products from 54 former provinces (seed
/// 003), each with its chain provincial → regional → national, certificates numbered in rank order, and councils whose
/// frozen averages are the mean of their sheets' totals, worked out here by hand; and Hà Nội's round of this year, open
/// for nominations whatever the day the demo is loaded, with the council a round made through the app gets.
/// </summary>
public abstract class DemoAwardsTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task National2023_Recognises173ProductsFrom54FormerProvinces_InEveryGroup()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var round = await db.AwardRounds.SingleAsync(r => r.IsDemo && r.Year == 2023 && r.Level == AwardLevel.National, Ct);
        var recognised = await db.Nominations.Where(n => n.RoundId == round.Id && n.Recognised == true).ToListAsync(Ct);

        Assert.Equal(RoundStage.Closed, round.Stage);
        Assert.EndsWith("(dữ liệu minh họa)", round.Title);
        Assert.Equal(173, recognised.Count);
        Assert.Equal(54, recognised.Select(n => n.FormerProvinceCode).Distinct().Count());
        Assert.Equal(Enum.GetValues<ProductGroup>().Order(), recognised.Select(n => n.Group).Distinct().Order());
        Assert.True(await db.Nominations.CountAsync(n => n.RoundId == round.Id && n.Recognised == false, Ct) > 0);
        Assert.All(recognised, n =>
        {
            Assert.True(n.IsDemo);
            Assert.StartsWith("[Dữ liệu minh họa]", n.Description);
        });
    }

    [Fact]
    public async Task NationalList2023_CountsTheProvincesOfTheTime_54_EachNamedWithItsProvinceToday()
    {
        var api = await App.ApiAs("so.tuyenquang");

        var list = await api.GetFromJsonAsync<NationalList>("/api/v1/awards/national-list?year=2023", ApiJson.Options, Ct);

        Assert.Equal((173, 54, 54), (list!.Products, list.Provinces, list.ByProvince.Count));
        // Hà Nội merged with no other province, so it is named once; a merged province with the one it is part of today.
        Assert.DoesNotContain(list.ByProvince, c => c.Name.StartsWith("Thành phố Hà Nội (", StringComparison.Ordinal));
        var formers = list.ByProvince.Where(c => c.Name.Contains(" (nay thuộc ", StringComparison.Ordinal)).ToList();
        Assert.InRange(formers.Count, 20, 54);
        Assert.All(formers, c => Assert.Matches(@"^(Tỉnh|Thành phố) .+ \(nay thuộc (Tỉnh|Thành phố) .+\)$", c.Name));
    }

    [Fact]
    public async Task Rounds2023_AreClosed_WithSomeNotRecognisedAtEachLevel_AndCertificatesInRankOrder()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var rounds = await db.AwardRounds.Where(r => r.IsDemo && r.Year == 2023).Include(r => r.Nominations).ToListAsync(Ct);
        var entries = await db.CouncilEntries.Where(e => e.NominationId != null && db.Councils.Any(c => c.Id == e.CouncilId && c.IsDemo))
            .ToDictionaryAsync(e => e.NominationId!.Value, Ct);

        Assert.Equal(3, rounds.Count(r => r.Level == AwardLevel.Regional));
        Assert.Equal(Enum.GetValues<Region>().Order(), rounds.Where(r => r.Level == AwardLevel.Regional).Select(r => r.Region!.Value).Order());
        Assert.InRange(rounds.Count(r => r.Level == AwardLevel.Provincial), 54, 63);
        foreach (var level in Enum.GetValues<AwardLevel>())
        {
            var nominations = rounds.Where(r => r.Level == level).SelectMany(r => r.Nominations).ToList();
            Assert.Contains(nominations, n => n.Recognised == false);
            Assert.Contains(nominations, n => n.Recognised == true);
        }
        foreach (var round in rounds)
        {
            Assert.Equal(RoundStage.Closed, round.Stage);
            Assert.NotNull(round.CouncilId);
            var council = await db.Councils.SingleAsync(c => c.Id == round.CouncilId, Ct);
            Assert.Equal(CouncilStatus.Closed, council.Status);
            Assert.Equal(CouncilPurpose.ProductSelection, council.Purpose);
            Assert.Contains("(dữ liệu minh họa)", council.Name);
            var recognised = round.Nominations.Where(n => n.Recognised == true).OrderBy(n => entries[n.Id].Rank).ToList();
            Assert.Equal(recognised.Count, round.CertificatesIssued);
            Assert.Equal(Enumerable.Range(1, recognised.Count), recognised.Select(n => n.CertificateSeq!.Value));
            Assert.All(recognised, n => Assert.Equal($"{n.CertificateSeq:000}/{round.CertificateSeries}", n.CertificateNumber));
            Assert.All(round.Nominations.Where(n => n.Recognised != true), n => Assert.Null(n.CertificateNumber));
            Assert.All(round.Nominations, n => Assert.Equal(entries[n.Id].Passed, n.Recognised));
            Assert.All(round.Nominations, n => Assert.Equal(entries[n.Id].Average >= round.PassMark, n.Recognised));
        }
    }

    [Fact]
    public async Task EveryChain_ClimbsFromARecognisedNominationOfTheSameProvince_OneLevelBelow()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var rounds = await db.AwardRounds.Where(r => r.IsDemo && r.Year == 2023).ToDictionaryAsync(r => r.Id, Ct);
        var ids = rounds.Keys.ToList();
        var nominations = await db.Nominations.Where(n => ids.Contains(n.RoundId)).ToDictionaryAsync(n => n.Id, Ct);

        foreach (var n in nominations.Values)
        {
            var level = rounds[n.RoundId].Level;
            if (level == AwardLevel.Provincial)
            {
                Assert.Null(n.PreviousNominationId);
                Assert.Equal(n.ProvinceCode, rounds[n.RoundId].ProvinceCode);
                continue;
            }
            var previous = nominations[n.PreviousNominationId!.Value];
            Assert.True(previous.Recognised);
            Assert.Equal(n.FormerProvinceCode, previous.FormerProvinceCode);
            Assert.Equal(n.ProvinceCode, previous.ProvinceCode);
            Assert.Equal(n.ProductName, previous.ProductName);
            Assert.Equal(level - 1, rounds[previous.RoundId].Level);
            if (level == AwardLevel.Regional) Assert.Equal(Regions.Of(n.FormerProvinceCode!), rounds[n.RoundId].Region);
        }
        // Every recognised national product has a whole chain below it.
        var national = nominations.Values.Where(n => rounds[n.RoundId].Level == AwardLevel.National && n.Recognised == true).ToList();
        Assert.All(national, n => Assert.Null(nominations[nominations[n.PreviousNominationId!.Value].PreviousNominationId!.Value].PreviousNominationId));
        var formers = await db.FormerProvinces.ToDictionaryAsync(f => f.Code, f => f.NewProvinceCode, Ct);
        Assert.All(nominations.Values, n => Assert.Equal(formers[n.FormerProvinceCode!], n.ProvinceCode));
    }

    [Fact]
    public async Task NationalAndRegionalCouncils_FrozenAverages_AreTheMeanOfTheirSheetsTotals()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var councilIds = await db.AwardRounds.Where(r => r.IsDemo && r.Year == 2023 && r.Level != AwardLevel.Provincial).Select(r => r.CouncilId!.Value).ToListAsync(Ct);
        var councils = await db.Councils.Where(c => councilIds.Contains(c.Id)).Include(c => c.Members).Include(c => c.Criteria).Include(c => c.Entries)
            .Include(c => c.Conflicts).Include(c => c.Sheets).ThenInclude(s => s.Lines).AsSplitQuery().ToListAsync(Ct);

        Assert.Equal(4, councils.Count);
        var notApplicable = 0;
        foreach (var council in councils)
        {
            Assert.Equal(5, council.Members.Count);
            Assert.Equal(100m, council.Criteria.Sum(c => c.MaxPoints));
            Assert.Equal(4, council.Criteria.Select(c => c.Group).Distinct().Count());
            Assert.Equal([40m, 30m, 20m, 10m], council.Criteria.OrderBy(c => c.Order).GroupBy(c => c.Group).Select(g => g.Sum(c => c.MaxPoints)));
            Assert.All(council.Criteria, c => Assert.Equal(1m, c.Weight));
            var max = council.Criteria.ToDictionary(c => c.Id, c => c.MaxPoints);
            foreach (var entry in council.Entries)
            {
                var sheets = council.Sheets.Where(s => s.EntryId == entry.Id).ToList();
                Assert.All(sheets, s => Assert.NotNull(s.SubmittedAt));
                // A member's total: the points, rescaled to 100 over the criteria they did not mark n/a.
                var totals = sheets.Select(s =>
                {
                    var scored = s.Lines.Where(l => l.Points is not null).ToList();
                    var sum = scored.Sum(l => l.Points!.Value);
                    var outOf = scored.Sum(l => max[l.CriterionId]);
                    return outOf == 100 ? sum : Math.Round(sum * 100 / outOf, 2, MidpointRounding.AwayFromZero);
                }).ToList();
                notApplicable += sheets.Sum(s => s.Lines.Count(l => l.Points is null));
                Assert.Equal(totals.Count, entry.ScoredBy);
                Assert.Equal(Math.Round(totals.Sum() / totals.Count, 2, MidpointRounding.AwayFromZero), entry.Average);
                // No member scores their own province's product, nor one they declared a conflict on.
                var members = sheets.Select(s => council.Members.Single(m => m.Id == s.MemberId)).ToList();
                Assert.DoesNotContain(members, m => m.ProvinceCode == entry.ProvinceCode);
                Assert.DoesNotContain(council.Conflicts, c => c.EntryId == entry.Id && sheets.Any(s => s.MemberId == c.MemberId));
            }
            Assert.Equal(Enumerable.Range(1, council.Entries.Count), council.Entries.Select(e => e.Rank!.Value).Order());
            var ranked = council.Entries.OrderBy(e => e.Rank).Select(e => e.Average!.Value).ToList();
            Assert.Equal(ranked.OrderDescending(), ranked);
        }
        // The national round's sheets are complete (no n/a); a few regional lines are n/a.
        var nationalCouncil = councils.Single(c => c.Name.Contains("quốc gia"));
        Assert.All(nationalCouncil.Sheets.SelectMany(s => s.Lines), l => Assert.NotNull(l.Points));
        Assert.NotEmpty(nationalCouncil.Conflicts);
        Assert.InRange(notApplicable, 1, 200);
    }

    [Fact]
    public async Task HaNoiOpenRound_IsThisYearsAndTakesNominationsToday_WithAFewAlready()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        int id;
        await using (var scope = App.Db())
        {
            var round = await scope.Context.AwardRounds.Include(r => r.Nominations)
                .SingleAsync(r => r.IsDemo && r.Level == AwardLevel.Provincial && r.ProvinceCode == "01" && r.Stage == RoundStage.Nominating, Ct);
            id = round.Id;

            Assert.Equal(today.Year, round.Year);
            Assert.Contains($"cấp tỉnh năm {today.Year} – Thành phố Hà Nội", round.Title);
            Assert.EndsWith($"-{today.Year}", round.CertificateSeries);
            // Weeks left to nominate, scoring after that; made, and nominated into, before today.
            Assert.InRange(round.NominationDeadline.DayNumber - today.DayNumber, 14, 62);
            Assert.True(round.ScoringDeadline > round.NominationDeadline);
            Assert.True(VietnamTime.DayOf(round.CreatedAt) < today);
            Assert.InRange(round.Nominations.Count, 3, 8);
            Assert.All(round.Nominations, n =>
            {
                Assert.Null(n.Recognised);
                Assert.InRange(VietnamTime.DayOf(n.CreatedAt), VietnamTime.DayOf(round.CreatedAt), today.AddDays(-1));
            });
        }
        Assert.True((await AwardSetup.GetRoundAsync(App, AwardSetup.HaNoiDept, id, Ct)).MayNominate);
    }

    [Fact]
    public async Task HaNoiOpenRound_HasTheCouncil_ThatARoundMadeThroughTheAppGets()
    {
        var made = await AwardSetup.CreateRoundAsync(App, AwardSetup.HaNoiDept,
            new { year = 2057, level = "Provincial", nominationDeadline = AwardSetup.Today, scoringDeadline = AwardSetup.Today.AddDays(30) }, Ct);
        await using var scope = App.Db();
        var db = scope.Context;
        var round = await db.AwardRounds.SingleAsync(r => r.IsDemo && r.Level == AwardLevel.Provincial && r.ProvinceCode == "01" && r.Stage == RoundStage.Nominating, Ct);
        var councils = await db.Councils.Where(c => c.Id == round.CouncilId || c.Id == made.CouncilId)
            .Include(c => c.Criteria).Include(c => c.Members).Include(c => c.Entries).AsSplitQuery().ToDictionaryAsync(c => c.Id, Ct);
        var (demo, real) = (councils[round.CouncilId!.Value], councils[made.CouncilId!.Value]);

        Assert.Equal((real.Purpose, real.OrganisationId, real.ProvinceCode, real.Status, real.PassMark, real.TieBreak, real.Members.Count, real.Entries.Count),
            (demo.Purpose, demo.OrganisationId, demo.ProvinceCode, demo.Status, demo.PassMark, demo.TieBreak, demo.Members.Count, demo.Entries.Count));
        Assert.Equal(real.Criteria.OrderBy(c => c.Order).Select(c => (c.Order, c.Group, c.Name, c.MaxPoints, c.Weight)),
            demo.Criteria.OrderBy(c => c.Order).Select(c => (c.Order, c.Group, c.Name, c.MaxPoints, c.Weight)));
        Assert.Equal((round.PassMark, (DateOnly?)round.ScoringDeadline), (demo.PassMark!.Value, demo.ScoringDeadline));
        Assert.True(demo.IsDemo);
        Assert.Contains("(dữ liệu minh họa)", demo.Name);
    }

    /// <summary>
    /// The demo as it would be made on other days, worked out by hand: nominations taken until the end of the month three
    /// weeks ahead (29/02 in a leap year), in a round of the day's year, even at the turn of a year; the 2023 rounds the same whatever the day.
    /// </summary>
    [Theory]
    [InlineData("2026-12-07", 2026, "2026-12-31")]
    [InlineData("2027-01-01", 2027, "2027-01-31")]
    [InlineData("2027-02-10", 2027, "2027-03-31")]
    [InlineData("2027-12-20", 2027, "2028-01-31")]
    [InlineData("2028-02-08", 2028, "2028-02-29")]
    public async Task HaNoiOpenRound_MadeOnAnyDay_IsOpenThatDay_AndThe2023RoundsDoNotChange(string day, int year, string deadline)
    {
        await using var scope = App.Db();
        var world = (await DemoPromotionWorld.LoadAsync(scope.Context, Ct))!;
        var on = DateOnly.Parse(day, CultureInfo.InvariantCulture);

        var built = new DemoAwardsBuilder(new Random(DemoAwards.Seed), world, on).Build();
        var reference = new DemoAwardsBuilder(new Random(DemoAwards.Seed), world, new DateOnly(2026, 12, 7)).Build();

        var open = built.Rounds.Single(r => r.Stage == RoundStage.Nominating);
        Assert.Equal((year, "01", DateOnly.Parse(deadline, CultureInfo.InvariantCulture)), (open.Year, open.ProvinceCode, open.NominationDeadline));
        Assert.True(open.ScoringDeadline > open.NominationDeadline);
        Assert.Contains($"năm {year} –", open.Title);
        Assert.Equal($"CNNTTB-T01-{year}", open.CertificateSeries);
        Assert.All(open.Nominations, n => Assert.True(VietnamTime.DayOf(n.CreatedAt) < on));
        Assert.Contains(built.CouncilOf, x => x.Round == open && x.Council.Status == CouncilStatus.Open && x.Council.ScoringDeadline == open.ScoringDeadline);
        static IEnumerable<string> Of(DemoAwardsBuilder.Result r) => r.Rounds.Where(x => x.Year == 2023)
            .SelectMany(x => x.Nominations.Select(n => $"{x.Title}|{x.NominationDeadline}|{n.ProductName}|{n.FacilityName}|{n.Recognised}|{n.CertificateNumber}|{n.CreatedAt:O}"));
        Assert.Equal(Of(reference), Of(built));
    }

    [Fact]
    public async Task DemoAwards_IsLoadedOnce()
    {
        await using var scope = App.Db();
        var before = await scope.Context.Nominations.CountAsync(Ct);

        await DemoAwards.LoadAsync(scope.Context, TimeProvider.System, Ct);

        Assert.Equal(before, await scope.Context.Nominations.CountAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoAwardsOnSqlite(SqliteApp app) : DemoAwardsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoAwardsOnPostgres(PostgresApp app) : DemoAwardsTests(app);
