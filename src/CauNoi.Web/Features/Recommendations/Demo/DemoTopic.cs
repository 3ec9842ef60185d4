namespace CauNoi.Web.Features.Recommendations.Demo;

public enum DemoLevel { Province, Commune, Either }

/// <summary>
/// One kind of obstacle localities raise in a field: how they title and word it, and how the
/// Ministry unit answers it. Texts are built from the scene, so every record names its own places.
/// </summary>
public sealed record DemoTopic(
    string Field, ConcernKind Kind, DemoLevel Level,
    Func<DemoScene, string> Title, Func<DemoScene, string> Content, Func<DemoScene, string> Answer)
{
    public Func<DemoScene, string>? Reference { get; init; }
    /// <summary>Who decides it when it is not the Ministry's to decide; null when it always is.</summary>
    public Func<DemoScene, string>? CompetentBody { get; init; }
    /// <summary>The unit it ends up with when the one it was routed to passes it on.</summary>
    public string? TransferTo { get; init; }
    /// <summary>Raised only after the reorganisation of 1 July 2025.</summary>
    public bool AfterReform { get; init; }
    /// <summary>Only in some provinces (border gates, crops).</summary>
    public Func<DemoProvince, bool>? Applies { get; init; }
    /// <summary>Raised by a xã rather than a phường: set for one topic, always so for clusters, promotion and power projects.</summary>
    public bool Rural { get => field || Field is "CCN" or "KC" or "NL"; init; }
    /// <summary>Months when it is raised more often.</summary>
    public int[] Season { get; init; } = [];

    public static IReadOnlyList<DemoTopic> All { get; } =
        [.. DemoTopicsIndustry.All, .. DemoTopicsEnergy.All, .. DemoTopicsTrade.All, .. DemoTopicsAdministration.All];

    /// <summary>A unit's written reply: who asked what, the points, and how to follow up.</summary>
    public string WrittenAnswer(DemoScene s, string title, string unitName, bool again)
    {
        var opening = again
            ? $"Tiếp theo văn bản trả lời trước đây, trên cơ sở ý kiến của {s.Sender} khi mở lại kiến nghị, {unitName} bổ sung, làm rõ như sau:"
            : $"{unitName} nhận được kiến nghị của {s.Sender} về “{title}”. Sau khi nghiên cứu, {unitName} có ý kiến như sau:";
        var closing = s.Pick(
            $"Trong quá trình triển khai, nếu còn vướng mắc, đề nghị {s.Sender} phản ánh qua Hệ thống hoặc liên hệ trực tiếp {unitName} để được hướng dẫn.",
            $"{unitName} sẽ tiếp tục theo dõi, phối hợp với địa phương trong quá trình thực hiện.",
            $"Đề nghị {s.Sender} nghiên cứu, tổ chức thực hiện và báo cáo kết quả về Bộ Công Thương (qua {unitName}).");
        return $"{opening}\n{Answer(s)}\n{closing}";
    }
}
