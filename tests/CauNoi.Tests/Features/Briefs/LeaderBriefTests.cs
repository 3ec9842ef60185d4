using System.Net.Http.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Tests.Security;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Briefs;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Briefs;

/// <summary>
/// A leader's brief holds exactly what they follow that asks for action. The test's leader follows Sơn La (14) from
/// 01/01/2024 and directs a Ministry unit of the test's own; the week asked for is 2024-W10 (Monday 04/03 to Sunday
/// 10/03/2024), long past, so deadlines are judged on Sunday 10/03/2024 and the demo's records (all later) stay out.
/// </summary>
public abstract class LeaderBriefTests(CauNoiApp app) : AppTests(app)
{
    private const string Week = "2024-W10";
    private static readonly DateOnly Sunday = new(2024, 3, 10);

    /// <summary>One world per database, made by the first test that asks: the tests share the week, so they share its records.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> ArrangeAsync() => Worlds.GetOrAdd(App, _ => new Lazy<Task<World>>(MakeAsync)).Value;

    private sealed record World(string Leader, string Other, string Unit, Dictionary<string, string> Numbers, string FormCode, string Short, string Met);

    private async Task<World> MakeAsync()
    {
        var token = RecommendationSteps.Token();
        var leader = (await HostileCorpusTests.NewAccountAsync(App, "bantin." + token, "VPB", Roles.FocalLeader, DemoData.Password)).UserName;
        var other = (await HostileCorpusTests.NewAccountAsync(App, "bantin.khac." + token, "VPB", Roles.FocalLeader, DemoData.Password)).UserName;
        var numbers = new Dictionary<string, string>();
        await using var scope = App.Db();
        var db = scope.Context;
        var ids = await db.Users.Where(u => u.UserName == leader || u.UserName == other).ToDictionaryAsync(u => u.UserName!, u => u.Id, Ct);
        var unit = new Organisation { Kind = OrganisationKind.MinistryUnit, Code = "BT" + token[..6].ToUpperInvariant(), Name = "Vụ thử bản tin " + token };
        db.Organisations.Add(unit);
        db.FocalLeaderAssignments.AddRange(
            new FocalLeaderAssignment { ProvinceCode = "14", LeaderId = ids[leader], EffectiveFrom = new(2024, 1, 1), EffectiveTo = new(2024, 12, 31), Decision = "1/QĐ-BCT" },
            new FocalLeaderAssignment { ProvinceCode = "08", LeaderId = ids[other], EffectiveFrom = new(2024, 1, 1), EffectiveTo = new(2024, 12, 31), Decision = "1/QĐ-BCT" });
        await db.SaveChangesAsync(Ct);
        db.UnitDirections.Add(new UnitDirection { LeaderId = ids[leader], UnitId = unit.Id, EffectiveFrom = new(2024, 1, 1), Decision = "2/QĐ-BCT" });
        var office = await db.Organisations.Where(o => o.Code == "VPB").Select(o => o.Id).SingleAsync(Ct);
        var sonLa = await db.Organisations.Where(o => o.Code == "SCT-14").Select(o => o.Id).SingleAsync(Ct);
        var tuyenQuang = await db.Organisations.Where(o => o.Code == "SCT-08").Select(o => o.Id).SingleAsync(Ct);

        // Recommendations: put straight into the province, unit, state and deadline each needs.
        async Task Recommendation(string key, string province, int routedTo, RecommendationStatus status, DateOnly due)
        {
            var id = (await App.SubmitAsync("so.hanoi", $"Bản tin {key} {token}", "Nội dung kiến nghị để thử bản tin tuần.", ct: Ct)).Summary.Id;
            await db.Recommendations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProvinceCode, province).SetProperty(r => r.CommuneCode, (string?)null)
                .SetProperty(r => r.RoutedUnitId, routedTo).SetProperty(r => r.Status, status).SetProperty(r => r.DueOn, due), Ct);
            numbers[key] = CauNoi.Web.Features.Recommendations.Recommendation.FormatNumber(id);
        }
        await Recommendation("r-overdue", "14", office, RecommendationStatus.InProgress, new(2024, 3, 1));
        await Recommendation("r-sunday", "14", office, RecommendationStatus.Received, new(2024, 3, 10));
        await Recommendation("r-paused", "14", office, RecommendationStatus.NeedsInformation, new(2024, 3, 1));
        await Recommendation("r-closed", "14", office, RecommendationStatus.Closed, new(2024, 3, 1));
        await Recommendation("r-next-week", "14", office, RecommendationStatus.InProgress, new(2024, 3, 11));
        await Recommendation("r-other-province", "08", office, RecommendationStatus.InProgress, new(2024, 3, 1));
        await Recommendation("r-routed", "01", unit.Id, RecommendationStatus.InProgress, new(2024, 3, 5));

        // Tasks.
        var keys = new Dictionary<WorkTask, string>();
        void Task(string key, int lead, string? leadProvince, DateOnly due, string? concerns = null, DateOnly? done = null)
        {
            var task = new WorkTask
            {
                Title = $"Nhiệm vụ bản tin {key} {token}", AssignedBy = "Bộ trưởng", LeadOrganisationId = lead, LeadProvinceCode = leadProvince,
                AssigningOrganisationId = office, AssignedOn = new(2024, 1, 2), OriginalDueOn = due, DueOn = due, JudgedDueOn = due,
                State = done is null ? WorkTaskState.Open : WorkTaskState.Done, ClosedOn = done,
                Provinces = concerns is null ? [] : [new TaskProvince { ProvinceCode = concerns }],
            };
            db.Tasks.Add(task);
            keys[task] = key;
        }
        Task("t-unit-overdue", unit.Id, null, new(2024, 2, 20));
        Task("t-province-sunday", sonLa, "14", new(2024, 3, 10));
        Task("t-concerning-overdue", tuyenQuang, "08", new(2024, 3, 4), concerns: "14");
        Task("t-other-province", tuyenQuang, "08", new(2024, 3, 1));
        Task("t-done-late", unit.Id, null, new(2024, 3, 1), done: new(2024, 3, 5));
        Task("t-next-week", unit.Id, null, new(2024, 3, 20));
        await db.SaveChangesAsync(Ct);
        foreach (var (task, key) in keys) numbers[key] = WorkTask.FormatNumber(task.Id);

        // Indicators: one short of its 2023 target in Sơn La, one that met it, one short in Tuyên Quang (not followed).
        var code = token.ToUpperInvariant();
        var shortOne = new Indicator { Code = "BTA" + code, Name = "Chỉ tiêu thiếu " + token, Unit = "tỷ đồng", Decimals = 1, Source = "Thử" };
        var met = new Indicator { Code = "BTB" + code, Name = "Chỉ tiêu đạt " + token, Unit = "tỷ đồng", Decimals = 1, Source = "Thử" };
        db.Indicators.AddRange(shortOne, met);
        await db.SaveChangesAsync(Ct);
        void Target(Indicator i, string province, double target, double figure)
        {
            db.IndicatorTargets.Add(new IndicatorTarget { IndicatorId = i.Id, Year = 2023, ProvinceCode = province, Value = target, DocumentNumber = "9/QĐ-BCT", SetByName = "Thử" });
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = i.Id, ProvinceCode = province, PeriodType = PeriodType.Year, Year = 2023, Number = 1, Value = figure, AcceptedAt = DateTime.UtcNow });
        }
        Target(shortOne, "14", 100, 80);
        Target(shortOne, "08", 100, 50);
        Target(met, "14", 100, 120);
        // A quarter's target of 2024 with no figure yet: the latest period compared stays the year 2023.
        db.IndicatorTargets.Add(new IndicatorTarget { IndicatorId = shortOne.Id, Year = 2024, Quarter = 1, ProvinceCode = "14", Value = 30, DocumentNumber = "9/QĐ-BCT", SetByName = "Thử" });

        // A monthly form the unit owns, reported by Sơn La and Tuyên Quang, due 10 days after the month, locked 45 days after that:
        // on 10/03/2024 January's reports (due 10/02) are missing, February's are due that very day, December's window has closed.
        var form = new ReportForm
        {
            Code = "BTF" + code, Name = "Biểu thử bản tin " + token, PeriodType = PeriodType.Month, DueDays = 10, OpensDaysBefore = 40, LockDaysAfter = 45,
            OwningUnitId = unit.Id, Organisations = [new() { OrganisationId = sonLa }, new() { OrganisationId = tuyenQuang }],
        };
        db.ReportForms.Add(form);
        await db.SaveChangesAsync(Ct);
        return new World(leader, other, unit.Name, numbers, form.Code, shortOne.Code, met.Code);
    }

    private async Task<LeaderBrief> BriefAsync(string caller, string? leader = null)
    {
        var response = await (await App.ApiAs(caller)).GetAsync($"/api/v1/briefs/me?week={Week}" + (leader is null ? "" : $"&leader={leader}"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LeaderBrief>(ApiJson.Options, Ct))!;
    }

    [Fact]
    public async Task Brief_HoldsExactlyTheFollowedRecordsThatAskForAction()
    {
        var w = await ArrangeAsync();

        var brief = await BriefAsync(w.Leader);

        Assert.Equal((new DateOnly(2024, 3, 4), Sunday, Sunday), (brief.From, brief.To, brief.AsOf));
        Assert.Equal(["Tỉnh Sơn La"], brief.Provinces.Select(p => p.Name));
        Assert.Equal([w.Unit], brief.Units.Select(u => u.Name));
        string N(string key) => w.Numbers[key];
        // Overdue first by deadline, with the days past it on Sunday 10/03; the one due on Sunday; paused, closed, next week's and Tuyên Quang's absent.
        Assert.Equal(
        [
            (N("r-overdue"), LeaderBrief.Overdue, new DateOnly(2024, 3, 1), (int?)9),
            (N("r-routed"), LeaderBrief.Overdue, new DateOnly(2024, 3, 5), 5),
            (N("r-sunday"), LeaderBrief.DueThisWeek, new DateOnly(2024, 3, 10), null),
        ], brief.Recommendations.Select(l => (l.Number, l.Kind, l.Deadline!.Value, l.DaysOverdue)));
        Assert.All(brief.Recommendations, l => Assert.Equal($"/kien-nghi/{int.Parse(l.Number[2..])}", l.Url));
        Assert.Equal(
        [
            (N("t-unit-overdue"), LeaderBrief.Overdue, new DateOnly(2024, 2, 20), (int?)19),
            (N("t-concerning-overdue"), LeaderBrief.Overdue, new DateOnly(2024, 3, 4), 6),
            (N("t-province-sunday"), LeaderBrief.DueThisWeek, new DateOnly(2024, 3, 10), null),
        ], brief.Tasks.Select(l => (l.Number, l.Kind, l.Deadline!.Value, l.DaysOverdue)));
        Assert.All(brief.Tasks, l => Assert.Equal($"/nhiem-vu/{int.Parse(l.Number[2..])}", l.Url));
        // Indicators: the test's own lines exactly; any other is the followed province's (a seeded form's report missing).
        var mine = brief.Indicators.Where(l => l.Number == w.FormCode || l.Number == w.Short || l.Number == w.Met).ToList();
        Assert.Equal(
        [
            (w.Short, LeaderBrief.BelowTarget, "Tỉnh Sơn La", (DateOnly?)null, (int?)null),
            (w.FormCode, LeaderBrief.Missing, "Sở Công Thương Sơn La", new DateOnly(2024, 2, 10), 29),
            (w.FormCode, LeaderBrief.Missing, "Sở Công Thương Tuyên Quang", new DateOnly(2024, 2, 10), 29),
        ], mine.Select(l => (l.Number, l.Kind, l.Whose, l.Deadline, l.DaysOverdue)));
        Assert.Contains("đạt 80,0/100,0 tỷ đồng", mine[0].What);
        Assert.All(brief.Indicators.Except(mine), l => Assert.Contains("Sơn La", l.Whose));
    }

    [Fact]
    public async Task Docx_HoldsTheSameLines_EachWithItsNumberAndDeadline()
    {
        var w = await ArrangeAsync();
        var brief = await BriefAsync(w.Leader);

        var response = await (await App.ApiAs(w.Leader)).GetAsync($"/api/v1/briefs/me?week={Week}&format=docx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains("BẢN TIN TUẦN", body.InnerText);
        var rows = body.Descendants<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray())
            .Where(c => c.Length == 7 && c[0] != "STT").Select(c => (c[1], c[5], c[6])).ToList();
        var expected = brief.Recommendations.Concat(brief.Tasks).Concat(brief.Indicators)
            .Select(l => (l.Number, l.Deadline is { } d ? d.ToString("dd/MM/yyyy") : "", l.DaysOverdue?.ToString() ?? "")).ToList();
        Assert.Equal(expected, rows);
        Assert.Contains((w.Numbers["r-overdue"], "01/03/2024", "9"), rows);
    }

    [Fact]
    public async Task ALeaderNotFollowingTheProvince_DoesNotSeeItsRecords_ButSeesTheirOwn()
    {
        var w = await ArrangeAsync();

        var other = await BriefAsync(w.Other);

        var numbers = other.Recommendations.Concat(other.Tasks).Select(l => l.Number).Intersect(w.Numbers.Values).ToList();
        Assert.Equal([w.Numbers["r-other-province"], w.Numbers["t-other-province"], w.Numbers["t-concerning-overdue"]], numbers);
        // Tuyên Quang's own missing report and its target not reached; Sơn La's are not his.
        Assert.Equal([(w.Short, "Tỉnh Tuyên Quang"), (w.FormCode, "Sở Công Thương Tuyên Quang")],
            other.Indicators.Where(l => l.Number == w.FormCode || l.Number == w.Short || l.Number == w.Met).Select(l => (l.Number, l.Whose)));
        // The hub reads any leader's brief and gets the same lines; a leader may not read another's.
        Assert.Equal(other.Tasks, (await BriefAsync("cuc.ctdp", w.Other)).Tasks);
        var refused = await (await App.ApiAs(w.Leader)).GetAsync($"/api/v1/briefs/me?week={Week}&leader={w.Other}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task BadWeek_IsRefusedInVietnamese()
    {
        var response = await (await App.ApiAs("lanhdao")).GetAsync("/api/v1/briefs/me?week=2024-W60", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2026-W49", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task HomePage_ShowsTheLeadersBriefWithItsDownload()
    {
        var w = await ArrangeAsync();
        var client = await PageClient.SignedIn(App, w.Leader);

        var (status, home) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(home.QuerySelector("#brief"));
        Assert.Contains("format=docx", home.QuerySelector("#brief-docx")!.GetAttribute("href"));
        // This week: the test's leader no longer follows Sơn La (until 31/12/2024), and still directs the unit.
        Assert.Contains(w.Unit, home.QuerySelector("#brief-follows")!.TextContent);
        Assert.DoesNotContain("Sơn La", home.QuerySelector("#brief-follows")!.TextContent);
        Assert.Null(home.QuerySelector("#tiles"));
    }

    [Fact]
    public async Task HomePage_ShowsAProvinceItsTasksAndForms_AndACommuneNoForms()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, ofProvince) = await province.GetAsync("/");
        var (_, ofCommune) = await commune.GetAsync("/");

        Assert.NotNull(ofProvince.QuerySelector("#task-tiles [data-tile=tasks-overdue]"));
        Assert.NotEmpty(ofProvince.QuerySelectorAll("#home-forms tbody tr"));
        Assert.All(ofProvince.QuerySelectorAll("#home-forms tbody tr a"), a => Assert.StartsWith("/chi-tieu/bao-cao", a.GetAttribute("href")));
        Assert.Null(ofCommune.QuerySelector("#home-forms"));
        Assert.NotNull(ofCommune.QuerySelector("#tiles"));
    }
}

[Collection(SqliteCollection.Name)] public sealed class LeaderBriefOnSqlite(SqliteApp app) : LeaderBriefTests(app);
[Collection(PostgresCollection.Name)] public sealed class LeaderBriefOnPostgres(PostgresApp app) : LeaderBriefTests(app);
