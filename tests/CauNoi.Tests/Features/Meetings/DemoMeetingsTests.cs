using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Meetings;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Meetings;

/// <summary>The demo data set's conferences and missions: each linked to what it produced, each marked as demonstration data.</summary>
public abstract class DemoMeetingsTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task Demo_HasTheConferencesOfTheSeeds_AndMissionsWhoseFindingsLedToRecommendationsAndTasks()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var demo = await db.Meetings.Where(m => m.IsDemo).Include(m => m.Provinces).Include(m => m.Findings).ToListAsync(Ct);

        var national = Assert.Single(demo, m => m.Kind == MeetingKind.NationalConference);
        Assert.Equal((new DateOnly(2025, 7, 30), 34), (national.StartsOn, national.Provinces.Count));
        Assert.Equal(DocumentType.ConclusionNotice, (await db.Documents.SingleAsync(d => d.MeetingId == national.Id, Ct)).Type);
        Assert.True(await db.Tasks.AnyAsync(t => db.Documents.Any(d => d.Id == t.DocumentId && d.MeetingId == national.Id), Ct));
        var x = Assert.Single(demo, m => m.Kind == MeetingKind.RegionalConference && m.Region == Region.North && m.StartsOn.Year == 2024);
        // The two older conferences hold what the provinces raised there, walked through the workflow to today: most answered.
        foreach (var older in new[] { national, x })
        {
            var raisedThere = await db.Recommendations.Where(r => r.MeetingId == older.Id).ToListAsync(Ct);
            Assert.NotEmpty(raisedThere);
            Assert.All(raisedThere, r => Assert.Equal((Channel.Conference, older.Title), (r.Channel, r.ConferenceName)));
            Assert.All(raisedThere, r => Assert.Contains(older.Provinces, p => p.ProvinceCode == r.ProvinceCode));
            Assert.Contains(raisedThere, r => r.Answer != null);
        }

        // This year's Northern conference holds the recommendations the demo localities raised there, some answered.
        var recent = demo.Single(m => m.Kind == MeetingKind.RegionalConference && m.StartsOn.Year > 2024);
        var raised = await db.Recommendations.Where(r => r.MeetingId == recent.Id).ToListAsync(Ct);
        Assert.NotEmpty(raised);
        Assert.All(raised, r => Assert.Equal((Channel.Conference, recent.Title), (r.Channel, r.ConferenceName)));
        Assert.All(raised, r => Assert.Contains(recent.Provinces, p => p.ProvinceCode == r.ProvinceCode));

        // Every mission visited one province on one day; its findings became its recommendations, and one a task.
        var missions = demo.Where(m => m.Kind == MeetingKind.WorkingMission).ToList();
        Assert.NotEmpty(missions);
        foreach (var mission in missions)
        {
            var province = Assert.Single(mission.Provinces);
            Assert.Equal(mission.StartsOn, province.VisitOn);
            Assert.True(mission.Findings.Count(f => f.RecommendationId is not null) >= 1);
            var followed = Assert.Single(mission.Findings, f => f.TaskId is not null);
            Assert.Contains(province.ProvinceCode, await db.Set<TaskProvince>().Where(p => p.TaskId == followed.TaskId).Select(p => p.ProvinceCode).ToListAsync(Ct));
            var linked = mission.Findings.Where(f => f.RecommendationId is not null).Select(f => f.RecommendationId!.Value).ToList();
            Assert.Equal(linked.Count, await db.Recommendations.CountAsync(r => linked.Contains(r.Id) && r.MeetingId == mission.Id && r.Channel == Channel.WorkingVisit, Ct));
        }
        Assert.All(demo, m => Assert.StartsWith(DemoTasks.Label, m.Agenda));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoMeetingsOnSqlite(SqliteApp app) : DemoMeetingsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoMeetingsOnPostgres(PostgresApp app) : DemoMeetingsTests(app);
