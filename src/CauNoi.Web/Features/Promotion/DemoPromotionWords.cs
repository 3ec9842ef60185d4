namespace CauNoi.Web.Features.Promotion;

/// <summary>The words the khuyến công demo data is made of: activities with their outputs and budgets, trades, facilities, reasons.</summary>
public static class DemoPromotionWords
{
    /// <summary>
    /// One activity of the 2023 plan: how many proposals, the output it promises and its unit, the promised amount, and the
    /// budget ranges in triệu đồng (national funds a few hundred million to about 1.5 billion; counterpart larger for machinery).
    /// </summary>
    public sealed record Activity(PromotionActivity Kind, int Count, OutputKind Output, string Unit, int PromisedMin, int PromisedMax,
        int NationalMin, int NationalMax, int CounterpartMin, int CounterpartMax, string Title);

    /// <summary>
    /// The 2023 plan's activities. Outputs are one plausible year of the 2004–2023 totals (seed 002): about 5,000 workers
    /// trained, 25 demonstration models, 90–100 facilities with machinery, 300 at fairs, 2 cluster plans, 1,000 managers.
    /// </summary>
    public static readonly Activity[] Activities2023 =
    [
        new(PromotionActivity.VocationalTraining, 66, OutputKind.PeopleTrained, "người", 50, 100, 150, 450, 0, 60,
            "Đào tạo nghề {trade} gắn với giải quyết việc làm cho lao động nông thôn tại {place}"),
        new(PromotionActivity.DemonstrationModel, 26, OutputKind.DemonstrationModels, "mô hình", 1, 1, 500, 1500, 1500, 5000,
            "Xây dựng mô hình trình diễn kỹ thuật {tech} tại {beneficiary}"),
        new(PromotionActivity.AdvancedMachinery, 96, OutputKind.FacilitiesWithMachinery, "cơ sở", 1, 1, 300, 1000, 800, 4000,
            "Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến ({tech}) vào sản xuất tại {beneficiary}"),
        new(PromotionActivity.RuralProductDevelopment, 18, OutputKind.ProductsDeveloped, "sản phẩm", 1, 3, 150, 500, 100, 600,
            "Hỗ trợ phát triển, quảng bá sản phẩm công nghiệp nông thôn tiêu biểu {product} của {beneficiary}"),
        new(PromotionActivity.FairsAndExhibitions, 14, OutputKind.FacilitiesAtFairs, "cơ sở", 18, 26, 800, 1500, 300, 900,
            "Tổ chức hội chợ triển lãm hàng công nghiệp nông thôn {where} năm 2023"),
        new(PromotionActivity.Consultancy, 22, OutputKind.FacilitiesAdvised, "cơ sở", 4, 10, 150, 400, 50, 200,
            "Tư vấn nâng cao năng lực sản xuất, quản lý chất lượng cho các cơ sở công nghiệp nông thôn {where}"),
        new(PromotionActivity.Communication, 14, OutputKind.Other, "chương trình", 6, 12, 200, 600, 0, 0,
            "Xây dựng chuyên mục truyền thông về hoạt động khuyến công và sản phẩm công nghiệp nông thôn {where}"),
        new(PromotionActivity.ManagementTraining, 22, OutputKind.ManagersTrained, "học viên", 40, 50, 200, 500, 0, 40,
            "Đào tạo nâng cao năng lực quản lý, khởi sự doanh nghiệp cho các cơ sở công nghiệp nông thôn {where}"),
        new(PromotionActivity.StudyTour, 6, OutputKind.Other, "người", 15, 25, 200, 600, 0, 100,
            "Tổ chức đoàn tham quan, khảo sát học tập kinh nghiệm phát triển công nghiệp nông thôn {where}"),
        new(PromotionActivity.ClusterDetailedPlanning, 2, OutputKind.ClusterPlans, "cụm", 1, 1, 600, 1000, 0, 0,
            "Hỗ trợ lập quy hoạch chi tiết cụm công nghiệp {place}"),
        new(PromotionActivity.PollutionTreatment, 10, OutputKind.Other, "hệ thống", 1, 1, 300, 800, 600, 2000,
            "Hỗ trợ xây dựng hệ thống xử lý ô nhiễm môi trường tại {beneficiary}"),
        new(PromotionActivity.Other, 4, OutputKind.Other, "nhiệm vụ", 1, 1, 150, 400, 0, 100,
            "Hỗ trợ thuê tư vấn, trợ giúp kỹ thuật phát triển sản phẩm cho {beneficiary}"),
    ];

    public static readonly string[] Trades =
    [
        "mây tre đan", "thêu ren", "dệt thổ cẩm", "gốm mỹ nghệ", "mộc mỹ nghệ", "sơn mài", "chế biến chè", "chế biến nông sản",
        "dệt chiếu cói", "đan lục bình", "may công nghiệp", "cơ khí nhỏ", "chạm khắc đá", "làm hương", "chế biến thủy sản",
    ];

    public static readonly string[] Techniques =
    [
        "dây chuyền sấy nông sản bằng năng lượng mặt trời", "máy cắt CNC trong chế biến gỗ", "lò nung gốm sử dụng khí gas",
        "dây chuyền chế biến chè xanh chất lượng cao", "máy đóng gói tự động", "dây chuyền chế biến hạt điều", "máy dệt thổ cẩm bán tự động",
        "hệ thống cấp đông nhanh", "dây chuyền sản xuất bún, phở khô", "máy ép và chiết rót nước mắm", "dây chuyền sơ chế cói",
        "máy phun sơn tĩnh điện", "hệ thống sấy thăng hoa", "dây chuyền sản xuất gạch không nung", "máy chế biến thức ăn chăn nuôi",
    ];

    public static readonly string[] Products =
    [
        "chè Shan tuyết", "nước mắm truyền thống", "bánh đa nem", "cà phê rang xay", "mật ong rừng", "miến dong", "gốm men lam",
        "bàn ghế gỗ khảm trai", "túi thổ cẩm", "nón lá", "tranh sơn mài", "hạt điều rang muối", "kẹo dừa", "tinh bột nghệ",
    ];

    private static readonly string[] Firms = ["An Phát", "Hưng Thịnh", "Minh Long", "Phú Gia", "Thành Công", "Việt Tiến", "Hoàng Nam", "Tân Phú",
        "Đại Phong", "Kim Ngân", "Trường Sơn", "Hồng Hà", "Phúc Lộc", "Quang Minh", "Sao Việt", "Hòa Bình", "Thuận Phát", "Bình An"];

    /// <summary>A plausible beneficiary: a company, a cooperative or a household facility, of a place and a trade.</summary>
    public static string Facility(Random rng, string place, string trade, string person) => rng.Next(10) switch
    {
        < 4 => $"Công ty TNHH {Firms[rng.Next(Firms.Length)]} {place}",
        < 6 => $"Công ty Cổ phần {trade.Split(' ')[0] switch { "chế" => "Chế biến", "cơ" => "Cơ khí", "may" => "May", _ => "Thủ công mỹ nghệ" }} {Firms[rng.Next(Firms.Length)]}",
        < 8 => $"Hợp tác xã {trade} {place}",
        _ => $"Cơ sở sản xuất {trade} {person}",
    };

    /// <summary>Why a proposal stopped after approval: the programme's common causes (seed 003).</summary>
    public static readonly string[] StopReasons =
    [
        "Cơ sở thụ hưởng không thu xếp được vốn đối ứng để mua sắm máy móc, thiết bị theo đề án đã phê duyệt.",
        "Cơ sở thay đổi phương án đầu tư, chuyển sang dây chuyền khác không thuộc nội dung đề án được hỗ trợ.",
        "Cơ sở tạm dừng sản xuất do khó khăn về thị trường tiêu thụ, có văn bản xin dừng thực hiện đề án.",
        "Không tuyển sinh đủ số học viên theo kế hoạch do lao động địa phương đã có việc làm tại các khu công nghiệp.",
    ];

    /// <summary>Why a proposal was adjusted, and whether the adjustment lowers its state funds.</summary>
    public static readonly (string Reason, bool Lowers)[] AdjustReasons =
    [
        ("Điều chỉnh thời gian thực hiện do chậm bàn giao mặt bằng lắp đặt thiết bị; kinh phí không thay đổi.", false),
        ("Điều chỉnh giảm kinh phí hỗ trợ do giá thiết bị trúng thầu thấp hơn dự toán được duyệt.", true),
        ("Điều chỉnh địa điểm tổ chức lớp đào tạo theo đề nghị của Ủy ban nhân dân xã; kinh phí không thay đổi.", false),
        ("Điều chỉnh chủng loại thiết bị cho phù hợp công nghệ mới, tiết kiệm kinh phí hỗ trợ.", true),
        ("Điều chỉnh tiến độ do thời tiết bất lợi ảnh hưởng đến thi công nhà xưởng; kinh phí không thay đổi.", false),
    ];
}
