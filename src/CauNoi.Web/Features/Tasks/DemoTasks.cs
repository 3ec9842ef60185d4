using System.Diagnostics;
using CauNoi.Web.Features.Recommendations.Demo;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The demo data set's documents and tasks, drawn from what the seed articles report (the Minister's ten key tasks of
/// 21/7/2025, the conference with the localities of July 2025, decision 2172/QĐ-BCT, the legal-document programme of 2025,
/// the localities' shared databases), each walked through its workflow on the dates given: some done on time, some late,
/// some still open and past their deadline. Document numbers other than 2172/QĐ-BCT are made up; every record is marked
/// <c>IsDemo</c> and its summary says it is demonstration data.
/// </summary>
public static class DemoTasks
{
    public const string Label = "[Dữ liệu minh họa] ";

    /// <summary>A step in a demo task's life: progress reported on a day (100 = done), or an extension asked and granted.</summary>
    private sealed record Step(DateOnly On, int Percent, string Text, DateOnly? ExtendTo = null);

    private sealed record Plan(string Unit, string Title, DateOnly Due, ResultForm Form, string Result, Step[] Steps, decimal Weight = 1, Plan[]? Children = null);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>Thứ nhất … thứ mười of the Minister's conclusions at the dialogue of 21/7/2025 (seed 001).</summary>
    private static readonly Plan[] MinisterConclusions =
    [
        new("TCCB", "Tuyên truyền, quán triệt 04 Nghị quyết \"Bộ tứ trụ cột\" của Bộ Chính trị đến cán bộ, công chức, viên chức các đơn vị thuộc Bộ", D(2025, 9, 30),
            ResultForm.Report, "Báo cáo kết quả quán triệt", [new(D(2025, 8, 29), 60, "Đã tổ chức quán triệt tại 12 đơn vị."), new(D(2025, 9, 26), 100, "Hoàn thành quán triệt tại tất cả các đơn vị thuộc Bộ.")]),
        new("TCCB", "Rà soát, sửa đổi quy chế làm việc và quy trình xử lý công việc của các đơn vị; phân công nhiệm vụ bảo đảm rõ người, rõ việc, rõ tiến độ, rõ kết quả, rõ trách nhiệm", D(2025, 10, 31),
            ResultForm.Decision, "Quy chế làm việc sửa đổi của các đơn vị", [new(D(2025, 9, 30), 50, "17/26 đơn vị đã ban hành quy chế sửa đổi."), new(D(2025, 11, 14), 100, "Các đơn vị đã ban hành quy chế làm việc sửa đổi.")]),
        new("PC", "Đẩy nhanh tiến độ, nâng cao chất lượng xây dựng Luật, Nghị định, Thông tư theo kế hoạch đã được phê duyệt", D(2025, 12, 31),
            ResultForm.Report, "Các văn bản quy phạm pháp luật được ban hành đúng kế hoạch", [new(D(2025, 10, 15), 70, "Đã trình 9/14 nghị định theo kế hoạch quý IV."), new(D(2025, 12, 29), 100, "Đã trình đủ các văn bản theo kế hoạch năm 2025.")]),
        new("PC", "Rà soát bất cập, vướng mắc để sửa đổi, bổ sung quy định, quy chuẩn, tiêu chuẩn kỹ thuật; không để \"khoảng trống pháp luật\"", D(2025, 12, 31),
            ResultForm.Report, "Báo cáo rà soát và danh mục văn bản cần sửa đổi", [new(D(2025, 11, 20), 40, "Đã tổng hợp 126 kiến nghị sửa đổi từ các Cục, Vụ.", ExtendTo: D(2026, 3, 31)), new(D(2026, 3, 27), 100, "Đã trình Bộ trưởng danh mục 38 văn bản cần sửa đổi.")]),
        new("ATMT", "Tăng cường kiểm tra, giám sát, hậu kiểm; thực hiện luân chuyển định kỳ vị trí việc làm liên quan đến cấp phép, xác nhận ưu đãi, cấp C/O", D(2025, 12, 15),
            ResultForm.Report, "Kế hoạch kiểm tra và báo cáo luân chuyển vị trí việc làm", [new(D(2025, 10, 10), 30, "Đã ban hành kế hoạch kiểm tra."), new(D(2026, 1, 20), 100, "Hoàn thành kiểm tra; đã luân chuyển 42 công chức.")]),
        new("KHTC", "Khắc phục hạn chế, khuyết điểm nêu trong các kết luận thanh tra, kiểm tra, kiểm toán theo kế hoạch Lãnh đạo Bộ đã phê duyệt", D(2025, 12, 31),
            ResultForm.Report, "Báo cáo kết quả khắc phục", [new(D(2025, 11, 28), 65, "Đã khắc phục 13/20 kiến nghị của Kiểm toán Nhà nước.")]),
        new("TCCB", "Tăng cường kỷ luật, kỷ cương trong chỉ đạo, điều hành và thực thi công vụ", D(2025, 12, 31),
            ResultForm.Report, "Báo cáo tình hình chấp hành kỷ luật, kỷ cương", [new(D(2025, 12, 24), 100, "Đã kiểm tra công vụ tại 8 đơn vị.")]),
        new("TMDT", "Đẩy mạnh cải cách hành chính và chuyển đổi số trong tất cả các lĩnh vực; đổi mới lề lối, phương thức làm việc", D(2026, 6, 30),
            ResultForm.Report, "Báo cáo chuyển đổi số của Bộ", [new(D(2026, 3, 31), 45, "Đã đưa 70% hồ sơ công việc lên môi trường số.")]),
        new("TCCB", "Rà soát, nắm bắt tâm tư nguyện vọng của cán bộ, công chức, viên chức và người lao động; giải quyết thỏa đáng nguyện vọng chính đáng", D(2025, 10, 31),
            ResultForm.Report, "Báo cáo tổng hợp tâm tư, nguyện vọng", [new(D(2025, 10, 30), 100, "Đã tổng hợp và trả lời 57 ý kiến.")]),
        new("TCCB", "Duy trì cơ chế đối thoại thường kỳ giữa Ban Thường vụ Đảng ủy, Lãnh đạo Bộ với cán bộ chủ chốt các đơn vị", D(2026, 7, 31),
            ResultForm.Plan, "Kế hoạch đối thoại năm 2026", []),
    ];

    /// <summary>The Ministry's units' tasks from the conference with the localities of July 2025 (seed 000).</summary>
    private static readonly Plan[] ConferenceConclusions =
    [
        new("PC", "Rà soát các văn bản quy phạm pháp luật chịu tác động của việc tổ chức chính quyền địa phương hai cấp, xử lý bất cập theo Nghị quyết 190/2025/QH15", D(2025, 9, 30),
            ResultForm.Report, "Báo cáo rà soát", [new(D(2025, 9, 29), 100, "Đã rà soát 312 văn bản; đề xuất sửa đổi 27 văn bản.")]),
        new("CTDP", "Rà soát, chuẩn hóa, công bố công khai thủ tục hành chính đã phân cấp, phân quyền cho địa phương", D(2025, 10, 15),
            ResultForm.Decision, "Quyết định công bố thủ tục hành chính", [new(D(2025, 10, 24), 100, "Đã công bố 96 thủ tục hành chính được phân cấp.")]),
        new("CTDP", "Duy trì Tổ Công tác và cơ chế phản hồi thông tin hai chiều giữa Bộ và các địa phương", D(2025, 12, 31),
            ResultForm.Report, "Báo cáo hoạt động của Tổ Công tác", [new(D(2025, 12, 30), 100, "Tổ Công tác đã tiếp nhận và xử lý 1.240 phản ánh.")]),
        new("TMDT", "Đẩy nhanh các nhiệm vụ chuyển đổi số theo Kế hoạch 02 của Ban Chỉ đạo Trung ương", D(2026, 3, 31),
            ResultForm.Report, "Báo cáo tiến độ chuyển đổi số", [new(D(2026, 1, 15), 55, "Hoàn thành kết nối 4/7 hệ thống."), new(D(2026, 3, 20), 80, "Hoàn thành kết nối 6/7 hệ thống.")]),
    ];

    /// <summary>The legal-document programme: 65 documents in the first half of 2025, of which 16 decrees, 3 decisions of the Prime Minister and 44 circulars (seed 001).</summary>
    private static readonly Plan LegalProgramme2025 = new("PC", "Tham mưu ban hành các văn bản quy phạm pháp luật theo Chương trình năm 2025 (6 tháng đầu năm)", D(2025, 6, 30),
        ResultForm.Report, "65 văn bản quy phạm pháp luật", [new(D(2025, 7, 10), 100, "Đã ban hành 65 văn bản quy phạm pháp luật trong 6 tháng đầu năm.")], Children:
        [
            new("PC", "Trình Chính phủ ban hành 16 nghị định", D(2025, 6, 30), ResultForm.DraftDecree, "16 nghị định", [new(D(2025, 6, 27), 100, "Đã ban hành 16 nghị định.")], Weight: 16),
            new("PC", "Trình Thủ tướng Chính phủ ban hành 3 quyết định", D(2025, 6, 30), ResultForm.DraftDecision, "3 quyết định", [new(D(2025, 6, 20), 100, "Đã ban hành 3 quyết định.")], Weight: 3),
            new("PC", "Ban hành 44 thông tư hướng dẫn thuộc thẩm quyền của Bộ", D(2025, 6, 30), ResultForm.DraftCircular, "44 thông tư", [new(D(2025, 7, 8), 100, "Đã ban hành 44 thông tư.")], Weight: 44),
            new("DL", "Trình Quốc hội Luật Điện lực (sửa đổi), Luật Hóa chất (sửa đổi), Luật Sử dụng năng lượng tiết kiệm và hiệu quả (sửa đổi)", D(2025, 6, 30), ResultForm.Report, "Các luật được thông qua", [new(D(2025, 6, 25), 100, "Các luật đã được Quốc hội thông qua.")], Weight: 2),
        ]);

    /// <summary>The 2026 programme, half way: a sub-task with no progress yet shows how the roll-up counts it.</summary>
    private static readonly Plan LegalProgramme2026 = new("PC", "Tham mưu ban hành các văn bản quy phạm pháp luật theo Chương trình năm 2026", D(2026, 12, 31),
        ResultForm.Report, "Các văn bản theo Chương trình năm 2026", [], Children:
        [
            new("PC", "Trình Chính phủ các nghị định theo Chương trình năm 2026", D(2026, 12, 31), ResultForm.DraftDecree, "Nghị định", [new(D(2026, 11, 30), 75, "Đã trình 9/12 nghị định.")], Weight: 12),
            new("PC", "Ban hành các thông tư theo Chương trình năm 2026", D(2026, 12, 31), ResultForm.DraftCircular, "Thông tư", [new(D(2026, 11, 30), 60, "Đã ban hành 18/30 thông tư.")], Weight: 30),
            new("HC", "Xây dựng thông tư hướng dẫn Luật Hóa chất về quản lý hóa chất nguy hiểm", D(2026, 12, 31), ResultForm.DraftCircular, "Thông tư", [], Weight: 3),
        ]);

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Documents.AnyAsync(ct)) return;
        var world = await DemoWorld.LoadAsync(db, ct);
        if (world is null) return;
        var started = Stopwatch.GetTimestamp();
        // What the start-up saved before (the demo recommendations) need not be scanned at every save here.
        db.ChangeTracker.Clear();
        var people = await People.LoadAsync(db, ct);
        var today = VietnamTime.Today(clock);
        var minister = world.Head(world.UnitsByCode["TCCB"].Id);
        var hub = world.Officer(world.Hub.Id);
        var leader = world.User("lanhdao");

        var conclusions = await DocumentAsync(db, hub, DocumentType.ConclusionNotice, "195/TB-BCT", D(2025, 7, 25), "Nguyễn Sinh Nhật Tân",
            "Kết luận của Bộ trưởng Nguyễn Hồng Diên tại Hội nghị đối thoại của Ban Thường vụ Đảng ủy, Lãnh đạo Bộ với lãnh đạo các đơn vị thuộc Bộ năm 2025 (21/7/2025): 10 nhiệm vụ trọng tâm", ct);
        var conference = await DocumentAsync(db, hub, DocumentType.ConclusionNotice, "201/TB-BCT", D(2025, 8, 4), "Nguyễn Sinh Nhật Tân",
            "Kết luận của Bộ trưởng tại Hội nghị với các Sở Công Thương sau một tháng vận hành chính quyền địa phương hai cấp (7/2025)", ct);
        var focal = await DocumentAsync(db, hub, DocumentType.Decision, "2172/QĐ-BCT", D(2025, 7, 29), "Nguyễn Hồng Diên",
            "Phân công 34 lãnh đạo cấp Vụ thuộc Bộ phụ trách từng tỉnh, thành phố; họp giao ban hằng tuần đánh giá việc tiếp nhận, giải quyết phản ánh, đề xuất của địa phương", ct);
        var programme = await DocumentAsync(db, hub, DocumentType.Plan, "12/KH-BCT", D(2025, 1, 10), "Nguyễn Hồng Diên",
            "Kế hoạch thực hiện Chương trình xây dựng văn bản quy phạm pháp luật năm 2025 của Bộ Công Thương", ct);
        var programme2026 = await DocumentAsync(db, hub, DocumentType.Plan, "09/KH-BCT", D(2026, 1, 12), "Nguyễn Hồng Diên",
            "Kế hoạch thực hiện Chương trình xây dựng văn bản quy phạm pháp luật năm 2026 của Bộ Công Thương", ct);

        var assigned = "Bộ trưởng Nguyễn Hồng Diên";
        foreach (var p in MinisterConclusions) await TaskAsync(db, world, people, hub, p, conclusions, D(2025, 7, 25), assigned, leader?.Id, null, today, ct);
        foreach (var p in ConferenceConclusions) await TaskAsync(db, world, people, hub, p, conference, D(2025, 8, 4), assigned, leader?.Id, null, today, ct);
        await TaskAsync(db, world, people, hub, LegalProgramme2025, programme, D(2025, 1, 10), assigned, leader?.Id, null, today, ct);
        await TaskAsync(db, world, people, hub, LegalProgramme2026, programme2026, D(2026, 1, 12), assigned, leader?.Id, null, today, ct);

        // The localities' shared databases (seed 000: "xây dựng các cơ sở dữ liệu chuyên ngành, nhất là các CSDL dùng chung"),
        // one task per province, led by its Sở, at different stages.
        for (var i = 0; i < world.Provinces.Count; i++)
        {
            var province = world.Provinces[i];
            if (world.DepartmentUser(province) is not { } owner) continue;
            Step[] steps = (i % 5) switch
            {
                0 => [new(D(2025, 11, 28), 100, "Đã đưa cơ sở dữ liệu chuyên ngành công thương vào vận hành.")],
                1 => [new(D(2025, 10, 31), 50, "Đã thu thập dữ liệu 60% doanh nghiệp."), new(D(2026, 1, 16), 100, "Đã hoàn thành và kết nối với cơ sở dữ liệu của Bộ.")],
                2 => [new(D(2025, 11, 14), 40, "Đang chuẩn hóa dữ liệu cụm công nghiệp và chợ.")],
                3 => [new(D(2025, 12, 12), 70, "Đã xây dựng xong phần mềm; đang nhập dữ liệu.", ExtendTo: D(2026, 2, 27)), new(D(2026, 2, 20), 100, "Đã vận hành.")],
                _ => [],
            };
            var plan = new Plan("", $"Xây dựng cơ sở dữ liệu chuyên ngành công thương dùng chung của {province.Inline}",
                D(2025, 12, 31), ResultForm.Database, "Cơ sở dữ liệu chuyên ngành kết nối với Bộ", steps);
            await TaskAsync(db, world, people, hub, plan, conference, D(2025, 8, 4), assigned, leader?.Id, (province.DepartmentId, owner.Id, province.Code), today, ct);
        }

        // The weekly review of the localities' recommendations (decision 2172), each Friday: a recurring task.
        await WeeklyReviewAsync(db, world, people, hub, focal, today, ct);
        db.GetService<ILoggerFactory>().CreateLogger("CauNoi.Database").LogInformation(
            "Loaded {Count} demo tasks in {Milliseconds} ms", await db.Tasks.CountAsync(ct), (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<SourceDocument> DocumentAsync(CauNoiDb db, Actor by, DocumentType type, string number, DateOnly issued, string signer, string summary, CancellationToken ct)
    {
        var document = new SourceDocument
        {
            Type = type, Number = number, IssuedOn = issued, Issuer = "Bộ Công Thương", SignerName = signer, Summary = Label + summary,
            RegisteredByOrganisationId = by.OrganisationId, CreatedById = by.UserId, CreatedAt = At(issued), IsDemo = true,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>A plan's task (and its sub-tasks), checked as any task is, then walked through its steps up to today.</summary>
    private static async Task<WorkTask> TaskAsync(CauNoiDb db, DemoWorld world, People people, Actor by, Plan plan, SourceDocument document, DateOnly assignedOn,
        string assignedBy, string? leaderId, (int Lead, string Owner, string Province)? locality, DateOnly today, CancellationToken ct, int? parentId = null)
    {
        int lead;
        string owner;
        string[] provinces = [];
        if (locality is { } l) (lead, owner, provinces) = (l.Lead, l.Owner, [l.Province]);
        else
        {
            var head = world.Head(world.UnitsByCode[plan.Unit].Id);
            (lead, owner) = (head.OrganisationId, head.UserId!);
        }
        var input = new TaskIntake.TaskInput(plan.Title, lead, owner, assignedBy, plan.Due, DocumentId: document.Id, ParentId: parentId,
            Weight: parentId is null ? null : plan.Weight, AssignedById: leaderId, AssignedOn: assignedOn, ExpectedResult: plan.Result,
            ResultForm: plan.Form, ProvinceCodes: provinces);
        var (task, errors) = await TaskIntake.CheckTaskAsync(db, by, Scope.Everything, input, today, world.Calendar, ct);
        if (task is null) throw new InvalidOperationException($"Demo task \"{plan.Title}\": {string.Join(" ", errors.Values.SelectMany(e => e))}");
        task.Task.IsDemo = true;
        // A parent's own steps wait for its sub-tasks, which must be assigned while it is open.
        var children = plan.Children ?? [];
        var saved = await TaskIntake.SaveAsync(db, by, task, At(assignedOn), ct, tell: false, then: t => { if (children.Length == 0) Walk(t, people, by, plan.Steps, today); });
        foreach (var child in children)
            await TaskAsync(db, world, people, by, child, document, assignedOn, assignedBy, leaderId, locality, today, ct, saved.Id);
        if (children.Length > 0)
        {
            Walk(saved, people, by, plan.Steps, today);
            await db.SaveChangesAsync(ct);
        }
        if (parentId is null) db.ChangeTracker.Clear();
        return saved;
    }

    /// <summary>The task's steps that have happened by today: reports by its owner, extensions asked by them and granted by the registrar.</summary>
    private static void Walk(WorkTask t, People people, Actor registrar, Step[] steps, DateOnly today)
    {
        var owner = people.Actor(t.OwnerId!);
        foreach (var s in steps.Where(s => s.On <= today))
        {
            if (s.ExtendTo is { } to)
            {
                var asked = s.On.AddDays(-3);
                var extension = t.RequestExtension(owner, At(asked), asked, to, "Khối lượng công việc lớn, cần thêm thời gian phối hợp với các đơn vị.");
                t.GrantExtension(registrar, At(s.On), s.On, extension, null, "Đồng ý gia hạn theo đề nghị.");
            }
            t.ReportProgress(owner, At(s.On), s.On, s.Percent, s.Text);
        }
    }

    /// <summary>The accounts that own demo tasks, as the workflow sees them, read once.</summary>
    private sealed class People(Dictionary<string, Actor> byId)
    {
        public Actor Actor(string userId) => byId[userId];

        public static async Task<People> LoadAsync(CauNoiDb db, CancellationToken ct) => new(await db.Users.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Id, u.FullName, u.OrganisationId, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => new { o.Name, o.Kind, o.ProvinceCode }).First() })
            .ToDictionaryAsync(u => u.Id, u => new Actor(u.Id, u.FullName, u.Organisation.Name, u.Organisation.Kind, u.OrganisationId, u.Organisation.ProvinceCode,
                null, false, false, false), ct));
    }

    private static async Task WeeklyReviewAsync(CauNoiDb db, DemoWorld world, People people, Actor hub, SourceDocument focal, DateOnly today, CancellationToken ct)
    {
        var head = world.Head(world.Hub.Id);
        var input = new TaskIntake.TaskInput("Họp giao ban hằng tuần đánh giá việc tiếp nhận, hỗ trợ, giải quyết phản ánh, đề xuất của các địa phương; tổng hợp báo cáo Chính phủ",
            world.Hub.Id, head.UserId, "Bộ trưởng Nguyễn Hồng Diên", D(2025, 8, 8), DocumentId: focal.Id, AssignedOn: D(2025, 8, 4),
            Recurrence: Recurrence.Weekly, LastDueOn: D(2026, 12, 25), ExpectedResult: "Báo cáo tuần gửi Chính phủ và Ban Chỉ đạo Trung ương", ResultForm: ResultForm.Report);
        var (task, errors) = await TaskIntake.CheckTaskAsync(db, hub, Scope.Everything, input, today, world.Calendar, ct);
        if (task is null) throw new InvalidOperationException(string.Join(" ", errors.Values.SelectMany(e => e)));
        task.Task.IsDemo = true;
        foreach (var o in task.Occurrences) o.IsDemo = true;
        // Most weeks reported on the day, one in nine a few days late; the last week past its deadline not yet reported.
        var past = task.Occurrences.Where(o => o.DueOn < today).ToList();
        await TaskIntake.SaveAsync(db, hub, task, At(D(2025, 8, 4)), ct, tell: false, then: o =>
        {
            var i = past.IndexOf(o);
            if (i < 0 || (i == past.Count - 1 && o.DueOn >= today.AddDays(-7))) return;
            var on = i % 9 == 4 ? world.Calendar.Deadline(o.DueOn, 2) : o.DueOn;
            Walk(o, people, hub, [new(on, 100, "Đã họp giao ban và gửi báo cáo tuần.")], today);
        });
    }

    /// <summary>A demo step's time: mid-morning of its day, Vietnam time, in UTC.</summary>
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
}
