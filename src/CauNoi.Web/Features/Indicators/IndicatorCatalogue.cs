namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The indicators and forms every database starts with. Each indicator names where its definition comes from, and says so
/// plainly where no official text was found (research notes of 2026-12-06; the national indicator codes were not seen and
/// are not given). The forms' schedules are the Ministry's own choice except the industrial-cluster regime's periods.
/// </summary>
public static class IndicatorCatalogue
{
    public sealed record Definition(
        string Code, string Name, string Unit, int Decimals, Aggregation OverPlaces, Aggregation OverTime, string OwningUnit, string Source,
        string? Weight = null, double? Minimum = 0, double? Maximum = null, double? ChangeThreshold = null,
        DerivedKind? Derived = null, string? Base = null, string? Other = null, double Factor = 1);

    private const string Gso = "Niên giám thống kê (Tổng cục Thống kê, nay là Cục Thống kê), phần giải thích thuật ngữ";
    private const string NotFound = "Chưa tìm thấy định nghĩa chính thức; dùng theo cách hiểu thông dụng trong báo cáo của ngành Công Thương.";

    public static readonly Definition[] Indicators =
    [
        new("IIP", "Chỉ số sản xuất công nghiệp so với cùng kỳ năm trước", "%", 1, Aggregation.Weighted, Aggregation.None, "CN",
            $"{Gso}: tỷ lệ phần trăm giữa khối lượng sản xuất công nghiệp kỳ hiện hành với kỳ gốc. Quyền số khi cộng các tỉnh (giá trị tăng thêm ngành công nghiệp) là lựa chọn của hệ thống, không phải phương pháp chính thức.",
            Weight: "CN_GTTT", Minimum: 0, Maximum: 400, ChangeThreshold: 25),
        new("CN_GTTT", "Giá trị tăng thêm ngành công nghiệp", "tỷ đồng", 0, Aggregation.Sum, Aggregation.Sum, "CN",
            "Nghị định 94/2022/NĐ-CP (nội dung chỉ tiêu thống kê quốc gia, biên soạn GRDP); định nghĩa chi tiết của chỉ tiêu chưa được đối chiếu."),
        new("BLHH_DV", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 1, Aggregation.Sum, Aggregation.Sum, "TTTN",
            $"{Gso}: toàn bộ doanh thu hàng hóa bán lẻ và dịch vụ tiêu dùng đã bán ra thị trường của các cơ sở kinh doanh.",
            ChangeThreshold: 30),
        new("BLHH", "Doanh thu bán lẻ hàng hóa", "tỷ đồng", 1, Aggregation.Sum, Aggregation.Sum, "TTTN",
            $"{Gso}: thành phần bán lẻ hàng hóa của tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng; không có định nghĩa riêng.",
            ChangeThreshold: 30),
        new("XK", "Kim ngạch xuất khẩu hàng hóa trong kỳ", "triệu USD", 1, Aggregation.Sum, Aggregation.Sum, "XNK", NotFound, ChangeThreshold: 40),
        new("XK_LK", "Kim ngạch xuất khẩu hàng hóa lũy kế từ đầu năm", "triệu USD", 1, Aggregation.Sum, Aggregation.Last, "XNK", NotFound),
        new("NK", "Kim ngạch nhập khẩu hàng hóa trong kỳ", "triệu USD", 1, Aggregation.Sum, Aggregation.Sum, "XNK", NotFound, ChangeThreshold: 40),
        new("DIEN_TP", "Điện thương phẩm", "triệu kWh", 1, Aggregation.Sum, Aggregation.Sum, "DL", NotFound, ChangeThreshold: 30),
        new("CCN_HD", "Số cụm công nghiệp đang hoạt động", "cụm", 0, Aggregation.Sum, Aggregation.Last, "CTDP",
            "Nghị định 32/2024/NĐ-CP và Thông tư 14/2024/TT-BCT (sửa đổi bởi Thông tư 38/2025/TT-BCT) về chế độ báo cáo cụm công nghiệp; định nghĩa \"đang hoạt động\" chưa được đối chiếu."),
        new("CCN_DT", "Diện tích đất công nghiệp có thể cho thuê của các cụm công nghiệp", "ha", 1, Aggregation.Sum, Aggregation.Last, "CTDP",
            "Thông tư 14/2024/TT-BCT (biểu mẫu báo cáo cụm công nghiệp); biểu mẫu chưa được đối chiếu."),
        new("CCN_LD", "Tỷ lệ lấp đầy bình quân các cụm công nghiệp", "%", 1, Aggregation.Weighted, Aggregation.Last, "CTDP",
            "Diện tích đã cho thuê chia cho diện tích có thể cho thuê; công thức chính thức trong biểu mẫu của Thông tư 14/2024/TT-BCT chưa được đối chiếu. Cộng các tỉnh theo quyền số là diện tích có thể cho thuê.",
            Weight: "CCN_DT", Maximum: 100),
        new("CHO", "Số chợ", "chợ", 0, Aggregation.Sum, Aggregation.Last, "TTTN",
            "Nghị định 60/2024/NĐ-CP về phát triển và quản lý chợ (phân loại chợ); niên giám thống kê (chợ có từ 50 điểm kinh doanh ở đô thị, 30 ở nông thôn)."),
        new("SIEU_THI", "Số siêu thị", "siêu thị", 0, Aggregation.Sum, Aggregation.Last, "TTTN",
            "Quyết định 1371/2004/QĐ-BTM ban hành Quy chế Siêu thị, Trung tâm thương mại; hiệu lực hiện nay chưa được đối chiếu."),
        new("TTTM", "Số trung tâm thương mại", "trung tâm", 0, Aggregation.Sum, Aggregation.Last, "TTTN",
            "Quyết định 1371/2004/QĐ-BTM ban hành Quy chế Siêu thị, Trung tâm thương mại; hiệu lực hiện nay chưa được đối chiếu."),
        new("DAN_SO", "Dân số trung bình", "nghìn người", 1, Aggregation.Sum, Aggregation.Average, "KHTC",
            $"{Gso}: dân số trung bình là số bình quân của dân số đầu kỳ và cuối kỳ; số liệu do cơ quan thống kê công bố."),
        new("BL_TANG", "Tốc độ tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng so với cùng kỳ", "%", 1, Aggregation.None, Aggregation.None, "TTTN",
            "Tính từ BLHH_DV: (kỳ này ÷ cùng kỳ năm trước − 1) × 100.", Minimum: null, Derived: DerivedKind.GrowthYearOnYear, Base: "BLHH_DV"),
        new("XK_TANG", "Tốc độ tăng kim ngạch xuất khẩu so với cùng kỳ", "%", 1, Aggregation.None, Aggregation.None, "XNK",
            "Tính từ XK: (kỳ này ÷ cùng kỳ năm trước − 1) × 100.", Minimum: null, Derived: DerivedKind.GrowthYearOnYear, Base: "XK"),
        new("XK_KT", "Tốc độ tăng kim ngạch xuất khẩu so với kỳ trước", "%", 1, Aggregation.None, Aggregation.None, "XNK",
            "Tính từ XK: (kỳ này ÷ kỳ trước − 1) × 100.", Minimum: null, Derived: DerivedKind.GrowthPeriodOnPeriod, Base: "XK"),
        new("BL_KH", "Tỷ lệ thực hiện kế hoạch tổng mức bán lẻ", "%", 1, Aggregation.None, Aggregation.None, "TTTN",
            "Tính từ BLHH_DV: thực hiện ÷ chỉ tiêu Bộ giao cho kỳ × 100.", Minimum: null, Derived: DerivedKind.ShareOfTarget, Base: "BLHH_DV"),
        new("BL_DAU_NGUOI", "Tổng mức bán lẻ bình quân đầu người", "triệu đồng/người", 1, Aggregation.None, Aggregation.None, "TTTN",
            "Tính: BLHH_DV (tỷ đồng) ÷ DAN_SO (nghìn người) = triệu đồng/người.", Minimum: null, Derived: DerivedKind.PerCapita, Base: "BLHH_DV", Other: "DAN_SO"),
    ];

    /// <summary>A part never above its whole.</summary>
    public static readonly (string Left, string Right, string Message)[] Rules =
    [
        ("BLHH", "BLHH_DV", "Doanh thu bán lẻ hàng hóa không thể lớn hơn tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng."),
        ("XK", "XK_LK", "Kim ngạch xuất khẩu trong kỳ không thể lớn hơn kim ngạch lũy kế từ đầu năm."),
    ];

    public sealed record FormDefinition(
        string Code, string Name, PeriodType Type, int FirstDay, int DueDays, int OpensDaysBefore, int LockDaysAfter,
        string Unit, string Basis, string[] Indicators);

    private const string OwnSchedule = "Lịch báo cáo do Bộ quy định trong hệ thống; thông tư về chế độ báo cáo thống kê của Sở Công Thương thay thế Thông tư 41/2016/TT-BCT chưa được đối chiếu.";

    private const string Clusters = "Thông tư 14/2024/TT-BCT (sửa đổi bởi Thông tư 38/2025/TT-BCT, hợp nhất tại 55/VBHN-BCT):";

    public static readonly FormDefinition[] Forms =
    [
        new("BC-THANG", "Báo cáo tháng tình hình sản xuất công nghiệp và thương mại", PeriodType.Month, 1, 10, 15, 10, "CTDP",
            OwnSchedule, ["IIP", "BLHH_DV", "BLHH", "XK", "XK_LK", "NK", "DIEN_TP"]),
        new("BC-NAM-TM", "Báo cáo năm hạ tầng thương mại", PeriodType.Year, 1, 31, 45, 30, "TTTN",
            OwnSchedule, ["CHO", "SIEU_THI", "TTTM"]),
        new("BC-NAM-CS", "Báo cáo năm số liệu cơ sở (dân số, giá trị tăng thêm công nghiệp)", PeriodType.Year, 1, 90, 60, 30, "CTDP",
            OwnSchedule + " Số liệu lấy theo công bố của cơ quan thống kê.", ["DAN_SO", "CN_GTTT"]),
        new("BC-CCN-6T", "Báo cáo 6 tháng tình hình cụm công nghiệp", PeriodType.HalfYear, 15, 6, 20, 10, "CTDP",
            Clusters + " số liệu 6 tháng tính từ 15/12 năm trước đến 14/6 (doanh nghiệp trong cụm báo cáo trước 20/6); hạn của Sở trong hệ thống đặt cùng ngày.",
            ["CCN_HD", "CCN_DT", "CCN_LD"]),
        new("BC-CCN-NAM", "Báo cáo năm tình hình cụm công nghiệp", PeriodType.Year, 15, 6, 20, 10, "CTDP",
            Clusters + " số liệu năm tính từ 15/12 năm trước đến 14/12 (doanh nghiệp trong cụm báo cáo trước 20/12); hạn của Sở trong hệ thống đặt cùng ngày.",
            ["CCN_HD", "CCN_DT", "CCN_LD"]),
    ];
}
