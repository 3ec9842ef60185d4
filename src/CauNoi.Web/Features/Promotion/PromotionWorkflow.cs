using CauNoi.Web.Shared.Validation;
using A = CauNoi.Web.Features.Promotion.ProposalStep;
using S = CauNoi.Web.Features.Promotion.ProposalStage;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// A proposal as the workflow reads it: the proposal, its plan (whose keeper decides it), and the result of its
/// base-level appraisal council, if it has an entry in one.
/// </summary>
public sealed record ProposalCase(PromotionProposal Proposal, PromotionPlan Plan, AppraisalResult? Appraisal);

/// <summary>The proposal's entry in an appraisal council: closed or not, and what the council froze at its close.</summary>
public sealed record AppraisalResult(int CouncilId, string CouncilName, bool Closed, decimal? Average, bool? Passed, decimal? PassMark);

/// <summary>
/// The khuyến công proposal's workflow as one table (docs/promotion.md): registered in a plan, appraised at base level
/// by a closed council, approved into the plan with its budget by the plan's keeper (or rejected), carried out with
/// progress reports, accepted against its promised outputs, settled. Adjusting and stopping after approval are the
/// secondary steps the programme knows well. On the wire in kebab case: "report-progress".
/// </summary>
public static class PromotionWorkflow
{
    public const string Forbidden = "Bạn không có quyền thực hiện bước này đối với đề án khuyến công.";

    public static readonly Workflow<A, S, PromotionActor, ProposalCase, DateOnly, ProposalCase> Table = new(
        c => c.Proposal.Stage,
        Forbidden,
        s => $"Không thể thực hiện bước này khi đề án ở trạng thái \"{PromotionNames.Of(s)}\".",

        // Registration is the intake itself (ProposalIntake): no stage leaves from it.
        new(A.Register, PromotionNames.Of(A.Register), [], Implements)
        {
            NotNow = "Đề án được đăng ký vào kế hoạch khi lập mới, không phải một bước sau đó.",
        },
        new(A.Appraise, PromotionNames.Of(A.Appraise), [S.Registered], Implements)
        {
            To = S.Appraised,
            Unless = (c, _) => c.Appraisal switch
            {
                null => "Đề án chưa được đưa vào hội đồng thẩm định cấp cơ sở nào.",
                { Closed: false } a => $"Hội đồng \"{a.CouncilName}\" chưa kết thúc chấm điểm: chỉ ghi nhận kết quả thẩm định sau khi hội đồng kết thúc.",
                _ => null,
            },
        },
        new(A.Approve, PromotionNames.Of(A.Approve), [S.Appraised], KeepsPlan)
        {
            To = S.Approved,
            Needs = [new(nameof(ProposalStepInput.Number), $"Nhập số quyết định phê duyệt ({DocumentNumber.Hint})."),
                new(nameof(ProposalStepInput.OnDate), "Nhập ngày ký quyết định phê duyệt."),
                new(nameof(ProposalStepInput.ApprovedNational), "Nhập kinh phí được phê duyệt theo từng nguồn (triệu đồng).")],
            // An entry no member scored has no average and did not pass: the council has not appraised it.
            Unless = (c, _) => c.Appraisal switch
            {
                { Passed: false } a => $"Đề án không đạt tại hội đồng thẩm định cấp cơ sở: điểm trung bình {Score(a.Average)}, điểm đạt {Score(a.PassMark)}.",
                { Average: null } a => $"Hội đồng \"{a.CouncilName}\" kết thúc mà không thành viên nào chấm điểm đề án: đề án chưa được thẩm định.",
                _ => null,
            },
        },
        new(A.Reject, PromotionNames.Of(A.Reject), [S.Registered, S.Appraised], KeepsPlan)
        {
            To = S.Rejected, Needs = [Reason("Nhập lý do không phê duyệt đề án.")], Secondary = true,
        },
        new(A.ReportProgress, PromotionNames.Of(A.ReportProgress), [S.Approved, S.InProgress], Implements)
        {
            To = S.InProgress,
            Needs = [new(nameof(ProposalStepInput.Percent), "Nhập tỷ lệ hoàn thành (0–100%)."), Reason("Nhập nội dung công việc đã thực hiện.")],
        },
        new(A.Accept, PromotionNames.Of(A.Accept), [S.InProgress], KeepsPlan)
        {
            To = S.Accepted, Needs = [new(nameof(ProposalStepInput.OnDate), "Nhập ngày nghiệm thu.")],
        },
        new(A.Settle, PromotionNames.Of(A.Settle), [S.Accepted], KeepsPlan)
        {
            To = S.Settled,
            Needs = [new(nameof(ProposalStepInput.Amount), "Nhập số tiền quyết toán (triệu đồng)."), new(nameof(ProposalStepInput.OnDate), "Nhập ngày quyết toán.")],
        },
        new(A.Adjust, PromotionNames.Of(A.Adjust), [S.Approved, S.InProgress], KeepsPlan)
        {
            Needs = [Reason("Nhập lý do điều chỉnh đề án.")], Secondary = true,
        },
        new(A.Stop, PromotionNames.Of(A.Stop), [S.Approved, S.InProgress], KeepsPlan)
        {
            To = S.Stopped, Needs = [Reason("Nhập lý do dừng thực hiện đề án.")], Secondary = true,
        });

    /// <summary>The steps by their names on the wire, for the API's description and its refusal of an unknown step.</summary>
    public static readonly string WireNames = string.Join(", ", Table.Steps.Where(s => s.From.Length > 0).Select(s => s.Wire));

    /// <summary>The province's department (DMST for a proposal without a province): registers, appraises, reports progress.</summary>
    private static bool Implements(PromotionActor caller, ProposalCase c) => PromotionScope.MayRegister(caller, c.Proposal.ProvinceCode);

    /// <summary>The plan's keeper: DMST for the national plan, the province's department for its local plan.</summary>
    private static bool KeepsPlan(PromotionActor caller, ProposalCase c) => PromotionScope.MayKeepPlan(caller, c.Plan.Kind, c.Plan.ProvinceCode);

    private static Need Reason(string refusal) => new(nameof(ProposalStepInput.Note), refusal);

    public static string Score(decimal? points) => points is { } p ? Display.Number(p, 2) : "chưa có";
}
