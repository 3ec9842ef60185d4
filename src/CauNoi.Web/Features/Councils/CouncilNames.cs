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

    /// <summary>What a member's line shows for a criterion marked n/a.</summary>
    public const string NotApplicable = "Không áp dụng";
}
