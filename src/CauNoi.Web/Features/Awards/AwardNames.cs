using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Awards;

/// <summary>The selection's words, as pages, exports, certificates and the audit log show them.</summary>
public static class AwardNames
{
    public static string Of(AwardLevel level) => level switch
    {
        AwardLevel.Provincial => "Cấp tỉnh",
        AwardLevel.Regional => "Cấp khu vực",
        AwardLevel.National => "Cấp quốc gia",
        _ => level.ToString(),
    };

    public static string Of(RoundStage stage) => stage switch
    {
        RoundStage.Nominating => "Đang nhận hồ sơ",
        RoundStage.Scoring => "Hội đồng đang chấm điểm",
        RoundStage.Closed => "Đã công bố kết quả",
        _ => stage.ToString(),
    };

    public static string Of(ProductGroup group) => group switch
    {
        ProductGroup.Handicraft => "Thủ công mỹ nghệ",
        ProductGroup.ProcessedFood => "Chế biến nông, lâm, thủy sản và thực phẩm",
        ProductGroup.ToolsAndMachinery => "Thiết bị, máy móc, dụng cụ, phụ tùng cơ khí",
        ProductGroup.Other => "Sản phẩm khác",
        _ => group.ToString(),
    };

    /// <summary>The regions as the selection names them (the three regions of the Ministry's conferences).</summary>
    public static string Of(Region region) => Regions.Name(region);
}
