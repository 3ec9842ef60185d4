namespace CauNoi.Web.Features.Clusters;

/// <summary>The registry's words, as pages, exports and the audit log show them.</summary>
public static class ClusterNames
{
    public static string Of(ClusterStage stage) => stage switch
    {
        ClusterStage.Planned => "Trong phương án phát triển",
        ClusterStage.Established => "Đã thành lập",
        ClusterStage.Building => "Đang đầu tư hạ tầng",
        ClusterStage.Operating => "Đang hoạt động",
        _ => stage.ToString(),
    };

    public static string Of(ClusterStep step) => step switch
    {
        ClusterStep.Plan => "Đưa vào phương án phát triển cụm công nghiệp",
        ClusterStep.Establish => "Thành lập",
        ClusterStep.Expand => "Mở rộng",
        ClusterStep.StartInfrastructure => "Khởi công hạ tầng kỹ thuật",
        ClusterStep.StartOperation => "Đi vào hoạt động",
        _ => step.ToString(),
    };

    public static string Of(DeveloperKind kind) => kind switch
    {
        DeveloperKind.Enterprise => "Doanh nghiệp",
        DeveloperKind.Cooperative => "Hợp tác xã",
        DeveloperKind.PublicUnit => "Đơn vị sự nghiệp công lập",
        _ => kind.ToString(),
    };

    public static string Of(InfrastructureKind kind) => kind switch
    {
        InfrastructureKind.Road => "Đường giao thông nội bộ",
        InfrastructureKind.Power => "Cấp điện",
        InfrastructureKind.Water => "Cấp nước",
        InfrastructureKind.Wastewater => "Thu gom, xử lý nước thải tập trung",
        InfrastructureKind.Drainage => "Thoát nước mưa",
        InfrastructureKind.Other => "Công trình khác",
        _ => kind.ToString(),
    };

    public static string Of(InfrastructureStatus status) => status switch
    {
        InfrastructureStatus.NotStarted => "Chưa đầu tư",
        InfrastructureStatus.Building => "Đang xây dựng",
        InfrastructureStatus.Complete => "Đã hoàn thành",
        _ => status.ToString(),
    };

    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Registered => "Đã đăng ký đầu tư",
        ProjectStatus.Building => "Đang xây dựng",
        ProjectStatus.Operating => "Đang sản xuất, kinh doanh",
        ProjectStatus.Stopped => "Đã dừng hoạt động",
        _ => status.ToString(),
    };
}
