namespace CauNoi.Web.Features.Councils;

/// <summary>The councils' words, as pages, exports and the audit log show them.</summary>
public static class CouncilNames
{
    public static string Of(CouncilPurpose purpose) => purpose switch
    {
        CouncilPurpose.ProposalAppraisal => "Hội đồng thẩm định đề án khuyến công cấp cơ sở",
        CouncilPurpose.ProductSelection => "Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu",
        _ => purpose.ToString(),
    };

    public static string Of(CouncilStatus status) => status switch
    {
        CouncilStatus.Open => "Đang chấm điểm",
        CouncilStatus.Closed => "Đã kết thúc, kết quả đã chốt",
        _ => status.ToString(),
    };

    public static string Of(TieBreak rule) => rule switch
    {
        TieBreak.CriteriaInOrder => "Bằng điểm thì xét điểm bình quân từng tiêu chí theo thứ tự, tiêu chí đầu tiên khác nhau quyết định",
        TieBreak.SharedRank => "Bằng điểm thì đồng hạng",
        _ => rule.ToString(),
    };

    public static string Of(CouncilAction action) => action switch
    {
        CouncilAction.AddMember => "Thêm thành viên hội đồng",
        CouncilAction.RemoveMember => "Rút thành viên khỏi hội đồng",
        CouncilAction.EditCriteria => "Sửa tiêu chí và quy tắc chấm điểm",
        CouncilAction.DeclareConflict => "Khai báo xung đột lợi ích",
        CouncilAction.SaveSheet => "Lưu nháp phiếu chấm",
        CouncilAction.SubmitSheet => "Nộp phiếu chấm",
        CouncilAction.Close => "Kết thúc hội đồng, chốt kết quả",
        _ => action.ToString(),
    };

    /// <summary>The note beside a member's total when some criteria were "không áp dụng".</summary>
    public const string RescaledNote = "Có tiêu chí không áp dụng: tổng điểm đã quy đổi về thang điểm đầy đủ = tổng điểm × (tổng điểm tối đa có trọng số của mọi tiêu chí) ÷ (tổng điểm tối đa có trọng số của các tiêu chí được chấm).";

    /// <summary>What a member's line shows for a criterion marked n/a.</summary>
    public const string NotApplicable = "Không áp dụng";
}
