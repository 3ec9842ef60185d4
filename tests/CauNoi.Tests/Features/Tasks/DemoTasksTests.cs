using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>The demo data set's documents and tasks, as a new user finds them on first run: drawn from the seeds, labelled as demonstration data, some late and some done.</summary>
public abstract class DemoTasksTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task TheMinistersTenKeyTasks_AreRegisteredUnderTheConclusionNotice_EachWithAnOwnerAndADeadline()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var notice = await db.Documents.SingleAsync(d => d.Number == "195/TB-BCT", Ct);
        var tasks = await db.Tasks.Where(t => t.DocumentId == notice.Id).ToListAsync(Ct);

        Assert.Equal(DocumentType.ConclusionNotice, notice.Type);
        Assert.StartsWith(DemoTasks.Label, notice.Summary);
        Assert.Equal(10, tasks.Count);
        Assert.All(tasks, t => Assert.True(t.OwnerId is not null && t.IsDemo));
        Assert.True(await db.Documents.AnyAsync(d => d.Number == "2172/QĐ-BCT" && d.IssuedOn == new DateOnly(2025, 7, 29), Ct));
    }

    [Fact]
    public async Task TheDemo_HasTasksInTheGovernmentsBuckets_AndAWeeklyReview()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var figures = await TaskFigures.LoadAsync(db.Tasks.Where(t => t.IsDemo), new DateOnly(2026, 12, 6), Ct);

        Assert.True(figures.Count(WorkTaskStatus.DoneOnTime) > 0);
        Assert.True(figures.Count(WorkTaskStatus.DoneLate) > 0);
        Assert.True(figures.Count(WorkTaskStatus.Overdue) > 0);
        Assert.True(figures.Count(WorkTaskStatus.NotYetDue) > 0);   // the weekly review's weeks to come
        var series = await db.Tasks.SingleAsync(t => t.Recurrence == Recurrence.Weekly && t.IsDemo, Ct);
        // Fridays from 8/8/2025 to 25/12/2026, each its own task.
        Assert.True(await db.Tasks.CountAsync(t => t.SeriesId == series.Id, Ct) >= 70);
    }

    [Fact]
    public async Task The2026Programme_RollsUpByItsWeights_WithTheSubTaskNotYetReportedCountedAsZero()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var parent = await db.Tasks.SingleAsync(t => t.Title.StartsWith("Tham mưu ban hành các văn bản quy phạm pháp luật theo Chương trình năm 2026"), Ct);
        var children = await db.Tasks.Where(t => t.ParentId == parent.Id)
            .Select(c => new TaskRollUp.Child(c.Id, c.Title, c.Weight, c.Progress, c.State)).ToListAsync(Ct);

        // (12 × 75 + 30 × 60 + 3 × 0) ÷ (12 + 30 + 3) = 2.700 ÷ 45 = 60
        Assert.Equal(60m, TaskRollUp.Of(children).Percent);
        Assert.True(TaskRollUp.Of(children).AnyCountedAsZero);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoTasksOnSqlite(SqliteApp app) : DemoTasksTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoTasksOnPostgres(PostgresApp app) : DemoTasksTests(app);
