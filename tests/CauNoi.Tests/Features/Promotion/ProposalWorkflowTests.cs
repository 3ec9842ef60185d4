using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Promotion;
using static CauNoi.Tests.Features.Promotion.ProposalSetup;

namespace CauNoi.Tests.Features.Promotion;

/// <summary>
/// The proposal's workflow, step by step: registered by the province's department, appraised once its council has closed,
/// approved by the plan's keeper (DMST for the national plan, the department for its local plan) unless the council failed
/// it, reported on, adjusted, accepted against every promised output and settled within the approved state funds; rejected
/// and stopped with a reason. 403 to a caller who sees the proposal but may not take the step, 409 from another stage, 400
/// for what a step lacks. Plans of 2040.
/// </summary>
public abstract class ProposalWorkflowTests(CauNoiApp app) : AppTests(app)
{
    private const int Year = 2040;

    private Task<string> ProblemAsync(HttpResponseMessage r) => DetailAsync(r, Ct);

    [Fact]
    public async Task ANationalProposal_GoesThroughEveryStep_ByWhomTheTableSays()
    {
        var plan = await PlanAsync(App, Year, PlanKind.National, null, Ct);
        var p = await RegisterAsync(App, plan, Ct);
        Assert.Equal(ProposalStage.Registered, p.Stage);
        Assert.Matches(@"^KCQG-2040-\d{4}$", p.Code);
        // Before a council has scored it, the department has no step to take and the plan's keeper may only reject it.
        Assert.Empty(p.NextSteps);
        Assert.Equal(["reject"], (await ReadAsync(App, Owner, p.Id, Ct)).NextSteps.Select(s => s.Step));

        // Appraisal waits for a council, then for its close.
        var none = await StepAsync(App, HaNoiDepartment, p.Id, new { step = "appraise" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("chưa được đưa vào hội đồng", await ProblemAsync(none));
        await ClosedCouncilAsync(App, p.Id, 0, false, Ct, closed: false);
        var open = await StepAsync(App, HaNoiDepartment, p.Id, new { step = "appraise" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        Assert.Contains("chưa kết thúc chấm điểm", await ProblemAsync(open));
        await ClosedCouncilAsync(App, p.Id, 72.5m, true, Ct);

        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(App, TuyenQuangDepartment, p.Id, new { step = "appraise" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, Owner, p.Id, new { step = "appraise" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, "lanhdao", p.Id, new { step = "appraise" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, Owner, p.Id, Approve(), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "appraise" }, Ct)).StatusCode);
        var appraised = await ReadAsync(App, Owner, p.Id, Ct);
        Assert.Equal((ProposalStage.Appraised, 72.5m, true), (appraised.Stage, appraised.Appraisal!.Average, appraised.Appraisal.Passed));
        Assert.Contains("điểm trung bình 72,50, điểm đạt 50,00, đạt", appraised.Events[^1].Note);

        // The national plan's keeper approves: not the province, and not without the decision and the budget.
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, HaNoiDepartment, p.Id, Approve(), Ct)).StatusCode);
        var bare = await StepAsync(App, Owner, p.Id, new { step = "approve" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var refusal = await ProblemAsync(bare);
        Assert.Contains("Nhập số quyết định phê duyệt", refusal);
        Assert.Contains("Nhập ngày ký quyết định phê duyệt", refusal);
        Assert.Contains("Nhập kinh phí được phê duyệt", refusal);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Owner, p.Id, Approve(280m, 90m), Ct)).StatusCode);
        var approved = await ReadAsync(App, Owner, p.Id, Ct);
        Assert.Equal((ProposalStage.Approved, 280m, 90m, 370m, "456/QĐ-BCT"), (approved.Stage, approved.ApprovedNational!.Value, approved.ApprovedLocal!.Value, approved.FirstApprovedStateFunds!.Value, approved.Events[^1].Number));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, Owner, p.Id, Approve(), Ct)).StatusCode);

        // The department reports progress: a percentage and the work done, and what was paid out so far.
        var noWork = await StepAsync(App, HaNoiDepartment, p.Id, new { step = "report-progress", percent = 40 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noWork.StatusCode);
        Assert.Contains("Nhập nội dung công việc đã thực hiện", await ProblemAsync(noWork));
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, Owner, p.Id, new { step = "report-progress", percent = 40, note = "Đã lắp máy." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "report-progress", percent = 40, note = "Đã lắp đặt máy sấy.", amount = 150m }, Ct)).StatusCode);

        // An adjustment needs its reason and leaves the first approved state funds as they were.
        var noReason = await StepAsync(App, Owner, p.Id, new { step = "adjust", approvedNational = 200m, approvedLocal = 90m }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Nhập lý do điều chỉnh", await ProblemAsync(noReason));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Owner, p.Id,
            new { step = "adjust", note = "Cơ sở giảm quy mô dây chuyền.", approvedNational = 200m, approvedLocal = 90m, endOn = new DateOnly(2026, 12, 20) }, Ct)).StatusCode);
        var adjusted = await ReadAsync(App, Owner, p.Id, Ct);
        Assert.Equal((ProposalStage.InProgress, 200m, 370m, 1, new DateOnly(2026, 12, 20), 150m),
            (adjusted.Stage, adjusted.ApprovedNational!.Value, adjusted.FirstApprovedStateFunds!.Value, adjusted.Adjustments, adjusted.EndOn, adjusted.Disbursed));

        // Acceptance needs an achieved figure for every promised output.
        var partial = await StepAsync(App, Owner, p.Id, new { step = "accept", onDate = Today, outputs = new[] { new { id = adjusted.Outputs[0].Id, achieved = 1m } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Contains("Nhập kết quả đạt được của \"Lao động được đào tạo nghề\"", await ProblemAsync(partial));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, Owner, p.Id, new { step = "settle", amount = 100m, onDate = Today }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Owner, p.Id,
            new { step = "accept", onDate = Today, outputs = adjusted.Outputs.Select(o => new { id = o.Id, achieved = o.Promised - 1 }) }, Ct)).StatusCode);
        var accepted = await ReadAsync(App, Owner, p.Id, Ct);
        Assert.Equal((ProposalStage.Accepted, 0m, 29m), (accepted.Stage, accepted.Outputs[0].Achieved!.Value, accepted.Outputs[1].Achieved!.Value));

        // Settled within the approved state funds (200 + 90 = 290 after the adjustment).
        var above = await StepAsync(App, Owner, p.Id, new { step = "settle", amount = 290.01m, onDate = Today }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, above.StatusCode);
        Assert.Contains("không được vượt kinh phí nhà nước được phê duyệt (290,00 triệu đồng)", await ProblemAsync(above));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Owner, p.Id, new { step = "settle", amount = 285.5m, onDate = Today }, Ct)).StatusCode);
        var settled = await ReadAsync(App, HaNoiDepartment, p.Id, Ct);
        Assert.Equal((ProposalStage.Settled, 285.5m, 370m), (settled.Stage, settled.Settled!.Value, settled.FirstApprovedStateFunds!.Value));
        Assert.Equal([ProposalStep.Register, ProposalStep.Appraise, ProposalStep.Approve, ProposalStep.ReportProgress, ProposalStep.Adjust, ProposalStep.Accept, ProposalStep.Settle],
            settled.Events.Select(e => e.Step));
        Assert.Empty(settled.NextSteps);
    }

    [Fact]
    public async Task Approval_IsRefused_WhenTheCouncilFailedTheProposal_NamingTheAverageAndThePassMark()
    {
        var plan = await PlanAsync(App, Year, PlanKind.National, null, Ct);
        var p = await RegisterAsync(App, plan, Ct);
        await ClosedCouncilAsync(App, p.Id, 41.25m, false, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "appraise" }, Ct)).StatusCode);
        var refused = await StepAsync(App, Owner, p.Id, Approve(), Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("điểm trung bình 41,25, điểm đạt 50,00", await ProblemAsync(refused));
        Assert.Equal(["reject"], (await ReadAsync(App, Owner, p.Id, Ct)).NextSteps.Select(s => s.Step));

        var noReason = await StepAsync(App, Owner, p.Id, new { step = "reject" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Nhập lý do không phê duyệt", await ProblemAsync(noReason));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Owner, p.Id, new { step = "reject", note = "Không đạt điểm thẩm định." }, Ct)).StatusCode);
        var rejected = await ReadAsync(App, Owner, p.Id, Ct);
        Assert.Equal((ProposalStage.Rejected, "Không đạt điểm thẩm định."), (rejected.Stage, rejected.Events[^1].Note));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, Owner, p.Id, new { step = "stop", note = "Cơ sở rút." }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Approval_IsRefused_WhenTheCouncilClosedWithoutScoringTheProposal()
    {
        var plan = await PlanAsync(App, Year, PlanKind.National, null, Ct);
        var p = await RegisterAsync(App, plan, Ct);
        await ClosedCouncilAsync(App, p.Id, null, null, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "appraise" }, Ct)).StatusCode);

        var refused = await StepAsync(App, Owner, p.Id, Approve(), Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("không thành viên nào chấm điểm đề án", await ProblemAsync(refused));
        Assert.Equal(ProposalStage.Appraised, (await ReadAsync(App, Owner, p.Id, Ct)).Stage);
    }

    [Fact]
    public async Task AStop_NeedsItsReason_KeepsTheFirstApprovedFunds_AndEndsTheProposal()
    {
        var plan = await PlanAsync(App, Year, PlanKind.National, null, Ct);
        var p = await ApprovedAsync(App, plan, Owner, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "stop", note = "Cơ sở không đối ứng được." }, Ct)).StatusCode);
        var bare = await StepAsync(App, Owner, p.Id, new { step = "stop" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("Nhập lý do dừng thực hiện", await ProblemAsync(bare));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Owner, p.Id, new { step = "stop", note = "Cơ sở không bố trí được kinh phí đối ứng." }, Ct)).StatusCode);
        var stopped = await ReadAsync(App, Owner, p.Id, Ct);
        Assert.Equal((ProposalStage.Stopped, "Cơ sở không bố trí được kinh phí đối ứng.", 370m), (stopped.Stage, stopped.StopReason, stopped.FirstApprovedStateFunds!.Value));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "report-progress", percent = 10, note = "Tiếp tục." }, Ct)).StatusCode);
        var unknown = await StepAsync(App, Owner, p.Id, new { step = "register" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task ALocalPlansProposal_IsDecidedByTheProvincesDepartment_NotByTheMinistry()
    {
        var plan = await PlanAsync(App, Year, PlanKind.Local, HaNoi, Ct);
        var p = await RegisterAsync(App, plan, Ct);
        Assert.Matches(@"^KCĐP-01-2040-\d{4}$", p.Code);
        await ClosedCouncilAsync(App, p.Id, 80m, true, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDepartment, p.Id, new { step = "appraise" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, Owner, p.Id, Approve(0m, 200m), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, "lanhdao", p.Id, Approve(0m, 200m), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDepartment, p.Id, Approve(0m, 200m), Ct)).StatusCode);
        Assert.Equal(200m, (await ReadAsync(App, HaNoiDepartment, p.Id, Ct)).FirstApprovedStateFunds);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict()
    {
        var plan = await PlanAsync(App, Year, PlanKind.National, null, Ct);
        var p = await RegisterAsync(App, plan, Ct);
        var stale = await StepAsync(App, Owner, p.Id, new { step = "reject", note = "Trùng đề án khác.", version = p.Version + 1 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task TheDepartment_SetsUpItsAppraisalCouncil_ForItsRegisteredProposals()
    {
        var plan = await PlanAsync(App, Year, PlanKind.National, null, Ct);
        var a = await RegisterAsync(App, plan, Ct);
        var b = await RegisterAsync(App, plan, Ct);
        var api = await App.ApiAs(HaNoiDepartment);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs(TuyenQuangDepartment)).PostAsJsonAsync($"/api/v1/promotion/plans/{plan}/council", new { proposalIds = new[] { a.Id } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs(Owner)).PostAsJsonAsync($"/api/v1/promotion/plans/{plan}/council", new { proposalIds = new[] { a.Id } }, Ct)).StatusCode);
        var created = await api.PostAsJsonAsync($"/api/v1/promotion/plans/{plan}/council", new { proposalIds = new[] { a.Id, b.Id } }, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var council = (await created.Content.ReadFromJsonAsync<PromotionApi.CouncilCreated>(ApiJson.Options, Ct))!;

        await using (var scope = App.Db())
        {
            var c = await scope.Context.Councils.Include(x => x.Criteria).Include(x => x.Entries).FirstAsync(x => x.Id == council.Id, Ct);
            var so = await scope.Context.Organisations.Where(o => o.Code == "SCT-01").Select(o => o.Id).FirstAsync(Ct);
            Assert.Equal((CouncilPurpose.ProposalAppraisal, so, "01", 50m, TieBreak.CriteriaInOrder, CouncilStatus.Open), (c.Purpose, c.OrganisationId, c.ProvinceCode, c.PassMark, c.TieBreak, c.Status));
            Assert.Equal(100m, c.Criteria.Sum(x => x.MaxPoints));
            Assert.Equal([a.Id, b.Id], c.Entries.Select(e => e.ProposalId!.Value).Order());
        }
        // Not twice while the first is still scoring.
        var again = await api.PostAsJsonAsync($"/api/v1/promotion/plans/{plan}/council", new { proposalIds = new[] { a.Id } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đang chấm điểm", await ProblemAsync(again));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProposalWorkflowOnSqlite(SqliteApp app) : ProposalWorkflowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProposalWorkflowOnPostgres(PostgresApp app) : ProposalWorkflowTests(app);
