using System.Collections.Concurrent;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>
/// Ten tasks of one document, assigned in the first half of 2013 (far from any other test's data), written straight to the
/// database with the dates and states each needs. Made once per app; the report tests only read it.
/// </summary>
public static class TaskReportSet
{
    public const string From = "2013-01-01", To = "2013-06-30";

    public sealed record Arranged(int DocumentId, int Electricity, int Office, IReadOnlyDictionary<char, int> Ids);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<Arranged>>> Made = new();

    public static Task<Arranged> EnsureAsync(CauNoiApp app) => Made.GetOrAdd(app, a => new Lazy<Task<Arranged>>(() => MakeAsync(a))).Value;

    private static DateOnly D(int month, int day) => new(2013, month, day);

    private sealed record Planned(char Letter, bool Electricity, DateOnly Assigned, DateOnly Due, WorkTaskState State = WorkTaskState.Open,
        DateOnly? Closed = null, DateOnly? ExtendedTo = null, bool Pending = false);

    // Status on 30/06/2013, by hand. DL = Cục Điện lực, VP = the Ministry's office.
    private static readonly Planned[] Plan =
    [
        new('A', true, D(2, 1), D(3, 1), WorkTaskState.Done, D(2, 20)),      // DL done on time
        new('B', true, D(2, 1), D(3, 1), WorkTaskState.Done, D(3, 10)),      // DL done late
        new('C', true, D(3, 1), D(12, 31)),                                   // DL in progress
        new('D', true, D(3, 1), D(4, 1)),                                     // DL overdue, 90 days on 30/06
        new('E', true, D(4, 1), D(5, 15), ExtendedTo: D(7, 31)),              // DL in progress: extended (asked before 15/05) to 31/07
        new('F', false, D(4, 1), D(5, 1), WorkTaskState.Cancelled, D(4, 10)), // VP cancelled
        new('G', false, D(5, 1), D(5, 31), WorkTaskState.Done, D(5, 30)),    // VP done on time
        new('H', false, D(5, 1), D(6, 10), Pending: true),                    // VP overdue, 20 days, an extension asked for
        new('I', false, D(1, 1), D(1, 15), WorkTaskState.Done, D(1, 20)),    // VP done late
        new('J', false, D(1, 2), D(1, 31), WorkTaskState.Done, D(1, 31)),    // VP done on time, on the day
    ];

    private static async Task<Arranged> MakeAsync(CauNoiApp app)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var electricity = await db.Organisations.Where(o => o.Code == "DL").Select(o => o.Id).SingleAsync();
        var office = await db.Users.Where(u => u.UserName == "lanhdao").Select(u => u.OrganisationId).SingleAsync();
        var officer = await db.Users.Where(u => u.UserName == "cuc.dienluc").Select(u => u.Id).SingleAsync();
        var document = new SourceDocument
        {
            Type = DocumentType.Decision, Number = $"{Random.Shared.Next(10_000, 99_999)}/QĐ-BCT", IssuedOn = D(1, 1), Issuer = "Bộ Công Thương",
            SignerName = "Nguyễn Văn A", Summary = "Văn bản để kiểm tra báo cáo nhiệm vụ", RegisteredByOrganisationId = office, CreatedAt = DateTime.UtcNow,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        var tasks = Plan.ToDictionary(p => p.Letter, p => new WorkTask
        {
            Title = $"Nhiệm vụ {p.Letter} của báo cáo 2013", AssignedBy = p.Electricity ? "Bộ trưởng" : "Thứ trưởng", DocumentId = document.Id,
            LeadOrganisationId = p.Electricity ? electricity : office, OwnerId = p.Electricity ? officer : null, AssigningOrganisationId = office,
            AssignedOn = p.Assigned, OriginalDueOn = p.Due, DueOn = p.ExtendedTo ?? p.Due, JudgedDueOn = p.ExtendedTo ?? p.Due,
            State = p.State, ClosedOn = p.Closed, ExtensionPending = p.Pending, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });
        db.Tasks.AddRange(tasks.Values);
        await db.SaveChangesAsync();
        return new Arranged(document.Id, electricity, office, tasks.ToDictionary(t => t.Key, t => t.Value.Id));
    }
}
