using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Councils;
using static CauNoi.Tests.Features.Awards.AwardSetup;

namespace CauNoi.Tests.Features.Awards;

/// <summary>
/// A round's steps: created with its council and the four criteria groups; scoring starts from the nomination deadline
/// with at least one nomination, adding an entry per nomination; results are published only once the council has closed,
/// recognising who passed within the places in rank order and numbering their certificates. Years 2050–2052.
/// </summary>
public abstract class AwardRoundTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task ARound_IsCreatedWithItsCouncil_AndTheFourCriteriaGroupsOf100Points()
    {
        var round = await CreateRoundAsync(App, HaNoiDept, new { year = 2050, level = "Provincial", nominationDeadline = Today, scoringDeadline = Today.AddDays(20) }, Ct);
        Assert.Equal((AwardLevel.Provincial, HaNoi, 70m, RoundStage.Nominating), (round.Level, round.ProvinceCode, round.PassMark, round.Stage));
        Assert.StartsWith("CNNTTB-01-2050", round.CertificateSeries);
        Assert.Equal(4, round.Criteria.Count);
        Assert.Equal(100m, round.Criteria.Sum(c => c.MaxPoints));
        Assert.Contains("chưa được đối chiếu", round.CriteriaNote);
        Assert.Equal("Bằng điểm thì xét điểm bình quân từng tiêu chí theo thứ tự, tiêu chí đầu tiên khác nhau quyết định", round.TieBreakRule);
        await using var scope = App.Db();
        var council = await scope.Context.Councils.SingleAsync(c => c.Id == round.CouncilId, Ct);
        var department = await scope.Context.Organisations.SingleAsync(o => o.Kind == CauNoi.Web.Features.Organisations.OrganisationKind.ProvincialDepartment && o.ProvinceCode == HaNoi, Ct);
        Assert.Equal((CouncilPurpose.ProductSelection, department.Id, HaNoi, 70m, Today.AddDays(20)), (council.Purpose, council.OrganisationId, council.ProvinceCode, council.PassMark, council.ScoringDeadline));
    }

    [Fact]
    public async Task WhoRunsWhichRound()
    {
        // The Ministry's unit does not run a province's round; a department runs no regional or national one, nor another province's.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, Ministry, "/api/v1/awards/rounds", Round(2050, AwardLevel.Provincial, province: HaNoi), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, HaNoiDept, "/api/v1/awards/rounds", Round(2050, AwardLevel.National), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, HaNoiDept, "/api/v1/awards/rounds", Round(2050, AwardLevel.Provincial, province: TuyenQuang), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, "lanhdao", "/api/v1/awards/rounds", Round(2050, AwardLevel.National), Ct)).StatusCode);
        var regional = await CreateRoundAsync(App, Ministry, Round(2050, AwardLevel.Regional, region: "Centre"), Ct);
        Assert.Equal((AwardLevel.Regional, (CauNoi.Web.Features.AdminUnits.Region?)CauNoi.Web.Features.AdminUnits.Region.Centre, null), (regional.Level, regional.Region, regional.ProvinceCode));
        var missingRegion = await PostAsync(App, Ministry, "/api/v1/awards/rounds", Round(2050, AwardLevel.Regional), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missingRegion.StatusCode);
        Assert.Contains("Chọn khu vực", await missingRegion.Content.ReadAsStringAsync(Ct));
        var backwards = await PostAsync(App, Ministry, "/api/v1/awards/rounds", new { year = 2050, level = "National", nominationDeadline = Today, scoringDeadline = Today.AddDays(-1) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("không được trước hạn nhận hồ sơ", await backwards.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(App, "admin", "/api/v1/awards/rounds", Round(2050, AwardLevel.Provincial, province: TuyenQuang), Ct)).StatusCode);
    }

    [Fact]
    public async Task EachStep_FromItsStageOnly_ByTheRunnerOnly_UnderItsRules()
    {
        var round = await CreateRoundAsync(App, HaNoiDept, Round(2050, AwardLevel.Provincial), Ct);
        var empty = await StepAsync(App, HaNoiDept, round.Id, "start-scoring", Ct);
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Contains("chưa có sản phẩm nào", await empty.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, HaNoiDept, round.Id, "publish", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(App, HaNoiDept, round.Id, "close", Ct)).StatusCode);

        var a = await NominateAsync(App, HaNoiDept, Product(round.Id, "Gốm " + Token()), Ct);
        var b = await NominateAsync(App, HaNoiDept, Product(round.Id, "Lụa " + Token(), ProductGroup.Other, BaDinh), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, Ministry, round.Id, "start-scoring", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, TuyenQuangDept, round.Id, "start-scoring", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, "lanhdao", round.Id, "start-scoring", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, HaNoiDept, round.Id, "start-scoring", Ct, version: round.Version + 1)).StatusCode);

        var scoring = await ReadAsync<AwardQueries.RoundDetail>(await StepAsync(App, HaNoiDept, round.Id, "start-scoring", Ct), HttpStatusCode.OK, Ct);
        Assert.Equal(RoundStage.Scoring, scoring.Stage);
        await using (var scope = App.Db())
            Assert.Equal([a.Id, b.Id], await scope.Context.CouncilEntries.Where(e => e.CouncilId == round.CouncilId).OrderBy(e => e.NominationId).Select(e => e.NominationId!.Value).ToListAsync(Ct));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, HaNoiDept, round.Id, "start-scoring", Ct)).StatusCode);
        var late = await PostAsync(App, HaNoiDept, "/api/v1/awards/nominations", Product(round.Id, "Muộn " + Token()), Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        var early = await StepAsync(App, HaNoiDept, round.Id, "publish", Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("Hội đồng chưa kết thúc", await early.Content.ReadAsStringAsync(Ct));

        await CloseCouncilAsync(App, round.CouncilId!.Value, new Dictionary<int, (decimal, int, bool)> { [a.Id] = (81.5m, 1, true), [b.Id] = (64m, 2, false) }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, Ministry, round.Id, "publish", Ct)).StatusCode);
        var closed = await ReadAsync<AwardQueries.RoundDetail>(await StepAsync(App, HaNoiDept, round.Id, "publish", Ct), HttpStatusCode.OK, Ct);
        Assert.Equal((RoundStage.Closed, 1), (closed.Stage, closed.CertificatesIssued));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, HaNoiDept, round.Id, "publish", Ct)).StatusCode);
        Assert.Empty(closed.NextSteps);
    }

    [Fact]
    public async Task ScoringStartsOnlyFromTheNominationDeadline_AndALateNominationNamesIt()
    {
        var open = await CreateRoundAsync(App, HaNoiDept, Round(2051, AwardLevel.Provincial, deadline: Today.AddDays(3)), Ct);
        await NominateAsync(App, HaNoiDept, Product(open.Id, "Mây tre " + Token()), Ct);
        var early = await StepAsync(App, HaNoiDept, open.Id, "start-scoring", Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains($"Chưa hết hạn nhận hồ sơ ({Display.Date(Today.AddDays(3))})", await early.Content.ReadAsStringAsync(Ct));

        var past = await CreateRoundAsync(App, HaNoiDept, Round(2051, AwardLevel.Provincial, deadline: Today.AddDays(-1)), Ct);
        var late = await PostAsync(App, HaNoiDept, "/api/v1/awards/nominations", Product(past.Id, "Muộn " + Token()), Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains($"Đã hết hạn nhận hồ sơ của đợt bình chọn (hạn ngày {Display.Date(Today.AddDays(-1))})", await late.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// Hand-worked: five products, places 3, shared ranks. Results frozen by the council:
    ///   A 90,00 rank 1 passed; B 85,00 rank 2 passed; C 85,00 rank 2 passed; D 72,00 rank 4 passed; E 60,00 rank 5 not passed.
    /// Recognised: rank ≤ 3 and passed → A, B, C (D passed but is outside the places; E did not pass).
    /// Certificates in rank order, equal ranks by the earlier nomination (C was nominated before B): A 001, C 002, B 003.
    /// </summary>
    [Fact]
    public async Task Publishing_RecognisesWhoPassedWithinThePlaces_AndNumbersCertificatesInRankOrder()
    {
        // Nominated in the order C, A, E, B, D, so that neither the order of nomination nor of name gives the answer.
        (string Name, decimal Average, int Rank, bool Passed)[] products =
            [("C " + Token(), 85m, 2, true), ("A " + Token(), 90m, 1, true), ("E " + Token(), 60m, 5, false), ("B " + Token(), 85m, 2, true), ("D " + Token(), 72m, 4, true)];
        var round = await CreateRoundAsync(App, HaNoiDept, Round(2052, AwardLevel.Provincial, places: 3, tieBreak: TieBreak.SharedRank), Ct);
        var ids = new Dictionary<string, int>();
        foreach (var p in products) ids[p.Name[..1]] = (await NominateAsync(App, HaNoiDept, Product(round.Id, p.Name), Ct)).Id;
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDept, round.Id, "start-scoring", Ct)).StatusCode);
        await CloseCouncilAsync(App, round.CouncilId!.Value, products.ToDictionary(p => ids[p.Name[..1]], p => (p.Average, p.Rank, p.Passed)), Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDept, round.Id, "publish", Ct)).StatusCode);

        var s = round.CertificateSeries;
        string?[] expected = [$"002/{s}", $"001/{s}", null, $"003/{s}", null];
        bool[] recognised = [true, true, false, true, false];
        var published = await GetRoundAsync(App, HaNoiDept, round.Id, Ct);
        Assert.Equal(3, published.CertificatesIssued);
        foreach (var (p, i) in products.Select((p, i) => (p, i)))
        {
            var n = published.Nominations.Single(x => x.Id == ids[p.Name[..1]]);
            Assert.Equal((recognised[i], expected[i]), (n.Recognised!.Value, n.CertificateNumber));
        }
        Assert.Equal(["A", "C", "B", "D", "E"], published.Nominations.Select(n => n.ProductName[..1]));
    }

    [Fact]
    public async Task WithoutACap_EveryProductThatPassedIsRecognised()
    {
        var (round, ids) = await PublishedProvincialAsync(App, 2052, [("Nón " + Token(), 70m, 2, true), ("Quạt " + Token(), 88m, 1, true), ("Chiếu " + Token(), 69.99m, 3, false)], Ct);
        Assert.Equal([true, true, false], ids.Select(id => round.Nominations.Single(n => n.Id == id).Recognised!.Value));
        Assert.Equal([$"002/{round.CertificateSeries}", $"001/{round.CertificateSeries}", null], ids.Select(id => round.Nominations.Single(n => n.Id == id).CertificateNumber));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AwardRoundOnSqlite(SqliteApp app) : AwardRoundTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AwardRoundOnPostgres(PostgresApp app) : AwardRoundTests(app);
