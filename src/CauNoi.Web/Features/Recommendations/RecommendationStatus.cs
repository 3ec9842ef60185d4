namespace CauNoi.Web.Features.Recommendations;

public enum RecommendationStatus
{
    Submitted = 1,
    Received = 2,
    InProgress = 3,
    /// <summary>Returned to the locality for more information; the deadline is paused.</summary>
    NeedsInformation = 4,
    Answered = 5,
    Closed = 6,
    Reopened = 7,
    Transferred = 8,
    OutsideRemit = 9,
    MergedAsDuplicate = 10,
    /// <summary>A handling officer's answer waits for a leader of the answering unit to approve it before it is sent.</summary>
    AwaitingApproval = 11,
}

public enum ConcernKind { LegalDocument = 1, AdministrativeProcedure = 2, Project = 3, Other = 4 }

public enum Urgency { Normal = 1, Urgent = 2, VeryUrgent = 3 }

/// <summary>How the recommendation reached the Ministry.</summary>
public enum Channel { Web = 1, Hotline = 2, Letter = 3, Email = 4, Conference = 5, WorkingVisit = 6 }

public static class RecommendationNames
{
    public static string Of(RecommendationStatus s) => s switch
    {
        RecommendationStatus.Submitted => "Mới gửi",
        RecommendationStatus.Received => "Đã tiếp nhận",
        RecommendationStatus.InProgress => "Đang xử lý",
        RecommendationStatus.NeedsInformation => "Cần bổ sung thông tin",
        RecommendationStatus.Answered => "Đã trả lời",
        RecommendationStatus.Closed => "Đã đóng",
        RecommendationStatus.Reopened => "Mở lại",
        RecommendationStatus.Transferred => "Đã chuyển đơn vị",
        RecommendationStatus.OutsideRemit => "Ngoài thẩm quyền của Bộ",
        RecommendationStatus.MergedAsDuplicate => "Gộp vào kiến nghị trùng",
        RecommendationStatus.AwaitingApproval => "Chờ lãnh đạo duyệt",
        _ => s.ToString(),
    };

    public static string Of(ConcernKind k) => k switch
    {
        ConcernKind.LegalDocument => "Văn bản quy phạm pháp luật",
        ConcernKind.AdministrativeProcedure => "Thủ tục hành chính",
        ConcernKind.Project => "Dự án",
        _ => "Khác",
    };

    public static string Of(Urgency u) => u switch
    {
        Urgency.Urgent => "Khẩn",
        Urgency.VeryUrgent => "Hỏa tốc",
        _ => "Thường",
    };

    public static string Of(Channel c) => c switch
    {
        Channel.Web => "Trên hệ thống",
        Channel.Hotline => "Đường dây nóng",
        Channel.Letter => "Công văn",
        Channel.Email => "Thư điện tử",
        Channel.Conference => "Hội nghị",
        Channel.WorkingVisit => "Làm việc trực tiếp",
        _ => c.ToString(),
    };
}
