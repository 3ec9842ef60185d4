using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations.Demo;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.Bench;

/// <summary>
/// Adds a national-scale tasks register to a generated database: <c>--documents</c> documents (default 20,000) over the
/// ten years up to today and <c>--tasks</c> tasks (default 200,000) spread over them, led by the Ministry's units (seven
/// in ten) and the provinces' departments, owned by the generated officers, each with its history. Tasks due in the past
/// are mostly done (on time more often than late), a few cancelled, the rest overdue; tasks due later are open with some
/// progress. One in twenty was extended, half of them asked after the deadline (so still judged late).
/// </summary>
public static class TaskGenerator
{
    private const int Batch = 5000;

    private static readonly Table Documents = new("Documents", "Id", "Type", "Number", "IssuedOn", "Issuer", "SignerName", "Summary",
        "RegisteredByOrganisationId", "CreatedById", "CreatedAt", "IsDemo", "SearchName");
    private static readonly Table Tasks = new("Tasks", "Id", "DocumentId", "ParentId", "Weight", "SeriesId", "Recurrence", "Title", "Description",
        "LeadOrganisationId", "LeadProvinceCode", "OwnerId", "AssignedBy", "AssignedById", "AssigningOrganisationId", "AssignedOn",
        "OriginalDueOn", "DueOn", "JudgedDueOn", "ExpectedResult", "ResultForm", "Priority", "Progress", "State", "ClosedOn", "CancelReason",
        "ExtensionPending", "RecommendationId", "CreatedById", "CreatedAt", "UpdatedAt", "Version", "IsDemo", "SearchName");
    private static readonly Table Provinces = new("TaskProvinces", "TaskId", "ProvinceCode");
    private static readonly Table Events = new("TaskEvents", "Id", "TaskId", "At", "ActorId", "ActorName", "ActorOrganisation", "Action", "Comment");

    private static readonly string[] Works =
    [
        "Rà soát, sửa đổi quy định về", "Xây dựng đề án phát triển", "Báo cáo tình hình thực hiện", "Hướng dẫn địa phương triển khai",
        "Kiểm tra việc thực hiện", "Tổng hợp kiến nghị của địa phương về", "Tham mưu ban hành thông tư về", "Đôn đốc tiến độ dự án",
    ];
    private static readonly string[] Topics =
    [
        "cụm công nghiệp", "thị trường trong nước", "xuất khẩu nông sản", "an toàn hóa chất", "lưới điện phân phối", "thương mại điện tử",
        "khuyến công", "năng lượng tái tạo", "phòng vệ thương mại", "quản lý thị trường", "công nghiệp hỗ trợ", "tiết kiệm năng lượng",
    ];

    public static async Task<int> RunAsync(CauNoiDb db, DatabaseInfo info, BenchOptions o, CancellationToken ct = default)
    {
        var taskCount = int.Parse(o.Values.GetValueOrDefault("tasks", "200000"));
        var documentCount = int.Parse(o.Values.GetValueOrDefault("documents", "20000"));
        if (await db.Tasks.AnyAsync(t => !t.IsDemo, ct))
        {
            Console.Error.WriteLine("The database already holds generated tasks.");
            return 2;
        }
        var world = await DemoWorld.LoadAsync(db, ct) ?? throw new InvalidOperationException("No reference data.");
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(o.Seed);
        var today = VietnamTime.Today(TimeProvider.System);
        var people = (await db.Users.AsNoTracking().Where(u => u.IsActive).Select(u => new Person(u.Id, u.FullName, u.OrganisationId)).ToListAsync(ct))
            .GroupBy(u => u.OrganisationId).ToDictionary(g => g.Key, g => g.ToArray());
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var firstDocument = (await db.Documents.MaxAsync(d => (int?)d.Id, ct) ?? 0) + 1;
        var firstTask = (await db.Tasks.MaxAsync(t => (int?)t.Id, ct) ?? 0) + 1;
        var nextEvent = (await db.TaskEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1;
        var units = world.Units.Values.Where(u => people.ContainsKey(u.Id)).ToArray();
        var provinces = world.Provinces.Where(p => people.ContainsKey(p.DepartmentId)).ToArray();

        await using IBulkSink sink = info.Provider == DatabaseProvider.Postgres
            ? await PostgresSink.OpenAsync(info.ConnectionString, deferIndexes: false, ct, loaded: ["Documents", "Tasks", "TaskEvents"])
            : SqliteSink.Open(info.ConnectionString);

        var documents = new List<object?[]>(Batch);
        var issued = new DateOnly[documentCount];
        for (var i = 0; i < documentCount; i++)
        {
            var id = firstDocument + i;
            var on = today.AddDays(-(int)(3650 * Math.Pow(rng.NextDouble(), 1.6)));
            issued[i] = on;
            var type = (DocumentType)rng.Next(1, 8);
            var summary = $"{Works[rng.Next(Works.Length)]} {Topics[rng.Next(Topics.Length)]} (văn bản sinh tự động để đo hiệu năng)";
            var number = $"{id}/{Symbol(type)}-BCT";
            documents.Add([id, (int)type, number, on, "Bộ Công Thương", DemoNames.Person(rng.Next(1000)), summary, world.Hub.Id, null,
                on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), false, VietnameseText.Fold($"{number} {summary} Bộ Công Thương")]);
            if (documents.Count == Batch) { sink.Write(Documents, documents); documents.Clear(); }
        }
        sink.Write(Documents, documents);

        var tasks = new List<object?[]>(Batch);
        var events = new List<object?[]>(Batch * 2);
        var concern = new List<object?[]>(Batch);
        for (var i = 0; i < taskCount; i++)
        {
            var id = firstTask + i;
            var d = rng.Next(documentCount);
            var assignedOn = issued[d];
            var local = rng.NextDouble() < 0.3;
            var province = local ? provinces[rng.Next(provinces.Length)] : null;
            var lead = province?.DepartmentId ?? units[rng.Next(units.Length)].Id;
            var staff = people[lead];
            var owner = staff[rng.Next(staff.Length)];
            var due = assignedOn.AddDays(rng.Next(15, 200));
            var (state, closed, judged, current, progress) = Fate(rng, assignedOn, due, today);
            var title = $"{Works[rng.Next(Works.Length)]} {Topics[rng.Next(Topics.Length)]}" + (province is null ? "" : $" tại {province.Inline}");
            var at = assignedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            tasks.Add([id, firstDocument + d, null, 1m, null, 0, title, null, lead, province?.Code, owner.Id, "Bộ trưởng", null, world.Hub.Id,
                assignedOn, due, current, judged, "Báo cáo kết quả", (int)ResultForm.Report, (int)TaskPriority.Normal, progress, (int)state, closed,
                state == WorkTaskState.Cancelled ? "Không còn phù hợp" : null, false, null, null, at, at, state == WorkTaskState.Open ? 1 : 2,
                false, VietnameseText.Fold(title)]);
            if (province is not null || rng.NextDouble() < 0.05)
                concern.Add([id, (province ?? provinces[rng.Next(provinces.Length)]).Code]);
            events.Add([nextEvent++, id, at, null, "Cán bộ Cục Công Thương địa phương", organisations[world.Hub.Id], "assign", null]);
            if (closed is { } c)
                events.Add([nextEvent++, id, c.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc), owner.Id, owner.FullName, organisations[lead],
                    state == WorkTaskState.Done ? "report-progress" : "cancel", state == WorkTaskState.Done ? "100%: Đã hoàn thành." : "Không còn phù hợp"]);
            if (tasks.Count == Batch || i == taskCount - 1)
            {
                sink.Write(Tasks, tasks);
                sink.Write(Provinces, concern);
                sink.Write(Events, events);
                tasks.Clear(); concern.Clear(); events.Clear();
            }
        }
        await sink.FinishAsync(ct);
        Console.WriteLine($"{documentCount:N0} documents and {taskCount:N0} tasks in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>How a task has fared by today: its state, the day it closed, the deadlines it is judged on and works to, its progress.</summary>
    private static (WorkTaskState, DateOnly?, DateOnly Judged, DateOnly Current, int?) Fate(Random rng, DateOnly assigned, DateOnly due, DateOnly today)
    {
        var (judged, current) = (due, due);
        var roll = rng.NextDouble();
        if (roll < 0.05)
        {
            current = due.AddDays(rng.Next(15, 60));
            if (roll < 0.025) judged = current;   // asked in time
        }
        if (current < today)
        {
            var fate = rng.NextDouble();
            if (fate < 0.02) return (WorkTaskState.Cancelled, Min(due, today), judged, current, null);
            if (fate < 0.72) return (WorkTaskState.Done, Min(judged.AddDays(-rng.Next(0, 10)), today), judged, current, 100);
            if (fate < 0.88) return (WorkTaskState.Done, Min(judged.AddDays(rng.Next(1, 40)), today), judged, current, 100);
            return (WorkTaskState.Open, null, judged, current, rng.Next(0, 95));
        }
        if (rng.NextDouble() < 0.2 && assigned.AddDays(5) < today) return (WorkTaskState.Done, Min(assigned.AddDays(rng.Next(5, 15)), today), judged, current, 100);
        return (WorkTaskState.Open, null, judged, current, rng.NextDouble() < 0.3 ? null : rng.Next(0, 95));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Symbol(DocumentType type) => type switch
    {
        DocumentType.Resolution => "NQ",
        DocumentType.Decision => "QĐ",
        DocumentType.Directive => "CT",
        DocumentType.ConclusionNotice => "TB",
        DocumentType.Plan => "KH",
        DocumentType.MeetingMinutes => "BB",
        _ => "CV",
    };
}
