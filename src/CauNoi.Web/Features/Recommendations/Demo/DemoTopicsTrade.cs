namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>Domestic trade, market surveillance, trade promotion, import-export, e-commerce, trade remedies.</summary>
public static class DemoTopicsTrade
{
    /// <summary>Border gates of border provinces, for the border trade topics.</summary>
    private static readonly Dictionary<string, string> BorderGates = new()
    {
        ["04"] = "cửa khẩu Trà Lĩnh", ["08"] = "cửa khẩu Thanh Thủy", ["11"] = "cửa khẩu Tây Trang", ["12"] = "cửa khẩu Ma Lù Thàng",
        ["15"] = "cửa khẩu Kim Thành", ["20"] = "cửa khẩu Hữu Nghị", ["22"] = "cửa khẩu Móng Cái", ["40"] = "cửa khẩu Nậm Cắn",
        ["42"] = "cửa khẩu Cầu Treo", ["44"] = "cửa khẩu Lao Bảo", ["80"] = "cửa khẩu Mộc Bài", ["91"] = "cửa khẩu Tịnh Biên",
        ["82"] = "cửa khẩu Thường Phước", ["52"] = "cửa khẩu Lệ Thanh",
    };

    /// <summary>Farm produce a province sells in season, for the trade promotion topics.</summary>
    private static readonly Dictionary<string, string> Produce = new()
    {
        ["24"] = "vải thiều", ["33"] = "nhãn lồng", ["14"] = "xoài, mận", ["66"] = "cà phê, sầu riêng", ["68"] = "rau, hoa và cà phê",
        ["52"] = "cà phê, hồ tiêu", ["82"] = "xoài", ["80"] = "thanh long", ["86"] = "bưởi da xanh, dừa", ["96"] = "tôm",
        ["91"] = "gạo, trái cây", ["92"] = "gạo, trái cây", ["56"] = "xoài, yến sào", ["20"] = "na, hồi", ["08"] = "cam sành, chè",
        ["19"] = "chè", ["15"] = "chuối, quế", ["25"] = "bưởi, chè", ["40"] = "cam", ["42"] = "bưởi Phúc Trạch", ["75"] = "sầu riêng, hạt điều",
        ["51"] = "tỏi Lý Sơn, quế", ["12"] = "chè, sâm", ["04"] = "hạt dẻ, miến dong",
    };

    private static string Gate(DemoScene s) => BorderGates.GetValueOrDefault(s.Province.Code, "cửa khẩu");
    private static string Crop(DemoScene s) => Produce.GetValueOrDefault(s.Province.Code, "nông sản, đặc sản");

    public static readonly DemoTopic[] All =
    [
        new("TMTN", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Khó khăn thực hiện chỉ tiêu tăng trưởng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 12% năm {s.Year}",
                $"Đề nghị hướng dẫn giải pháp kích cầu tiêu dùng để đạt mục tiêu tăng trưởng bán lẻ năm {s.Year}"),
            s => $"Bộ Công Thương đã giao chỉ tiêu tăng trưởng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm {s.Year} khoảng 12%. Ước thực hiện của {s.Province.Inline} đến nay mới tăng khoảng {6 + s.Count / 2},{s.Staff * 3}% so với cùng kỳ. " +
                 "Sức mua tại khu vực nông thôn còn yếu, nhiều chương trình khuyến mại chưa thu hút người tiêu dùng. Đề nghị Bộ Công Thương hướng dẫn giải pháp kích cầu, hỗ trợ tổ chức các chương trình đưa hàng Việt về nông thôn và khu công nghiệp.",
            s => $"1. Bộ Công Thương đang triển khai Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, các chương trình khuyến mại tập trung quốc gia và kết nối cung cầu; đề nghị Sở Công Thương {s.Province.Short} đăng ký tham gia và tổ chức các phiên chợ hàng Việt tại địa phương.\n" +
                 "2. Đề nghị Sở tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch kích cầu tiêu dùng những tháng cuối năm, phối hợp với doanh nghiệp phân phối đưa hàng hóa về khu công nghiệp, vùng nông thôn.\n" +
                 "3. Định kỳ hằng tháng, đề nghị Sở báo cáo tình hình thực hiện chỉ tiêu để Bộ tổng hợp, báo cáo Chính phủ.")
        {
            Season = [6, 7, 8, 9, 10, 11],
        },
        new("TMTN", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Vướng mắc chuyển đổi mô hình quản lý {s.Market}",
                $"Đề nghị hướng dẫn đầu tư cải tạo {s.Market}"),
            s => $"{s.Market} là chợ hạng II, xây dựng đã lâu, xuống cấp, không bảo đảm an toàn phòng cháy, chữa cháy; {s.Count * 20} hộ kinh doanh có nguyện vọng cải tạo nhưng chưa thống nhất phương án chuyển đổi. " +
                 "Việc lựa chọn doanh nghiệp, hợp tác xã đầu tư, kinh doanh, quản lý chợ còn lúng túng về trình tự, thủ tục. Đề nghị Bộ Công Thương hướng dẫn.",
            s => "1. Việc chuyển đổi mô hình quản lý, đầu tư cải tạo chợ thực hiện theo Nghị định của Chính phủ về phát triển và quản lý chợ; địa phương xây dựng phương án chuyển đổi, lấy ý kiến các hộ kinh doanh và công khai trước khi phê duyệt.\n" +
                 $"2. Việc lựa chọn doanh nghiệp, hợp tác xã đầu tư, kinh doanh, quản lý chợ thực hiện theo pháp luật về đấu thầu; đề nghị {s.Addressee} bảo đảm quyền lợi của các hộ đang kinh doanh trong thời gian cải tạo.")
        {
            CompetentBody = s => s.ProvincePeople,
        },
        new("TMTN", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Vướng mắc bảo đảm an toàn phòng cháy, chữa cháy tại {s.Market}",
                $"Đề nghị hướng dẫn trách nhiệm phòng cháy, chữa cháy tại chợ, trung tâm thương mại {s.Area}"),
            s => $"{s.InArea} có {s.Count} chợ và {s.Staff + 1} trung tâm thương mại, nhiều chợ xây dựng đã lâu, hệ thống điện và lối thoát nạn không bảo đảm; {s.Market} có {s.Count * 30} điểm kinh doanh, hàng hóa dễ cháy. " +
                 "Ban quản lý chợ thiếu kinh phí cải tạo, các hộ kinh doanh chưa thống nhất đóng góp. Đề nghị Bộ Công Thương hướng dẫn trách nhiệm của ban quản lý chợ, doanh nghiệp quản lý chợ và chính quyền cấp xã.",
            s => "1. Theo Nghị định của Chính phủ về phát triển và quản lý chợ, tổ chức quản lý chợ chịu trách nhiệm bảo đảm an toàn phòng cháy, chữa cháy, xây dựng nội quy chợ và phương án chữa cháy tại chỗ.\n" +
                 $"2. Đề nghị {s.Addressee} chỉ đạo rà soát, yêu cầu khắc phục ngay các tồn tại về hệ thống điện, lối thoát nạn; phối hợp với lực lượng Công an kiểm tra định kỳ và đưa việc cải tạo chợ vào kế hoạch đầu tư của địa phương.")
        {
            CompetentBody = _ => "Bộ Công an",
        },
        new("TMTN", ConcernKind.Other, DemoLevel.Province,
            s => $"Đề nghị hướng dẫn phương án bảo đảm cân đối cung cầu, bình ổn thị trường dịp cuối năm và Tết Nguyên đán",
            s => $"Nhu cầu tiêu dùng dịp cuối năm và Tết Nguyên đán trên địa bàn {s.Province.Inline} dự kiến tăng 10 - 15%, nhất là các mặt hàng thực phẩm, đồ uống. " +
                 "Một số doanh nghiệp bình ổn thị trường gặp khó khăn về vốn dự trữ hàng hóa. Đề nghị Bộ Công Thương hướng dẫn phương án bảo đảm nguồn cung và kết nối doanh nghiệp sản xuất với hệ thống phân phối.",
            s => "1. Bộ Công Thương đã ban hành kế hoạch bảo đảm cân đối cung cầu, bình ổn thị trường cuối năm và dịp Tết Nguyên đán; đề nghị Sở Công Thương chủ động xây dựng kế hoạch của địa phương, theo dõi sát diễn biến thị trường.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} tham mưu Ủy ban nhân dân tỉnh hỗ trợ lãi suất hoặc ứng vốn cho doanh nghiệp tham gia bình ổn thị trường, phối hợp với lực lượng quản lý thị trường kiểm tra, kiểm soát.")
        {
            Season = [11, 12, 1],
        },
        new("TMTN", ConcernKind.AdministrativeProcedure, DemoLevel.Province,
            s => s.Pick("Vướng mắc quản lý hệ thống cửa hàng bán lẻ xăng dầu trên địa bàn",
                "Đề nghị hướng dẫn cấp Giấy xác nhận đủ điều kiện làm đại lý bán lẻ xăng dầu"),
            s => $"{s.InArea} có {s.Count * 25} cửa hàng bán lẻ xăng dầu, một số cửa hàng ở vùng sâu, vùng xa thường xuyên thiếu hàng hoặc tạm ngừng bán. " +
                 "Việc kiểm tra điều kiện kinh doanh và cấp Giấy xác nhận đủ điều kiện làm đại lý còn vướng do quy định mới về kinh doanh xăng dầu chưa có hướng dẫn chi tiết. Đề nghị Bộ Công Thương hướng dẫn.",
            s => "1. Thương nhân đầu mối, thương nhân phân phối có trách nhiệm bảo đảm nguồn cung cho hệ thống phân phối của mình; Bộ Công Thương đã chỉ đạo các thương nhân không để gián đoạn nguồn cung.\n" +
                 $"2. Thủ tục cấp Giấy xác nhận đủ điều kiện làm đại lý bán lẻ xăng dầu thực hiện theo quy định hiện hành về kinh doanh xăng dầu; đề nghị Sở Công Thương {s.Province.Short} tiếp nhận, giải quyết và kiểm tra việc chấp hành của thương nhân.")
        {
            Reference = _ => "Thủ tục cấp Giấy xác nhận đủ điều kiện làm đại lý bán lẻ xăng dầu",
        },

        new("QLTT", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Vướng mắc tổ chức, hoạt động của Chi cục Quản lý thị trường sau khi chuyển về Sở Công Thương {s.Province.Short}",
                $"Đề nghị hướng dẫn kiện toàn các Đội Quản lý thị trường sau sắp xếp tại {s.Province.Inline}"),
            s => $"Chi cục Quản lý thị trường đã được chuyển về trực thuộc Sở Công Thương {s.Province.Short}. Sau sắp xếp, số đội quản lý thị trường giảm còn {s.Count + 4}, địa bàn phụ trách của mỗi đội rộng, biên chế còn thiếu khoảng {s.Count * 3} người. " +
                 "Việc cấp thẻ kiểm tra thị trường, trang phục, ấn chỉ và kinh phí hoạt động chưa được bố trí kịp thời. Đề nghị Bộ Công Thương hướng dẫn để lực lượng quản lý thị trường hoạt động ổn định.",
            s => "1. Bộ Công Thương đã ban hành hướng dẫn về tổ chức và hoạt động của lực lượng quản lý thị trường ở địa phương sau khi chuyển về Sở Công Thương; việc bố trí biên chế, kinh phí thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh.\n" +
                 $"2. Thẻ kiểm tra thị trường, trang phục, phù hiệu thực hiện theo quy định của Bộ; đề nghị Sở Công Thương {s.Province.Short} lập danh sách công chức đủ điều kiện gửi Bộ để được cấp.\n" +
                 "3. Trong thời gian kiện toàn, đề nghị Sở bảo đảm không gián đoạn công tác kiểm tra, kiểm soát thị trường, nhất là các mặt hàng thiết yếu.")
        {
            AfterReform = true,
            TransferTo = "TCCB",
        },
        new("QLTT", ConcernKind.LegalDocument, DemoLevel.Province,
            s => "Đề nghị hướng dẫn thẩm quyền xử phạt vi phạm hành chính của công chức quản lý thị trường sau sắp xếp",
            s => $"Sau khi lực lượng quản lý thị trường chuyển về Sở Công Thương {s.Province.Short}, chức danh có thẩm quyền xử phạt vi phạm hành chính của Chi cục trưởng, Đội trưởng chưa được quy định thống nhất tại các nghị định xử phạt trong lĩnh vực thương mại. " +
                 $"Hiện có {s.Count} hồ sơ vụ việc đang tạm dừng ban hành quyết định xử phạt. Đề nghị Bộ Công Thương hướng dẫn.",
            s => "1. Bộ Công Thương đã trình Chính phủ sửa đổi các nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực thương mại, sản xuất, buôn bán hàng giả, hàng cấm và bảo vệ quyền lợi người tiêu dùng để quy định thẩm quyền xử phạt phù hợp với tổ chức mới.\n" +
                 "2. Trong thời gian chưa sửa đổi, chức danh kế thừa nhiệm vụ của chức danh trước đây tiếp tục thực hiện thẩm quyền xử phạt theo quy định về chuyển tiếp; đề nghị Sở không để quá thời hạn ra quyết định xử phạt.")
        {
            AfterReform = true,
            Reference = _ => "Nghị định quy định xử phạt vi phạm hành chính trong hoạt động thương mại",
        },
        new("QLTT", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Kiến nghị tăng cường kiểm tra hàng giả, hàng kém chất lượng {s.Area}",
                $"Phản ánh tình trạng kinh doanh hàng không rõ nguồn gốc tại {s.Market}"),
            s => $"Thời gian gần đây {s.Area} xuất hiện nhiều cơ sở kinh doanh thực phẩm chức năng, mỹ phẩm, hàng tiêu dùng không rõ nguồn gốc, xuất xứ, bán cả trên mạng xã hội. " +
                 "Lực lượng chức năng ở cơ sở mỏng, thiếu phương tiện kiểm tra nhanh. Đề nghị Bộ Công Thương chỉ đạo tăng cường kiểm tra và hướng dẫn phối hợp giữa lực lượng quản lý thị trường với chính quyền cấp xã.",
            s => $"1. Bộ Công Thương đã chỉ đạo lực lượng quản lý thị trường tăng cường kiểm tra, kiểm soát, xử lý nghiêm hành vi kinh doanh hàng giả, hàng không rõ nguồn gốc, kể cả trên môi trường thương mại điện tử.\n" +
                 $"2. Thông tin phản ánh của {s.Sender} đã được chuyển Chi cục Quản lý thị trường {s.Province.Short} để kiểm tra, xử lý; đề nghị Ủy ban nhân dân cấp xã phối hợp cung cấp thông tin về các cơ sở có dấu hiệu vi phạm.")
        {
            Season = [11, 12, 1, 2],
        },

        new("XTTM", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Đề nghị hỗ trợ kết nối tiêu thụ {Crop(s)} vụ năm {s.Year}",
                $"Kiến nghị tổ chức hội nghị kết nối giao thương {Crop(s)} của {s.Province.Inline}"),
            s => $"Sản lượng {Crop(s)} của {s.Province.Inline} năm {s.Year} dự kiến tăng so với năm trước, trong khi thị trường xuất khẩu chính có nhiều biến động. " +
                 "Nhiều hợp tác xã chưa có hợp đồng bao tiêu, giá thu mua giảm. Đề nghị Bộ Công Thương hỗ trợ kết nối với hệ thống phân phối, doanh nghiệp xuất khẩu và tổ chức hội nghị giao thương.",
            s => $"1. Bộ Công Thương sẽ phối hợp với Sở Công Thương {s.Province.Short} tổ chức hội nghị kết nối cung cầu, đưa {Crop(s)} vào hệ thống siêu thị, sàn thương mại điện tử và giới thiệu tới các thương vụ Việt Nam ở nước ngoài.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} cung cấp danh sách hợp tác xã, doanh nghiệp, sản lượng và thời điểm thu hoạch để Bộ kết nối.")
        {
            Applies = p => Produce.ContainsKey(p.Code),
            Season = [4, 5, 6, 7, 8],
        },
        new("XTTM", ConcernKind.Other, DemoLevel.Province,
            s => $"Đề nghị hỗ trợ doanh nghiệp {s.Province.Inline} tham gia Chương trình Xúc tiến thương mại quốc gia năm {s.Year + 1}",
            s => $"Sở Công Thương {s.Province.Short} đã tổng hợp nhu cầu của {s.Count * 4} doanh nghiệp tham gia hội chợ, triển lãm trong nước và nước ngoài năm {s.Year + 1}. " +
                 "Kinh phí xúc tiến thương mại của địa phương hạn chế; doanh nghiệp nhỏ khó đáp ứng điều kiện đối ứng. Đề nghị Bộ Công Thương ưu tiên phê duyệt các đề án do địa phương đề xuất.",
            s => $"1. Các đề án xúc tiến thương mại quốc gia năm {s.Year + 1} được xét chọn theo tiêu chí công khai; đề nghị Sở Công Thương {s.Province.Short} hoàn thiện hồ sơ đề án theo hướng dẫn và gửi đúng thời hạn.\n" +
                 "2. Doanh nghiệp có thể đăng ký tham gia các đề án do các đơn vị chủ trì khác thực hiện; thông tin được đăng tải trên cổng thông tin xúc tiến thương mại của Bộ.")
        {
            Season = [8, 9, 10],
        },
        new("XNK", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Vướng mắc xuất khẩu nông sản qua {Gate(s)}",
                $"Kiến nghị tháo gỡ tình trạng ùn ứ phương tiện chở nông sản tại {Gate(s)}"),
            s => $"Thời gian gần đây lượng phương tiện chở nông sản xuất khẩu qua {Gate(s)} tăng cao, có ngày tồn khoảng {s.Count * 30} phương tiện do phía bạn tăng cường kiểm tra, thu hẹp thời gian thông quan. " +
                 "Đề nghị Bộ Công Thương trao đổi với phía bạn, thông tin kịp thời tình hình thông quan và hướng dẫn doanh nghiệp điều tiết lượng hàng lên cửa khẩu.",
            s => $"1. Bộ Công Thương đã trao đổi với cơ quan chức năng phía bạn về việc tạo thuận lợi thông quan hàng nông sản qua {Gate(s)} và sẽ thông tin kịp thời khi có thay đổi.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} phối hợp với lực lượng chức năng tại cửa khẩu cập nhật tình hình hằng ngày, khuyến cáo doanh nghiệp chuyển sang xuất khẩu chính ngạch và đáp ứng yêu cầu truy xuất nguồn gốc.")
        {
            Applies = p => BorderGates.ContainsKey(p.Code),
            CompetentBody = _ => "Bộ Tài chính (Cục Hải quan)",
        },
        new("XNK", ConcernKind.AdministrativeProcedure, DemoLevel.Province,
            s => "Đề nghị hướng dẫn thủ tục cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) cho doanh nghiệp trên địa bàn",
            s => $"{s.Count * 6} doanh nghiệp {s.Area} xuất khẩu sang các thị trường có FTA nhưng chưa nắm rõ quy tắc xuất xứ và thủ tục đề nghị cấp C/O điện tử; nhiều lô hàng bị từ chối ưu đãi thuế quan. " +
                 "Đề nghị Bộ Công Thương tổ chức tập huấn và xem xét đặt điểm tiếp nhận hồ sơ C/O tại tỉnh.",
            s => "1. Thủ tục cấp C/O được thực hiện trực tuyến trên Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử của Bộ Công Thương; doanh nghiệp đăng ký hồ sơ thương nhân một lần và nộp hồ sơ qua mạng.\n" +
                 $"2. Bộ Công Thương sẽ phối hợp với Sở Công Thương {s.Province.Short} tổ chức tập huấn về quy tắc xuất xứ trong các FTA cho doanh nghiệp của tỉnh.")
        {
            Reference = _ => "Thủ tục cấp Giấy chứng nhận xuất xứ hàng hóa (C/O)",
        },
        new("TMDT", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Đề nghị hỗ trợ đưa sản phẩm công nghiệp nông thôn, OCOP của {s.Locality} lên sàn thương mại điện tử",
                $"Kiến nghị tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã {s.Area}"),
            s => $"{s.InArea} có {s.Count * 5} sản phẩm OCOP và sản phẩm công nghiệp nông thôn tiêu biểu nhưng việc tiêu thụ chủ yếu qua kênh truyền thống. " +
                 "Các hợp tác xã thiếu kỹ năng bán hàng trực tuyến, chụp ảnh, livestream và đáp ứng yêu cầu của sàn. Đề nghị Bộ Công Thương hỗ trợ mở gian hàng và tập huấn.",
            s => "1. Bộ Công Thương đang triển khai chương trình hỗ trợ đưa sản phẩm địa phương lên các sàn thương mại điện tử, gồm tập huấn kỹ năng và hỗ trợ mở gian hàng.\n" +
                 $"2. Đề nghị {s.Addressee} lập danh sách sản phẩm, chủ thể có nhu cầu để Bộ phối hợp với các sàn thương mại điện tử tổ chức tập huấn tại địa phương."),
        new("TMDT", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Đề nghị hướng dẫn quản lý hộ kinh doanh bán hàng qua mạng xã hội {s.Area}",
                $"Phản ánh tình trạng bán hàng livestream không rõ nguồn gốc tại {s.Locality}"),
            s => $"{s.InArea} có nhiều hộ kinh doanh, cá nhân bán hàng qua mạng xã hội và livestream (mỹ phẩm, thực phẩm, quần áo) nhưng chưa đăng ký kinh doanh, không niêm yết thông tin người bán. " +
                 "Người tiêu dùng phản ánh nhiều trường hợp hàng nhận được không đúng mô tả. Đề nghị Bộ Công Thương hướng dẫn trách nhiệm quản lý của chính quyền cấp xã và cách thức phối hợp với lực lượng quản lý thị trường.",
            s => "1. Theo pháp luật về thương mại điện tử, tổ chức, cá nhân bán hàng trên mạng xã hội phải cung cấp đầy đủ, chính xác thông tin người bán và hàng hóa; chủ quản nền tảng có trách nhiệm xác thực người bán.\n" +
                 $"2. Đề nghị {s.Addressee} phối hợp với Đội Quản lý thị trường trên địa bàn tuyên truyền, hướng dẫn hộ kinh doanh đăng ký và cung cấp thông tin về các trường hợp có dấu hiệu vi phạm để xử lý."),
        new("PVTM", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick("Đề nghị cung cấp thông tin cảnh báo sớm về phòng vệ thương mại đối với sản phẩm xuất khẩu chủ lực",
                "Kiến nghị hỗ trợ doanh nghiệp ứng phó vụ việc điều tra chống bán phá giá"),
            s => $"Một số doanh nghiệp sản xuất thép, đồ gỗ, mật ong {s.Area} có kim ngạch xuất khẩu lớn sang thị trường Hoa Kỳ, EU lo ngại nguy cơ bị điều tra phòng vệ thương mại. " +
                 "Đề nghị Bộ Công Thương cung cấp thông tin cảnh báo sớm và hướng dẫn doanh nghiệp chuẩn bị hồ sơ, số liệu khi bị điều tra.",
            s => "1. Danh sách mặt hàng có nguy cơ bị điều tra phòng vệ thương mại được Bộ Công Thương cập nhật định kỳ; doanh nghiệp có thể đăng ký nhận thông tin cảnh báo sớm.\n" +
                 $"2. Bộ Công Thương sẵn sàng hỗ trợ doanh nghiệp của {s.Province.Inline} khi có vụ việc; đề nghị doanh nghiệp lưu giữ đầy đủ chứng từ về nguồn gốc nguyên liệu, chi phí sản xuất."),
    ];
}
