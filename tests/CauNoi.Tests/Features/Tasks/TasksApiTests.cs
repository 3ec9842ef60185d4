using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>
/// The tasks register through its API, on days the test sets: the status a user reads across a deadline and an extension,
/// both rates, recurring occurrences on the working calendar, the weighted roll-up, and who sees and does what. Cục Công
/// Thương địa phương (cuc.ctdp) assigns and decides; Cục Điện lực (cuc.dienluc) leads and reports.
/// </summary>
public abstract class TasksApiTests(CauNoiApp app) : AppTests(app)
{
    private static readonly DateOnly March2 = new(2026, 3, 2), March10 = new(2026, 3, 10), March13 = new(2026, 3, 13),
        March16 = new(2026, 3, 16), March17 = new(2026, 3, 17), March20 = new(2026, 3, 20), March31 = new(2026, 3, 31);

    private const string InProgress = "Đang thực hiện trong hạn", Overdue = "Quá hạn chưa hoàn thành",
        DoneOnTime = "Hoàn thành đúng hạn", DoneLate = "Hoàn thành quá hạn", NotYetDue = "Chưa đến hạn";

    private static string Word() => "nvkt" + Guid.NewGuid().ToString("N")[..8];

    private Task<HttpClient> At(string userName, DateOnly day) => ClockedApp.Of(App).ApiAs(userName, day);

    /// <summary>A task cuc.ctdp assigns to Cục Điện lực on 2 March 2026.</summary>
    private async Task<TaskDetail> AssignAsync(string title, DateOnly dueOn, object? extra = null, DateOnly? on = null) =>
        await TaskApiSetup.AssignAsync(await At("cuc.ctdp", on ?? March2),
            await TaskApiSetup.ToDienLucAsync(App, title, on ?? March2, dueOn, extra, Ct), Ct);

    private async Task<TaskDetail> GetAsync(string userName, DateOnly day, int id) =>
        await TaskApiSetup.ReadAsync(await (await At(userName, day)).GetAsync($"/api/v1/tasks/{id}", Ct), Ct);

    private async Task<HttpResponseMessage> ReportAsync(string userName, DateOnly day, int id, int percent, string text = "Đã hoàn thành dự thảo báo cáo.") =>
        await (await At(userName, day)).PostAsJsonAsync($"/api/v1/tasks/{id}/progress", new { percent, text }, Ct);

    private async Task<HttpResponseMessage> StepAsync(string userName, DateOnly day, int id, object step) =>
        await (await At(userName, day)).PostAsJsonAsync($"/api/v1/tasks/{id}/steps", step, Ct);

    private async Task<Page<TaskQueries.Item>> ListAsync(string userName, DateOnly day, string query) =>
        (await (await At(userName, day)).GetFromJsonAsync<Page<TaskQueries.Item>>("/api/v1/tasks?" + query, ApiJson.Options, Ct))!;

    private async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        return System.Text.Json.JsonSerializer.Deserialize<ProblemDetails>(body, ApiJson.Options)!;
    }

    /// <summary>A 400's title and its messages by field (whatever case the keys are written in).</summary>
    private async Task<(string? Title, Dictionary<string, string[]> Errors)> InvalidAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        var problem = System.Text.Json.JsonSerializer.Deserialize<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(body, ApiJson.Options)!;
        return (problem.Title, new Dictionary<string, string[]>(problem.Errors, StringComparer.OrdinalIgnoreCase));
    }

    // ---- status across a deadline and an extension ----

    [Fact]
    public async Task ATaskDue13March_IsInProgressUntilThen_OverdueOn16March_AndDoneLateWhenFinishedThatDay()
    {
        var word = Word();
        var task = await AssignAsync($"Rà soát quy hoạch lưới điện {word}", March13);
        var id = task.Summary.Id;

        Assert.Equal(InProgress, task.Summary.StatusName);
        Assert.Equal(InProgress, (await GetAsync("cuc.dienluc", March13, id)).Summary.StatusName);
        Assert.Equal(Overdue, (await GetAsync("cuc.dienluc", March16, id)).Summary.StatusName);
        Assert.Equal(Overdue, (await ListAsync("cuc.ctdp", March16, $"q={word}")).Items.Single().StatusName);

        var done = await TaskApiSetup.ReadAsync(await ReportAsync("cuc.dienluc", March16, id, 100), Ct);
        Assert.Equal(DoneLate, done.Summary.StatusName);
        Assert.Equal(March16, done.ClosedOn);
        Assert.Equal(100, done.Summary.Progress);
        // Read as it stood on 10 March, it was in progress then.
        Assert.Equal(InProgress, (await ListAsync("cuc.ctdp", March20, $"q={word}&asOf=2026-03-10")).Items.Single().StatusName);
    }

    [Fact]
    public async Task AnExtensionAskedBeforeTheDeadline_AndGranted_MakesCompletionByTheNewDateOnTime()
    {
        var id = (await AssignAsync($"Báo cáo cung ứng điện mùa khô {Word()}", March13)).Summary.Id;

        var asked = await (await At("cuc.dienluc", March10)).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions",
            new { dueOn = March31, reason = "Chờ số liệu của Tập đoàn Điện lực Việt Nam." }, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        // Decided after the first deadline passed: what counts is when it was asked for.
        var granted = await TaskApiSetup.ReadAsync(await (await At("cuc.ctdp", March16)).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/decision",
            new { grant = true, comment = "Đồng ý." }, Ct), Ct);
        Assert.Equal(InProgress, granted.Summary.StatusName);
        Assert.Equal((March13, March31), (granted.Summary.OriginalDueOn, granted.Summary.DueOn));

        var done = await TaskApiSetup.ReadAsync(await ReportAsync("cuc.dienluc", March20, id, 100), Ct);
        Assert.Equal(DoneOnTime, done.Summary.StatusName);
        var extension = Assert.Single(done.Extensions);
        Assert.Equal((ExtensionDecision.Granted, March31, true), (extension.Decision, extension.GrantedDueOn, extension.CountsForTimeliness));
    }

    [Fact]
    public async Task AnExtensionAskedAfterTheDeadlinePassed_Granted_LeavesTheTaskLate_WithTheOriginalDeadlineInItsHistory()
    {
        var id = (await AssignAsync($"Báo cáo cung ứng điện mùa khô {Word()}", March13)).Summary.Id;

        var asked = await (await At("cuc.dienluc", March16)).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions",
            new { dueOn = March31, reason = "Chờ số liệu của Tập đoàn Điện lực Việt Nam." }, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var granted = await TaskApiSetup.ReadAsync(await (await At("cuc.ctdp", March17)).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/decision",
            new { grant = true, comment = "Đồng ý gia hạn." }, Ct), Ct);
        Assert.Equal(Overdue, granted.Summary.StatusName);
        Assert.Equal(March31, granted.Summary.DueOn);

        var done = await TaskApiSetup.ReadAsync(await ReportAsync("cuc.dienluc", March20, id, 100), Ct);
        Assert.Equal(DoneLate, done.Summary.StatusName);
        Assert.Equal(March13, done.Summary.OriginalDueOn);
        Assert.False(Assert.Single(done.Extensions).CountsForTimeliness);
        Assert.Contains(done.History, h => h.Comment == "Gia hạn từ 13/03/2026 đến 31/03/2026 (đề nghị sau hạn 13/03/2026: vẫn tính quá hạn): Đồng ý gia hạn.");
        var listed = await (await At("cuc.dienluc", March20)).GetFromJsonAsync<List<TaskDetail.Extension>>($"/api/v1/tasks/{id}/extensions", ApiJson.Options, Ct);
        Assert.Equal(new DateOnly(2026, 3, 13), Assert.Single(listed!).DueBefore);
    }

    // ---- both rates ----

    [Fact]
    public async Task ThreeDoneOnTime_OneLate_OneOverdue_TwoInProgress_GiveCompletion80AndOnTime60()
    {
        var word = Word();
        List<int> ids = [];
        async Task<int> New(DateOnly due)
        {
            var id = (await AssignAsync($"Kiểm tra an toàn đập thủy điện {word} số {ids.Count + 1}", due)).Summary.Id;
            ids.Add(id);
            return id;
        }
        for (var i = 0; i < 3; i++) Assert.True((await ReportAsync("cuc.dienluc", March10, await New(March13), 100)).IsSuccessStatusCode);
        Assert.True((await ReportAsync("cuc.dienluc", March16, await New(March13), 100)).IsSuccessStatusCode);
        await New(March13);
        await New(March31);
        Assert.True((await ReportAsync("cuc.dienluc", March16, await New(March31), 40)).IsSuccessStatusCode);

        await using var scope = App.Db();
        var figures = await TaskFigures.LoadAsync(scope.Context.Tasks.Where(t => ids.Contains(t.Id)), March20, Ct);

        Assert.Equal((3, 1, 1, 2), (figures.Count(WorkTaskStatus.DoneOnTime), figures.Count(WorkTaskStatus.DoneLate),
            figures.Count(WorkTaskStatus.Overdue), figures.Count(WorkTaskStatus.InProgress)));
        Assert.Equal(80m, figures.CompletionRate);
        Assert.Equal(60m, figures.OnTimeRate);
        // The list counts the same, the status asked for by name or by number.
        Assert.Equal(3, (await ListAsync("cuc.ctdp", March20, $"q={word}&status=DoneOnTime")).Total);
        Assert.Equal(1, (await ListAsync("cuc.ctdp", March20, $"q={word}&status=4")).Total);
        Assert.Equal(2, (await ListAsync("cuc.ctdp", March20, $"q={word}&status=InProgress")).Total);
    }

    // ---- recurring occurrences on the working calendar ----

    [Fact]
    public async Task AMonthlyReportFrom31January2025_HasFiveOccurrences_EachDueOnAWorkingDay_EachWithItsOwnStatus()
    {
        var january15 = new DateOnly(2025, 1, 15);
        var series = await AssignAsync($"Báo cáo tình hình cung ứng xăng dầu {Word()}", new(2025, 1, 31),
            new { recurrence = "Monthly", lastDueOn = new DateOnly(2025, 5, 31) }, on: january15);

        // 31/01 is mùng 3 Tết Ất Tỵ, then a weekend: Monday 03/02. 30/04, 01/05 and 02/05 (swapped) are off, then a weekend:
        // Monday 05/05. 31/05 is a Saturday: Monday 02/06. 28/02 (Friday) and 31/03 (Monday) are working days.
        DateOnly[] due = [new(2025, 2, 3), new(2025, 2, 28), new(2025, 3, 31), new(2025, 5, 5), new(2025, 6, 2)];
        Assert.True(series.Summary.IsSeries);
        Assert.Equal(due, series.Occurrences.Select(o => o.DueOn));
        Assert.Equal(new DateOnly(2025, 6, 2), series.Summary.DueOn);
        Assert.Equal($"{series.Summary.Title} (kỳ 4, hạn 05/05/2025)", series.Occurrences[3].Title);

        // The series is reported by its occurrences, not as a whole.
        var whole = await ReportAsync("cuc.dienluc", new(2025, 2, 20), series.Summary.Id, 100);
        Assert.Equal(TaskWorkflow.OccurrencesReport, (await ProblemAsync(whole, HttpStatusCode.Conflict)).Detail);
        Assert.True((await ReportAsync("cuc.dienluc", new(2025, 2, 20), series.Occurrences[1].Id, 100)).IsSuccessStatusCode);

        var on10March = await GetAsync("cuc.ctdp", new(2025, 3, 10), series.Summary.Id);
        Assert.Equal([Overdue, DoneOnTime, InProgress, NotYetDue, NotYetDue], on10March.Occurrences.Select(o => o.StatusName));
    }

    [Fact]
    public async Task AWeeklyReportDueOnADayOfTet2026_IsDueOnTheFirstWorkingDayAfterTet()
    {
        var series = await AssignAsync($"Báo cáo tuần thị trường dịp Tết {Word()}", new(2026, 2, 6),
            new { recurrence = "Weekly", lastDueOn = new DateOnly(2026, 2, 27) }, on: new(2026, 2, 2));

        // Fridays; 20/02 is mùng 4 Tết Bính Ngọ (16–20/02 off), then a weekend: Monday 23/02.
        DateOnly[] due = [new(2026, 2, 6), new(2026, 2, 13), new(2026, 2, 23), new(2026, 2, 27)];
        Assert.Equal(due, series.Occurrences.Select(o => o.DueOn));
    }

    // ---- the weighted roll-up ----

    [Fact]
    public async Task SubTasksWeighted3And1_OneDoneTheOtherWithoutProgress_RollUpTo75Percent()
    {
        var parent = await AssignAsync($"Xây dựng đề án phát triển điện gió ngoài khơi {Word()}", March31);
        var heavy = await AssignAsync("Khảo sát tiềm năng điện gió", March20, new { parentId = parent.Summary.Id, weight = 3m });
        var light = await AssignAsync("Lấy ý kiến các bộ, ngành", March20, new { parentId = parent.Summary.Id, weight = 1m });
        Assert.True((await ReportAsync("cuc.dienluc", March10, heavy.Summary.Id, 100)).IsSuccessStatusCode);

        var rollUp = (await GetAsync("cuc.ctdp", March10, parent.Summary.Id)).RollUp!;

        Assert.Equal(75m, rollUp.Percent);
        Assert.Equal([(heavy.Summary.Id, 3m, 75m, false), (light.Summary.Id, 1m, 0m, true)],
            rollUp.Lines.Select(l => (l.Id, l.Weight, l.Contribution, l.CountedAsZero)));
    }

    // ---- scope and who does what ----

    [Fact]
    public async Task AHaNoiTask_IsNotFoundForTuyenQuang_NorInItsList()
    {
        var word = Word();
        var (owner, hanoi) = await TaskApiSetup.AccountAsync(App, "so.hanoi", Ct);
        var task = await TaskApiSetup.AssignAsync(await At("so.hanoi", March2), new
        {
            title = $"Kiểm tra chợ đầu mối {word}", leadOrganisationId = hanoi, ownerId = owner, assignedBy = "Giám đốc Sở", dueOn = March31,
        }, Ct);

        var problem = await ProblemAsync(await (await At("so.tuyenquang", March2)).GetAsync($"/api/v1/tasks/{task.Summary.Id}", Ct), HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy", problem.Title);
        Assert.Equal(0, (await ListAsync("so.tuyenquang", March2, $"q={word}")).Total);
        Assert.Equal(1, (await ListAsync("so.hanoi", March2, $"q={word}")).Total);
    }

    [Fact]
    public async Task SoHaNoi_SeesAMinistryTaskThatConcernsHaNoi_ButNotOneThatDoesNot()
    {
        var word = Word();
        var concerning = await AssignAsync($"Cải tạo lưới điện nội thành {word}", March31, new { provinceCodes = new[] { "01" } });
        var other = await AssignAsync($"Cải tạo lưới điện miền núi {word}", March31);
        var api = await At("so.hanoi", March2);

        Assert.Equal(["01"], (await TaskApiSetup.ReadAsync(await api.GetAsync($"/api/v1/tasks/{concerning.Summary.Id}", Ct), Ct)).ProvinceCodes);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/tasks/{other.Summary.Id}", Ct)).StatusCode);
        Assert.Equal([concerning.Summary.Id], (await ListAsync("so.hanoi", March2, $"q={word}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task CucDienLuc_WorkingOnATaskLedByAnotherUnit_SeesItButCannotReportNorAttachEvidence()
    {
        var (owner, ctdp) = await TaskApiSetup.AccountAsync(App, "cuc.ctdp", Ct);
        var (_, dienluc) = await TaskApiSetup.AccountAsync(App, "cuc.dienluc", Ct);
        var task = await TaskApiSetup.AssignAsync(await At("cuc.ctdp", March2), new
        {
            title = $"Tổng hợp kiến nghị cử tri về giá điện {Word()}", leadOrganisationId = ctdp, ownerId = owner, assignedBy = "Thứ trưởng",
            dueOn = March31, coordinatingOrganisationIds = new[] { dienluc },
        }, Ct);
        var api = await At("cuc.dienluc", March10);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/tasks/{task.Summary.Id}", Ct)).StatusCode);
        var refused = await ProblemAsync(await ReportAsync("cuc.dienluc", March10, task.Summary.Id, 50), HttpStatusCode.Forbidden);
        Assert.Equal("Chỉ đơn vị chủ trì hoặc người được giao chủ trì mới báo cáo tiến độ nhiệm vụ.", refused.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/tasks/{task.Summary.Id}/files", Security.AccessMatrixWorld.Pdf(), Ct)).StatusCode);
        var after = await GetAsync("cuc.ctdp", March10, task.Summary.Id);
        Assert.Null(after.Summary.Progress);
        Assert.Empty(after.Reports);
    }

    /// <summary>A commune's office follows tasks but assigns none: refused outright (403), not as a form to correct (400).</summary>
    [Fact]
    public async Task ACommuneOfficer_CannotAssignATask_NorRegisterADocument()
    {
        var api = await At("xa.hoankiem", March2);
        var (owner, dienluc) = await TaskApiSetup.AccountAsync(App, "cuc.dienluc", Ct);

        var task = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Giao việc từ xã", leadOrganisationId = dienluc, ownerId = owner, assignedBy = "Chủ tịch xã", dueOn = March31,
        }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal("Tài khoản của bạn không được giao nhiệm vụ.", task.Detail);
        var document = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/documents", new
        {
            type = "Decision", number = "12/QĐ-UBND", issuedOn = March2, issuer = "UBND phường Hoàn Kiếm", signerName = "Đỗ Quang Huy", summary = "Giao nhiệm vụ",
        }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal("Tài khoản của bạn không được cập nhật văn bản giao nhiệm vụ.", document.Detail);
    }

    // ---- the steps, evidence and documents ----

    [Fact]
    public async Task SendBack_UndoesTheReport_Cancel_NeedsAReason_AndAStaleVersionIsAConflict()
    {
        var task = await AssignAsync($"Thẩm định thiết kế cơ sở nhà máy điện {Word()}", March31);
        var id = task.Summary.Id;
        var reported = await TaskApiSetup.ReadAsync(await ReportAsync("cuc.dienluc", March10, id, 60, "Đã thẩm định xong phần công nghệ."), Ct);
        Assert.Equal(60, reported.Summary.Progress);

        var stale = await StepAsync("cuc.ctdp", March10, id, new { action = "send-back", comment = "Thiếu phần môi trường.", version = task.Summary.Version });
        Assert.Equal(TaskSteps.ConflictMessage, (await ProblemAsync(stale, HttpStatusCode.Conflict)).Detail);
        var sentBack = await TaskApiSetup.ReadAsync(await StepAsync("cuc.ctdp", March10, id,
            new { action = "send-back", comment = "Thiếu phần môi trường.", version = reported.Summary.Version }), Ct);
        Assert.Null(sentBack.Summary.Progress);
        Assert.Equal("Thiếu phần môi trường.", Assert.Single(sentBack.Reports).ReturnComment);

        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync("cuc.dienluc", March10, id, new { action = "cancel", comment = "Không cần nữa." })).StatusCode);
        Assert.Equal("Nêu lý do hủy nhiệm vụ.", (await ProblemAsync(await StepAsync("cuc.ctdp", March10, id, new { action = "cancel" }), HttpStatusCode.Conflict)).Detail);
        Assert.StartsWith("Thao tác 'close' không tồn tại.", (await ProblemAsync(await StepAsync("cuc.ctdp", March10, id, new { action = "close" }), HttpStatusCode.Conflict)).Detail);
        var cancelled = await TaskApiSetup.ReadAsync(await StepAsync("cuc.ctdp", March10, id, new { action = "cancel", comment = "Dự án dừng triển khai." }), Ct);
        Assert.Equal("Đã hủy", cancelled.Summary.StatusName);
        Assert.Equal(["Giao nhiệm vụ", "Báo cáo tiến độ", "Trả lại báo cáo", "Hủy nhiệm vụ"], cancelled.History.Select(h => h.ActionName));
    }

    [Fact]
    public async Task EvidenceAttachedToAReport_IsListedWithIt_AndDownloadsAsUploaded()
    {
        var id = (await AssignAsync($"Kiểm tra hồ sơ an toàn hóa chất {Word()}", March31)).Summary.Id;
        var report = (await TaskApiSetup.ReadAsync(await ReportAsync("cuc.dienluc", March10, id, 30), Ct)).Reports.Single();
        var api = await At("cuc.dienluc", March10);

        var upload = await api.PostAsync($"/api/v1/tasks/{id}/files?report={report.Id}", Security.AccessMatrixWorld.Pdf(), Ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var reports = await (await At("cuc.ctdp", March10)).GetFromJsonAsync<List<TaskDetail.Report>>($"/api/v1/tasks/{id}/progress", ApiJson.Options, Ct);
        var file = Assert.Single(Assert.Single(reports!).Evidence);
        Assert.Equal("bien-ban.pdf", file.FileName);
        var download = await (await At("cuc.ctdp", March10)).GetAsync($"/api/v1/tasks/{id}/files/{file.Id}", Ct);
        Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await (await At("so.tuyenquang", March10)).GetAsync($"/api/v1/tasks/{id}/files/{file.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/tasks/{id}/files?report=999999999", Security.AccessMatrixWorld.Pdf(), Ct)).StatusCode);
    }

    [Fact]
    public async Task ADocument_IsRegisteredOnce_HoldsItsFile_ItsTasks_AndTheRecommendationTheyAnswer()
    {
        var word = Word();
        var number = $"{Random.Shared.Next(100_000, 999_999)}/QĐ-BCT";
        var hub = await At("cuc.ctdp", March2);
        var body = new { type = "Decision", number, issuedOn = new DateOnly(2026, 2, 27), issuer = "Bộ Công Thương", signerName = "Nguyễn Hồng Diên",
            summary = $"Giao nhiệm vụ triển khai Quy hoạch điện VIII {word}" };

        var created = await hub.PostAsJsonAsync("/api/v1/documents", body, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var documentId = (await created.Content.ReadFromJsonAsync<DocumentsApi.Detail>(ApiJson.Options, Ct))!.Document.Id;
        var again = await InvalidAsync(await hub.PostAsJsonAsync("/api/v1/documents", body, Ct));
        Assert.Equal("Văn bản chưa hợp lệ", again.Title);
        Assert.Equal([$"Văn bản {number} ngày 27/02/2026 đã có trong sổ văn bản."], again.Errors["Number"]);

        Assert.Equal(HttpStatusCode.Created, (await hub.PostAsync($"/api/v1/documents/{documentId}/files", Security.AccessMatrixWorld.Pdf(), Ct)).StatusCode);
        var recommendation = await RecommendationSetup.SubmitAsync(App, $"Vướng mắc đấu nối điện mặt trời mái nhà {word}", Ct);
        await AssignAsync($"Hướng dẫn đấu nối điện mặt trời mái nhà {word}", March31, new { documentId, recommendationId = recommendation });

        var detail = (await hub.GetFromJsonAsync<DocumentsApi.Detail>($"/api/v1/documents/{documentId}", ApiJson.Options, Ct))!;
        Assert.Equal(("Quyết định", 1), (detail.Document.TypeName, detail.Document.Tasks));
        Assert.Equal(new DocumentsApi.StatusCount(WorkTaskStatus.InProgress, InProgress, 1), Assert.Single(detail.ByStatus));
        Assert.Equal(recommendation, Assert.Single(detail.Recommendations).Id);
        var file = Assert.Single(detail.Files);
        Assert.Equal(SampleFiles.Pdf, await (await hub.GetAsync($"/api/v1/documents/{documentId}/files/{file.Id}", Ct)).Content.ReadAsByteArrayAsync(Ct));
        var listed = (await hub.GetFromJsonAsync<Page<DocumentsApi.Item>>($"/api/v1/documents?q={word}", ApiJson.Options, Ct))!;
        Assert.Equal([number], listed.Items.Select(i => i.Number));

        // Tuyên Quang sees neither the document nor any task of it.
        var tuyenQuang = await At("so.tuyenquang", March2);
        Assert.Equal(HttpStatusCode.NotFound, (await tuyenQuang.GetAsync($"/api/v1/documents/{documentId}", Ct)).StatusCode);
        Assert.Equal(0, (await tuyenQuang.GetFromJsonAsync<Page<DocumentsApi.Item>>($"/api/v1/documents?q={word}", ApiJson.Options, Ct))!.Total);
    }

    [Fact]
    public async Task TheSameDocumentRegisteredFourTimesAtOnce_IsRegisteredOnce_TheOthersToldItIsAlreadyThere()
    {
        var hub = await At("cuc.ctdp", March2);
        var number = $"{Random.Shared.Next(100_000, 999_999)}/TB-BCT";
        var body = new { type = "ConclusionNotice", number, issuedOn = March2, issuer = "Bộ Công Thương", signerName = "Nguyễn Hồng Diên",
            summary = "Kết luận của Bộ trưởng tại cuộc họp về cung ứng điện " + Word() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => hub.PostAsJsonAsync("/api/v1/documents", body, Ct)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        await using var scope = App.Db();
        Assert.Equal(1, await scope.Context.Documents.CountAsync(d => d.Number == number, Ct));
    }

    [Fact]
    public async Task AnIncompleteTask_IsRefusedFieldByFieldInVietnamese()
    {
        var response = await (await At("cuc.ctdp", March2)).PostAsJsonAsync("/api/v1/tasks", new { title = " " }, Ct);

        var (title, errors) = await InvalidAsync(response);
        Assert.Equal("Nhiệm vụ chưa hợp lệ", title);
        Assert.Equal(["Nhập hạn hoàn thành."], errors["DueOn"]);
        Assert.Equal(["Chọn người chủ trì (một cán bộ của đơn vị chủ trì)."], errors["OwnerId"]);
        Assert.Equal(["Chọn đơn vị chủ trì: một đơn vị thuộc Bộ hoặc một Sở Công Thương."], errors["LeadOrganisationId"]);
        Assert.True(errors.ContainsKey("Title"));
    }

    [Fact]
    public async Task WrongInput_IsAProblemInVietnamese_NeverAServerError()
    {
        var id = (await AssignAsync($"Kiểm tra việc niêm yết giá xăng dầu {Word()}", March31)).Summary.Id;
        var api = await At("cuc.dienluc", March10);

        var percent = await ProblemAsync(await ReportAsync("cuc.dienluc", March10, id, 150), HttpStatusCode.Conflict);
        Assert.Equal("Tiến độ phải từ 0 đến 100%.", percent.Detail);
        var noText = await ProblemAsync(await api.PostAsJsonAsync($"/api/v1/tasks/{id}/progress", new { percent = 10 }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("Nêu kết quả đã thực hiện.", noText.Detail);
        var noDecision = await ProblemAsync(await (await At("cuc.ctdp", March10)).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/decision",
            new { comment = "?" }, Ct), HttpStatusCode.BadRequest);
        Assert.StartsWith("Nêu quyết định", noDecision.Detail);
        var nothingPending = await ProblemAsync(await (await At("cuc.ctdp", March10)).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/decision",
            new { grant = true }, Ct), HttpStatusCode.Conflict);
        Assert.Equal(TaskWorkflow.NoPendingExtension, nothingPending.Detail);
        var earlier = await ProblemAsync(await api.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { dueOn = March20, reason = "Lùi hạn." }, Ct),
            HttpStatusCode.Conflict);
        Assert.Equal("Hạn đề nghị gia hạn (20/03/2026) phải sau hạn hiện tại (31/03/2026).", earlier.Detail);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync($"/api/v1/tasks/{id}/steps",
            new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/tasks/{id}/files", new { file = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/tasks?status=Unknown", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/tasks?page=-5&q=%25_%5C", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/tasks/2147483647", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/v1/tasks/2147483647/steps", new { action = "cancel", comment = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/tasks/{id}/files/{Guid.NewGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/documents/2147483647", Ct)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TasksApiOnSqlite(SqliteApp app) : TasksApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TasksApiOnPostgres(PostgresApp app) : TasksApiTests(app);

/// <summary>The rates as the Government's report writes them, cut (not rounded) to two decimals.</summary>
public sealed class TaskRateTests
{
    [Fact]
    public void Report1270_16051DoneOf16274Due_Is98Point62_And14068OnTime_Is86Point44()
    {
        Assert.Equal(98.62m, TaskFigures.Rate(16051, 16274));
        Assert.Equal(86.44m, TaskFigures.Rate(14068, 16274));
    }

    [Fact]
    public void NoTaskDue_HasNoRate()
    {
        Assert.Null(TaskFigures.Rate(0, 0));
    }
}
