namespace CauNoi.Web.Features.Promotion;

/// <summary>The khuyến công words, as pages, exports and the audit log show them.</summary>
public static class PromotionNames
{
    public static string Of(PlanKind kind) => kind switch
    {
        PlanKind.National => "Kế hoạch khuyến công quốc gia",
        PlanKind.Local => "Kế hoạch khuyến công địa phương",
        _ => kind.ToString(),
    };

    public static string Of(ProposerKind kind) => kind switch
    {
        ProposerKind.PromotionCentre => "Trung tâm khuyến công",
        ProposerKind.Facility => "Cơ sở công nghiệp nông thôn",
        ProposerKind.Unit => "Đơn vị khác",
        _ => kind.ToString(),
    };

    public static string Of(PromotionActivity activity) => activity switch
    {
        PromotionActivity.VocationalTraining => "Đào tạo nghề, truyền nghề",
        PromotionActivity.DemonstrationModel => "Xây dựng mô hình trình diễn kỹ thuật",
        PromotionActivity.AdvancedMachinery => "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ",
        PromotionActivity.RuralProductDevelopment => "Phát triển sản phẩm công nghiệp nông thôn tiêu biểu",
        PromotionActivity.FairsAndExhibitions => "Hội chợ, triển lãm",
        PromotionActivity.Consultancy => "Tư vấn",
        PromotionActivity.Communication => "Thông tin tuyên truyền",
        PromotionActivity.ManagementTraining => "Nâng cao năng lực quản lý, khởi sự doanh nghiệp",
        PromotionActivity.StudyTour => "Tham quan, học tập kinh nghiệm, hợp tác quốc tế",
        PromotionActivity.ClusterDetailedPlanning => "Lập quy hoạch chi tiết cụm công nghiệp",
        PromotionActivity.PollutionTreatment => "Hỗ trợ xử lý ô nhiễm môi trường",
        PromotionActivity.Other => "Nội dung khác",
        _ => activity.ToString(),
    };

    public static string Of(ProposalStage stage) => stage switch
    {
        ProposalStage.Registered => "Đã đăng ký vào kế hoạch",
        ProposalStage.Appraised => "Đã thẩm định cấp cơ sở",
        ProposalStage.Rejected => "Không được phê duyệt",
        ProposalStage.Approved => "Đã phê duyệt",
        ProposalStage.InProgress => "Đang thực hiện",
        ProposalStage.Accepted => "Đã nghiệm thu",
        ProposalStage.Settled => "Đã quyết toán",
        ProposalStage.Stopped => "Dừng thực hiện",
        _ => stage.ToString(),
    };

    public static string Of(ProposalStep step) => step switch
    {
        ProposalStep.Register => "Đăng ký vào kế hoạch",
        ProposalStep.Appraise => "Thẩm định cấp cơ sở",
        ProposalStep.Reject => "Không phê duyệt",
        ProposalStep.Approve => "Phê duyệt vào kế hoạch",
        ProposalStep.Adjust => "Điều chỉnh",
        ProposalStep.Stop => "Dừng thực hiện",
        ProposalStep.ReportProgress => "Báo cáo tiến độ",
        ProposalStep.Accept => "Nghiệm thu",
        ProposalStep.Settle => "Quyết toán",
        _ => step.ToString(),
    };

    public static string Of(OutputKind kind) => kind switch
    {
        OutputKind.PeopleTrained => "Lao động được đào tạo nghề",
        OutputKind.DemonstrationModels => "Mô hình trình diễn kỹ thuật",
        OutputKind.FacilitiesWithMachinery => "Cơ sở ứng dụng máy móc tiên tiến",
        OutputKind.FacilitiesAtFairs => "Cơ sở tham gia hội chợ, triển lãm",
        OutputKind.FacilitiesAdvised => "Cơ sở được tư vấn",
        OutputKind.ClusterPlans => "Cụm công nghiệp được lập quy hoạch chi tiết",
        OutputKind.ManagersTrained => "Học viên được đào tạo quản lý, khởi sự doanh nghiệp",
        OutputKind.ProductsDeveloped => "Sản phẩm được hỗ trợ phát triển",
        OutputKind.Other => "Kết quả khác",
        _ => kind.ToString(),
    };

    /// <summary>The unit an output of this kind is counted in; an "other" output names its own.</summary>
    public static string UnitOf(OutputKind kind) => kind switch
    {
        OutputKind.PeopleTrained => "người",
        OutputKind.DemonstrationModels => "mô hình",
        OutputKind.FacilitiesWithMachinery or OutputKind.FacilitiesAtFairs or OutputKind.FacilitiesAdvised => "cơ sở",
        OutputKind.ClusterPlans => "cụm",
        OutputKind.ManagersTrained => "học viên",
        OutputKind.ProductsDeveloped => "sản phẩm",
        _ => "",
    };

    public const string Money = "triệu đồng";
}
