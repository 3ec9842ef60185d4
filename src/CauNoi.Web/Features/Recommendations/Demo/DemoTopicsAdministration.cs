namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>Decentralised procedures, organisation and staffing, legal documents, reporting.</summary>
public static class DemoTopicsAdministration
{
    private const string Decentralisation = "Nghị định quy định về phân quyền, phân cấp, phân định thẩm quyền trong lĩnh vực công nghiệp và thương mại";
    private const string Functions = "Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về công thương thuộc Ủy ban nhân dân cấp tỉnh, cấp xã";

    private static DemoTopic Procedure(DemoLevel level, string procedure, string transferTo, string detail, string guidance, bool rural = false) =>
        new("TTHC", ConcernKind.AdministrativeProcedure, level,
            s => s.Pick($"Đề nghị hướng dẫn thẩm quyền, hồ sơ {procedure} sau phân cấp",
                $"Vướng mắc tiếp nhận, giải quyết thủ tục {procedure} tại {s.Locality}",
                $"Kiến nghị làm rõ cơ quan giải quyết thủ tục {procedure}"),
            s => $"Từ ngày 01/7/2025, thủ tục {procedure} được phân cấp theo {Decentralisation}. {detail} " +
                 $"{s.InArea} hiện có {s.Count + 1} hồ sơ đang chờ giải quyết; công chức {s.Area} chưa được tập huấn và chưa được phân quyền xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. " +
                 $"Đề nghị Bộ Công Thương hướng dẫn cụ thể thẩm quyền, thành phần hồ sơ, biểu mẫu và quy trình nội bộ.",
            s => $"1. Theo {Decentralisation}, {guidance}\n" +
                 "2. Bộ Công Thương đã công bố danh mục thủ tục hành chính được phân cấp cùng thành phần hồ sơ, biểu mẫu trên Cơ sở dữ liệu quốc gia về thủ tục hành chính; đề nghị địa phương cập nhật quy trình nội bộ, quy trình điện tử và phân quyền cho công chức xử lý.\n" +
                 $"3. Đối với các hồ sơ đã tiếp nhận, đề nghị {s.Addressee} giải quyết theo thẩm quyền mới, không yêu cầu tổ chức, cá nhân nộp lại hồ sơ.")
        {
            AfterReform = true, TransferTo = transferTo, Rural = rural,
            Reference = _ => $"Thủ tục {procedure}",
        };

    public static readonly DemoTopic[] All =
    [
        Procedure(DemoLevel.Either, "cấp Giấy phép bán lẻ rượu", "TTTN",
            "Hồ sơ trước đây nộp tại Phòng Kinh tế - Hạ tầng cấp huyện, nay chuyển về cấp xã nhưng mẫu giấy phép và sổ theo dõi vẫn ghi cơ quan cấp huyện.",
            "thẩm quyền cấp, cấp lại, cấp sửa đổi, bổ sung Giấy phép bán lẻ rượu thuộc Ủy ban nhân dân cấp xã nơi thương nhân đặt cơ sở bán lẻ; giấy phép đã cấp trước ngày 01/7/2025 tiếp tục có hiệu lực đến hết thời hạn."),
        Procedure(DemoLevel.Either, "cấp Giấy phép bán lẻ sản phẩm thuốc lá", "TTTN",
            "Nhiều thương nhân có giấy phép do cấp huyện cấp trước đây đề nghị cấp lại, cấp sửa đổi nhưng chưa rõ nộp hồ sơ tại xã, phường nơi đặt điểm bán hay tại Sở.",
            "Ủy ban nhân dân cấp xã cấp, cấp lại, cấp sửa đổi, bổ sung Giấy phép bán lẻ sản phẩm thuốc lá cho thương nhân đặt điểm bán trên địa bàn; giấy phép đã cấp tiếp tục có hiệu lực đến hết thời hạn."),
        Procedure(DemoLevel.Either, "cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "CN",
            "Nhiều hộ sản xuất rượu thủ công ở vùng nông thôn chưa có giấy phép, trong khi cán bộ cấp xã chưa có hướng dẫn về kiểm tra điều kiện sản xuất.",
            "Ủy ban nhân dân cấp xã cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh; điều kiện sản xuất, ghi nhãn và bảo đảm an toàn thực phẩm giữ nguyên theo quy định hiện hành.",
            rural: true),
        Procedure(DemoLevel.Province, "cấp giấy phép hoạt động điện lực", "DL",
            "Đối với các dự án điện mặt trời, thủy điện nhỏ trên địa bàn, chưa rõ phạm vi công suất thuộc thẩm quyền cấp tỉnh và hồ sơ chuyển tiếp từ Bộ.",
            "Ủy ban nhân dân cấp tỉnh (giao Sở Công Thương) cấp giấy phép hoạt động điện lực trong phạm vi công suất được phân cấp; hồ sơ đã nộp tại Bộ trước thời điểm phân cấp tiếp tục được Bộ giải quyết."),
        Procedure(DemoLevel.Province, "cấp Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất", "HC",
            "Cơ sở kinh doanh hóa chất trong cụm công nghiệp đề nghị cấp điều chỉnh nhưng chưa rõ hồ sơ nộp tại Sở hay tại Bộ.",
            "Sở Công Thương tiếp nhận và cấp Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong phạm vi được phân cấp; Bộ Công Thương hướng dẫn nghiệp vụ và kiểm tra."),
        Procedure(DemoLevel.Province, "cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", "ATMT",
            "Các doanh nghiệp khai thác đá đề nghị tổ chức huấn luyện, kiểm tra định kỳ nhưng Sở chưa có đủ giảng viên và chưa có hướng dẫn về mẫu giấy chứng nhận mới.",
            "Sở Công Thương tổ chức huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp cho đối tượng thuộc thẩm quyền; nội dung, thời gian huấn luyện thực hiện theo quy định của Bộ."),
        new("TTHC", ConcernKind.AdministrativeProcedure, DemoLevel.Province,
            s => s.Pick($"Đề nghị chuẩn hóa danh mục thủ tục hành chính lĩnh vực Công Thương được phân cấp cho {s.Province.Inline}",
                "Vướng mắc cập nhật quy trình điện tử thủ tục hành chính lĩnh vực Công Thương trên Cổng Dịch vụ công"),
            s => $"Sau phân cấp, {s.Province.Inline} phải công bố lại khoảng {s.Count * 8} thủ tục hành chính lĩnh vực Công Thương thuộc thẩm quyền cấp tỉnh, cấp xã. " +
                 "Một số thủ tục trên Cơ sở dữ liệu quốc gia còn ghi cơ quan thực hiện là cấp huyện, thiếu quy trình điện tử, làm hồ sơ trực tuyến không chuyển được về cấp xã. Đề nghị Bộ Công Thương chuẩn hóa danh mục và hướng dẫn cập nhật.",
            s => "1. Bộ Công Thương đã công bố chuẩn hóa danh mục thủ tục hành chính được phân cấp, phân quyền trong lĩnh vực công nghiệp và thương mại; thông tin đã được cập nhật trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} tham mưu Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục, phê duyệt quy trình nội bộ, quy trình điện tử và phối hợp với đơn vị vận hành Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh cấu hình lại.")
        {
            AfterReform = true,
        },

        new("TCBM", ConcernKind.Other, DemoLevel.Commune,
            s => s.Pick($"Đề nghị hướng dẫn bố trí công chức phụ trách lĩnh vực công thương tại {s.Commune?.OfficeInline}",
                $"Thiếu công chức chuyên môn về công thương tại {s.Locality}"),
            s => $"{s.Commune?.OfficeInline} hiện có {s.Staff + 3} công chức, kiêm nhiệm nhiều lĩnh vực (nông nghiệp, xây dựng, giao thông, công thương); chưa có công chức được đào tạo chuyên ngành công thương. " +
                 "Khối lượng nhiệm vụ được phân cấp lớn (cấp giấy phép bán lẻ rượu, quản lý chợ, cụm công nghiệp, an toàn thực phẩm). Đề nghị Bộ Công Thương hướng dẫn vị trí việc làm, tiêu chuẩn công chức và tổ chức tập huấn.",
            s => $"1. Theo {Functions}, Phòng Kinh tế (Phòng Kinh tế, Hạ tầng và Đô thị) là cơ quan tham mưu Ủy ban nhân dân cấp xã về công thương; việc bố trí biên chế, vị trí việc làm thuộc thẩm quyền của địa phương theo hướng dẫn của Bộ Nội vụ.\n" +
                 $"2. Bộ Công Thương sẽ phối hợp với Sở Công Thương {s.Province.Short} tổ chức tập huấn nghiệp vụ cho công chức cấp xã; tài liệu hướng dẫn được đăng tải trên Hệ thống.")
        {
            AfterReform = true,
            CompetentBody = _ => "Bộ Nội vụ",
        },
        new("TCBM", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Kiến nghị tổ chức tập huấn nghiệp vụ công thương cho công chức cấp xã của {s.Province.Inline}",
                "Đề nghị biên soạn tài liệu hướng dẫn nghiệp vụ công thương cho cấp xã"),
            s => $"Sau sắp xếp, {s.Province.Inline} có {s.Province.Communes.Count} xã, phường, đặc khu; phần lớn công chức phụ trách lĩnh vực công thương mới được bố trí, chưa nắm vững các nhiệm vụ mới được phân cấp. " +
                 "Đề nghị Bộ Công Thương biên soạn bộ tài liệu hướng dẫn nghiệp vụ và tổ chức tập huấn trực tuyến theo từng lĩnh vực.",
            s => "1. Bộ Công Thương đã xây dựng kế hoạch tập huấn trực tuyến cho công chức cấp tỉnh, cấp xã về các nhiệm vụ được phân cấp, phân quyền; lịch tập huấn được thông báo tới các Sở Công Thương.\n" +
                 $"2. Bộ tài liệu hướng dẫn nghiệp vụ theo từng lĩnh vực đang được hoàn thiện; đề nghị Sở Công Thương {s.Province.Short} tổng hợp các nội dung cần hướng dẫn thêm để Bộ bổ sung.")
        {
            AfterReform = true,
            TransferTo = "CTDP",
        },
        new("TCBM", ConcernKind.LegalDocument, DemoLevel.Province,
            s => $"Đề nghị hướng dẫn chức năng, nhiệm vụ, cơ cấu tổ chức của Sở Công Thương {s.Province.Short} sau sắp xếp",
            s => $"Sau khi hợp nhất và tiếp nhận thêm nhiệm vụ, Sở Công Thương {s.Province.Short} có {s.Count + 5} phòng chuyên môn và Chi cục Quản lý thị trường. " +
                 "Một số nhiệm vụ giữa Sở Công Thương với các sở khác (năng lượng, an toàn thực phẩm, quản lý chợ) còn chồng chéo. Đề nghị Bộ Công Thương hướng dẫn để Sở tham mưu Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ.",
            s => $"1. {Functions} quy định nhiệm vụ, quyền hạn của Sở Công Thương; Ủy ban nhân dân cấp tỉnh quy định cụ thể và quyết định cơ cấu tổ chức phù hợp với đặc điểm của địa phương.\n" +
                 "2. Đối với nhiệm vụ có sự phối hợp với các sở khác, đề nghị Sở tham mưu Ủy ban nhân dân tỉnh ban hành quy chế phối hợp, bảo đảm một việc chỉ giao một cơ quan chủ trì.")
        {
            AfterReform = true,
            Applies = p => p.Merged,
            CompetentBody = s => s.ProvincePeople,
        },
        new("TCBM", ConcernKind.Other, DemoLevel.Province,
            s => $"Vướng mắc về vị trí việc làm, biên chế của Trung tâm Khuyến công và Tư vấn phát triển công nghiệp {s.Province.Short} sau sắp xếp",
            s => $"Thực hiện sắp xếp đơn vị sự nghiệp công lập, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp {s.Province.Short} được hợp nhất từ các trung tâm của các tỉnh trước sắp xếp; số người làm việc giảm {s.Staff * 4} người trong khi nhiệm vụ khuyến công tăng. " +
                 "Đề nghị Bộ Công Thương có ý kiến với cơ quan có thẩm quyền về việc giữ ổn định hệ thống tổ chức khuyến công ở địa phương.",
            s => "1. Việc sắp xếp đơn vị sự nghiệp công lập và giao số người làm việc thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh; Bộ Công Thương khuyến nghị các địa phương duy trì tổ chức thực hiện nhiệm vụ khuyến công để bảo đảm tính thống nhất của hệ thống.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} báo cáo Ủy ban nhân dân tỉnh bảo đảm nhân lực cho các đề án khuyến công đang thực hiện.")
        {
            AfterReform = true,
            Applies = p => p.Merged,
            CompetentBody = s => s.ProvincePeople,
        },

        new("QPPL", ConcernKind.LegalDocument, DemoLevel.Province,
            s => s.Pick("Kiến nghị sửa đổi các văn bản quy phạm pháp luật còn quy định thẩm quyền của cấp huyện trong lĩnh vực Công Thương",
                "Đề nghị rà soát văn bản quy phạm pháp luật lĩnh vực Công Thương chịu tác động của mô hình chính quyền địa phương hai cấp"),
            s => $"Qua rà soát, Sở Công Thương {s.Province.Short} thấy còn {s.Count + 4} thông tư, nghị định trong lĩnh vực Công Thương quy định nhiệm vụ của Ủy ban nhân dân cấp huyện, Phòng Kinh tế - Hạ tầng cấp huyện (quản lý chợ, cụm công nghiệp, khuyến công, an toàn điện). " +
                 "Việc áp dụng gặp khó khăn vì cấp huyện không còn. Đề nghị Bộ Công Thương sớm sửa đổi hoặc có hướng dẫn chuyển tiếp.",
            s => "1. Bộ Công Thương đã rà soát các văn bản quy phạm pháp luật thuộc phạm vi quản lý chịu tác động của việc sắp xếp tổ chức bộ máy và đang sửa đổi theo trình tự rút gọn.\n" +
                 "2. Trong thời gian chưa sửa đổi, nhiệm vụ, quyền hạn của cấp huyện được thực hiện theo nguyên tắc chuyển giao tại các nghị quyết của Quốc hội và nghị định của Chính phủ về phân định thẩm quyền; đề nghị Sở gửi danh mục cụ thể các quy định vướng mắc để Bộ tổng hợp.")
        {
            AfterReform = true,
        },
        new("QPPL", ConcernKind.LegalDocument, DemoLevel.Province,
            s => $"Góp ý dự thảo văn bản hướng dẫn về quản lý, phát triển cụm công nghiệp năm {s.Year}",
            s => $"Sở Công Thương {s.Province.Short} đề nghị bổ sung vào dự thảo quy định về điều chỉnh phương án phát triển cụm công nghiệp khi sắp xếp đơn vị hành chính, trình tự thay đổi chủ đầu tư hạ tầng và cơ chế hỗ trợ di dời cơ sở sản xuất gây ô nhiễm vào cụm công nghiệp.",
            s => $"1. Bộ Công Thương ghi nhận, tiếp thu ý kiến của Sở Công Thương {s.Province.Short}; các nội dung về điều chỉnh phương án phát triển cụm công nghiệp và thay đổi chủ đầu tư đã được bổ sung vào dự thảo.\n" +
                 "2. Nội dung hỗ trợ di dời cơ sở sản xuất sẽ được nghiên cứu trong quá trình hoàn thiện chính sách khuyến công.")
        {
            TransferTo = "CTDP",
        },

        new("KHAC", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick("Đề nghị xây dựng cơ sở dữ liệu dùng chung ngành Công Thương giữa Bộ và địa phương",
                $"Kiến nghị giảm trùng lặp chế độ báo cáo định kỳ của Sở Công Thương {s.Province.Short}"),
            s => $"Sở Công Thương {s.Province.Short} hiện phải thực hiện khoảng {s.Count * 6} loại báo cáo định kỳ gửi các đơn vị thuộc Bộ, nhiều chỉ tiêu trùng lặp, biểu mẫu khác nhau. " +
                 "Đề nghị Bộ Công Thương xây dựng cơ sở dữ liệu dùng chung, cho phép địa phương nhập số liệu một lần và các đơn vị thuộc Bộ khai thác chung.",
            s => "1. Bộ Công Thương đang xây dựng cơ sở dữ liệu dùng chung và rà soát, cắt giảm chế độ báo cáo theo hướng mỗi chỉ tiêu chỉ báo cáo một lần.\n" +
                 $"2. Trong thời gian tới, các báo cáo định kỳ của Sở Công Thương được thực hiện trên Hệ thống; đề nghị Sở Công Thương {s.Province.Short} cử đầu mối phối hợp thử nghiệm."),
        new("KHAC", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Đề nghị tập huấn sử dụng Hệ thống tiếp nhận, trả lời kiến nghị cho cán bộ {s.Province.Inline}",
                "Đề nghị cấp thêm tài khoản Hệ thống cho công chức cấp xã"),
            s => $"{s.InArea} có nhiều công chức mới được giao phụ trách lĩnh vực công thương chưa được cấp tài khoản và chưa được hướng dẫn gửi kiến nghị, theo dõi trả lời trên Hệ thống. " +
                 "Đề nghị Bộ Công Thương cấp tài khoản và tổ chức tập huấn trực tuyến.",
            s => $"1. Cục Công Thương địa phương đã cấp bổ sung tài khoản theo danh sách đề nghị; tài liệu hướng dẫn sử dụng được đăng tải tại mục Trợ giúp của Hệ thống.\n" +
                 $"2. Lớp tập huấn trực tuyến cho {s.Province.Inline} sẽ được tổ chức trong tháng; đề nghị {s.Addressee} cử công chức tham dự.")
        {
            AfterReform = true,
        },
    ];
}
