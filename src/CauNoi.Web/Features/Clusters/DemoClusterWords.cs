namespace CauNoi.Web.Features.Clusters;

/// <summary>The words the demo registry makes its names and texts of: plausible, made up, none of them a real body's.</summary>
public static class DemoClusterWords
{
    /// <summary>
    /// The sectors a cluster attracts, in the order of the sectors encouraged to invest in clusters (Nghị định
    /// 32/2024/NĐ-CP, Điều 3 khoản 1), each with the secondary projects' own sectors that fall under it.
    /// </summary>
    public static readonly (string Sector, string[] Projects)[] Sectors =
    [
        ("Chế biến nông, lâm, thủy sản; sản xuất phục vụ nông nghiệp, nông thôn",
            ["Chế biến nông sản", "Chế biến gỗ", "Chế biến thủy sản", "Sản xuất thức ăn chăn nuôi", "Sản xuất phân bón hữu cơ", "Chế biến thực phẩm"]),
        ("Cơ khí, công nghiệp hỗ trợ", ["Cơ khí chế tạo", "Gia công kim loại", "Sản xuất linh kiện phụ tùng", "Sản xuất khuôn mẫu", "Sản xuất nhựa kỹ thuật"]),
        ("Dệt may, da giày", ["May mặc", "Sản xuất giày dép", "Sản xuất túi xách", "Dệt vải sợi"]),
        ("Điện tử, công nghệ thông tin, viễn thông", ["Lắp ráp linh kiện điện tử", "Sản xuất dây cáp điện", "Sản xuất thiết bị viễn thông"]),
        ("Năng lượng thông minh, công nghệ số, tự động hóa", ["Sản xuất thiết bị điện", "Sản xuất tủ bảng điện", "Lắp ráp thiết bị tự động hóa"]),
        ("Thiết bị cao cấp, vật liệu mới, công nghệ sinh học", ["Sản xuất vật liệu xây dựng mới", "Sản xuất bao bì", "Sản xuất chế phẩm sinh học"]),
        ("Ngành nghề nông thôn, làng nghề truyền thống của địa phương", ["Mây tre đan", "Gốm sứ mỹ nghệ", "Đồ gỗ mỹ nghệ", "Dệt thổ cẩm", "Sơn mài", "Chạm khắc đá"]),
    ];

    public static readonly string[] Brands =
    [
        "Hưng Thịnh", "Minh Phát", "Thành Công", "Phú Gia", "An Khang", "Tân Tiến", "Hoàng Long", "Việt Hưng", "Đại Phát", "Thuận Thành",
        "Bảo Minh", "Nam Tiến", "Hòa Bình Xanh", "Sao Mai", "Trường An", "Phúc Lộc", "Kim Ngân", "Đông Á", "Quang Minh", "Hải Đăng",
        "Thiên Phú", "Gia Bảo", "Tiến Đạt", "Lộc Phát", "Hợp Nhất", "Vĩnh Thịnh", "Đức Tín", "Hồng Hà", "Mai Linh Xanh", "Phương Nam",
    ];

    public static readonly string[] Companies = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Công ty TNHH Sản xuất và Thương mại", "Doanh nghiệp tư nhân"];

    /// <summary>What inspection teams found, as their minutes put it.</summary>
    public static readonly string[] Findings =
    [
        "Trạm xử lý nước thải tập trung chưa hoàn thành; các doanh nghiệp thứ cấp đang tự xử lý nước thải cục bộ.",
        "Chủ đầu tư hạ tầng chưa gửi báo cáo định kỳ theo Thông tư 14/2024/TT-BCT.",
        "Một số dự án thứ cấp chậm tiến độ xây dựng so với cam kết khi thuê đất.",
        "Hệ thống phòng cháy, chữa cháy dùng chung của cụm chưa được nghiệm thu.",
        "Đường giao thông nội bộ xuống cấp, chưa được duy tu, sửa chữa.",
        "Tỷ lệ lấp đầy thấp; đề nghị địa phương tăng cường xúc tiến, thu hút đầu tư vào cụm.",
        "Chưa lắp đặt thiết bị quan trắc nước thải tự động theo quy định.",
        "Cây xanh, mặt nước trong cụm chưa bảo đảm tỷ lệ theo quy hoạch chi tiết được duyệt.",
    ];
}
