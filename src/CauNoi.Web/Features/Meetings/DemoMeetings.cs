using CauNoi.Web.Features.AdminUnits;
using System.Globalization;
using System.Text.RegularExpressions;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Demo;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// The demo data set's conferences and missions, on top of its recommendations and tasks: the national conference with
/// the Sở Công Thương of July 2025 (seed 000), whose conclusion notice 201/TB-BCT already assigns tasks; the Northern
/// regional conference of 2024 (seed 004, "lần thứ X"; its day is made up) with a conclusion notice of its own; this
/// year's Northern conference, where the demo localities raised recommendations (DemoPlan), with its notice; and the
/// working missions of the focal leaders, one for each province and day where the demo recorded recommendations "tại buổi
/// làm việc", each with findings that became those recommendations and one that became a task. Every record is marked
/// <c>IsDemo</c>, and its agenda or summary says it is demonstration data.
/// </summary>
public static partial class DemoMeetings
{
    private const string Label = DemoTasks.Label;
    private const string Deputy = "Thứ trưởng Nguyễn Sinh Nhật Tân", Minister = "Bộ trưởng Nguyễn Hồng Diên";

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>Mid-morning of a day, Vietnam time, in UTC.</summary>
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Meetings.AnyAsync(ct)) return;
        var world = await DemoWorld.LoadAsync(db, ct);
        if (world is null) return;
        db.ChangeTracker.Clear();
        var today = VietnamTime.Today(clock);
        var hub = world.Officer(world.Hub.Id);
        int Unit(string code) => world.UnitsByCode[code].Id;
        var north = world.Provinces.Where(DemoPlan.IsNorthern).Select(p => p.Code).ToArray();

        // July 2025: every province, the conclusion notice the demo tasks already hold.
        var national = await MeetingAsync(db, hub, MeetingKind.NationalConference, null, DemoPlan.NationalConference, D(2025, 7, 30), D(2025, 7, 30),
            "Trụ sở Bộ Công Thương, 54 Hai Bà Trưng, Hà Nội; trực tuyến đến 34 điểm cầu", Minister,
            "Đánh giá một tháng vận hành chính quyền địa phương hai cấp; phân cấp, phân quyền trong lĩnh vực công thương; ý kiến, kiến nghị của các Sở Công Thương.",
            [Unit("CTDP"), Unit("PC"), Unit("TMDT"), Unit("DL")], [.. world.Provinces.Select(p => p.Code)], ct);
        await db.Documents.Where(d => d.IsDemo && d.Number == "201/TB-BCT").ExecuteUpdateAsync(s => s.SetProperty(d => d.MeetingId, national.Id), ct);
        var rng = new Random(DemoRecommendations.Seed + 15);
        var lifecycle = new DemoLifecycle(world, rng, clock.GetUtcNow().UtcDateTime, await SettingValues.IntAsync(db, SettingValues.ReopenPeriodDays, ct));
        await RaisedAsync(db, world, rng, lifecycle, national, [.. world.Provinces], 12, ct);

        // 2024, seed 004: the deputy minister asked the units to "tổng hợp đầy đủ, trả lời một cách rõ ràng".
        var x = await MeetingAsync(db, hub, MeetingKind.RegionalConference, Region.North,
            "Hội nghị ngành Công Thương 28 tỉnh, thành phố khu vực phía Bắc lần thứ X, năm 2024", D(2024, 7, 26), D(2024, 7, 26), "Thành phố Hà Nội", Deputy,
            "Kết quả 6 tháng đầu năm 2024 của ngành Công Thương khu vực phía Bắc; chuyển đổi số; tính tương thích giữa quy hoạch tỉnh và quy hoạch ngành quốc gia.",
            [Unit("CTDP"), Unit("CN"), Unit("DL"), Unit("TMDT")], north, ct);
        await RaisedAsync(db, world, rng, lifecycle, x, [.. world.Provinces.Where(DemoPlan.IsNorthern)], 10, ct);
        var xNotice = await NoticeAsync(db, hub, "168/TB-BCT", D(2024, 8, 5), "Nguyễn Sinh Nhật Tân", $"Kết luận của {Deputy} tại {x.Title}", x.Id, ct);
        await TaskAsync(db, world, hub, xNotice, "CTDP", "Tổng hợp đầy đủ, trả lời rõ ràng các kiến nghị của địa phương nêu tại Hội nghị", D(2024, 8, 5), D(2024, 9, 6),
            D(2024, 9, 5), today, ct);
        await TaskAsync(db, world, hub, xNotice, "CN", "Hướng dẫn các địa phương bảo đảm tính tương thích, đồng bộ giữa quy hoạch tỉnh và quy hoạch ngành quốc gia", D(2024, 8, 5),
            D(2024, 10, 31), D(2024, 11, 8), today, ct);

        // This year's Northern conference, where the demo localities raised recommendations.
        if (DemoPlan.NorthernConference(world, today) is var (name, day) && await db.Recommendations.AnyAsync(r => r.ConferenceName == name, ct))
        {
            var recent = await MeetingAsync(db, hub, MeetingKind.RegionalConference, Region.North, name, day, day, "Thành phố Hà Nội", Deputy,
                "Tình hình thực hiện nhiệm vụ phát triển ngành Công Thương các tỉnh phía Bắc; vướng mắc của địa phương sau phân cấp; kiến nghị với Bộ.",
                [Unit("CTDP"), Unit("CN"), Unit("DL"), Unit("TTTN"), Unit("DMST")], north, ct);
            await db.Recommendations.Where(r => r.ConferenceName == name).ExecuteUpdateAsync(s => s.SetProperty(r => r.MeetingId, recent.Id), ct);
            var notice = await NoticeAsync(db, hub, $"{200 + day.DayOfYear}/TB-BCT", world.Calendar.Deadline(day, 5), "Nguyễn Sinh Nhật Tân",
                $"Kết luận của {Deputy} tại {name}", recent.Id, ct);
            await TaskAsync(db, world, hub, notice, "CTDP", "Tổng hợp, trả lời bằng văn bản các kiến nghị của địa phương nêu tại Hội nghị", notice.IssuedOn,
                world.Calendar.Deadline(notice.IssuedOn, 20), null, today, ct);
            await TaskAsync(db, world, hub, notice, "DL", "Làm việc với các tổng công ty điện lực về cấp điện cho các cụm công nghiệp khu vực phía Bắc", notice.IssuedOn,
                world.Calendar.Deadline(notice.IssuedOn, 45), null, today, ct);
        }

        await MissionsAsync(db, world, hub, today, ct);
    }

    /// <summary>
    /// One mission for each province and day where the demo recorded recommendations at a working session with the focal
    /// leader: those recommendations are its findings' follow-ups, and one more finding became a task of the hub.
    /// </summary>
    private static async Task MissionsAsync(CauNoiDb db, DemoWorld world, Actor hub, DateOnly today, CancellationToken ct)
    {
        var visits = (await db.Recommendations.Where(r => r.Channel == Channel.WorkingVisit)
                .Select(r => new { r.Id, r.ProvinceCode, r.Title, r.Content }).ToListAsync(ct))
            .Select(r => (r.Id, r.ProvinceCode, r.Title, Day: VisitDay().Match(r.Content) is { Success: true } m
                ? DateOnly.ParseExact(m.Groups[1].Value, "dd/MM/yyyy", CultureInfo.InvariantCulture) : (DateOnly?)null))
            .Where(r => r.Day is not null)
            .GroupBy(r => (r.ProvinceCode, Day: r.Day!.Value))
            .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.ProvinceCode, StringComparer.Ordinal).ToList();
        var provinces = world.Provinces.ToDictionary(p => p.Code);
        foreach (var visit in visits)
        {
            var province = provinces[visit.Key.ProvinceCode];
            if (world.FocalLeaderActor(province.Code, visit.Key.Day) is not { } leader) continue;
            var chair = $"Đồng chí {leader.Name}, lãnh đạo cấp Vụ phụ trách {province.Inline}";
            var mission = await MeetingAsync(db, hub, MeetingKind.WorkingMission, null, $"Đoàn công tác của Bộ Công Thương làm việc tại {province.Inline}",
                visit.Key.Day, visit.Key.Day, $"Sở Công Thương {province.Short}", chair,
                "Nắm tình hình thực hiện nhiệm vụ của Sở Công Thương sau phân cấp; khó khăn, vướng mắc của địa phương và doanh nghiệp (Quyết định 2172/QĐ-BCT).",
                [leader.OrganisationId, world.Hub.Id], [province.Code], ct, chairId: leader.UserId);
            var at = At(visit.Key.Day);
            db.MeetingFindings.AddRange(visit.Select(r => new MeetingFinding
            {
                MeetingId = mission.Id, ProvinceCode = province.Code, Text = r.Title, RecommendationId = r.Id, RecordedById = hub.UserId, RecordedAt = at,
            }));
            var ids = visit.Select(v => v.Id).ToList();
            await db.Recommendations.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.MeetingId, mission.Id), ct);
            var followUp = new MeetingFinding
            {
                MeetingId = mission.Id, ProvinceCode = province.Code, RecordedById = hub.UserId, RecordedAt = at,
                Text = $"Sở Công Thương {province.Short} đề nghị Bộ tiếp tục hướng dẫn việc tiếp nhận, giải quyết thủ tục hành chính đã phân cấp cho cấp xã.",
            };
            db.MeetingFindings.Add(followUp);
            await db.SaveChangesAsync(ct);
            var task = await TaskAsync(db, world, hub, null, "CTDP", $"Hướng dẫn {province.Inline} tiếp nhận, giải quyết thủ tục hành chính đã phân cấp cho cấp xã (theo kết quả làm việc của đoàn công tác)",
                visit.Key.Day, world.Calendar.Deadline(visit.Key.Day, 15), visit.Key.Day.AddDays(12) <= today ? visit.Key.Day.AddDays(12) : null, today, ct, province.Code);
            await db.MeetingFindings.Where(f => f.Id == followUp.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.TaskId, task.Id), ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// What the provinces raised at a conference older than the demo's year of recommendations, walked through the workflow
    /// up to today by the demo's own lifecycle (so most are answered), and linked to the meeting.
    /// </summary>
    private static async Task RaisedAsync(CauNoiDb db, DemoWorld world, Random rng, DemoLifecycle lifecycle, Meeting meeting, DemoProvince[] provinces, int count,
        CancellationToken ct)
    {
        var plans = DemoRecommendations.Titled(rng, DemoPlan.AtConference(world, rng, meeting.Title, meeting.StartsOn, provinces, count));
        foreach (var p in plans)
        {
            var record = lifecycle.Run(p);
            record.MeetingId = meeting.Id;
            db.Recommendations.Add(record);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    [GeneratedRegex(@"ngày (\d{2}/\d{2}/\d{4})\.")]
    private static partial Regex VisitDay();

    private static async Task<Meeting> MeetingAsync(CauNoiDb db, Actor by, MeetingKind kind, Region? region, string title, DateOnly starts, DateOnly ends,
        string place, string chair, string agenda, int[] units, string[] provinces, CancellationToken ct, string? chairId = null)
    {
        var meeting = new Meeting
        {
            Kind = kind, Region = region, Title = title, StartsOn = starts, EndsOn = ends, Place = place, ChairId = chairId, ChairName = chair,
            Agenda = Label + agenda, OrganisedByOrganisationId = by.OrganisationId, CreatedById = by.UserId, CreatedAt = At(starts.AddDays(-14)),
            UpdatedAt = At(starts), IsDemo = true,
            Units = [.. units.Distinct().Select(u => new MeetingUnit { OrganisationId = u })],
            Provinces = [.. provinces.Select(p => new MeetingProvince { ProvinceCode = p, VisitOn = kind == MeetingKind.WorkingMission ? starts : null })],
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    private static async Task<SourceDocument> NoticeAsync(CauNoiDb db, Actor by, string number, DateOnly issued, string signer, string summary, int meeting,
        CancellationToken ct)
    {
        var document = new SourceDocument
        {
            Type = DocumentType.ConclusionNotice, Number = number, IssuedOn = issued, Issuer = "Bộ Công Thương", SignerName = signer, Summary = Label + summary,
            RegisteredByOrganisationId = by.OrganisationId, CreatedById = by.UserId, CreatedAt = At(issued), IsDemo = true, MeetingId = meeting,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>A task of the unit's head, checked as any task is; done on <paramref name="doneOn"/> when that day has come.</summary>
    private static async Task<WorkTask> TaskAsync(CauNoiDb db, DemoWorld world, Actor by, SourceDocument? document, string unit, string title,
        DateOnly assigned, DateOnly due, DateOnly? doneOn, DateOnly today, CancellationToken ct, string? province = null)
    {
        var head = world.Head(world.UnitsByCode[unit].Id);
        var input = new TaskIntake.TaskInput(title, head.OrganisationId, head.UserId, document is null ? "Lãnh đạo cấp Vụ phụ trách tỉnh" : Deputy, due,
            DocumentId: document?.Id, AssignedOn: assigned, ExpectedResult: "Văn bản trả lời, hướng dẫn địa phương", ResultForm: ResultForm.Report,
            ProvinceCodes: province is null ? [] : [province]);
        var (task, errors) = await TaskIntake.CheckTaskAsync(db, by, Scope.Everything, input, today, world.Calendar, ct);
        if (task is null) throw new InvalidOperationException($"Demo task \"{title}\": {string.Join(" ", errors.Values.SelectMany(e => e))}");
        task.Task.IsDemo = true;
        return await TaskIntake.SaveAsync(db, by, task, At(assigned), ct, tell: false, then: t =>
        {
            if (doneOn is { } on && on <= today) t.ReportProgress(head, At(on), on, 100, "Đã ban hành văn bản trả lời, hướng dẫn các địa phương.");
        });
    }
}
