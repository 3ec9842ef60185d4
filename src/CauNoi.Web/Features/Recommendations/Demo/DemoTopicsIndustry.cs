namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>Industrial clusters, industrial promotion, industry, chemicals and industrial safety.</summary>
public static class DemoTopicsIndustry
{
    private const string ClusterDecree = "Nghị định về quản lý, phát triển cụm công nghiệp";
    private const string PromotionDecree = "Nghị định về khuyến công";

    public static readonly DemoTopic[] All =
    [
        new("CCN", ConcernKind.Project, DemoLevel.Either,
            s => s.Pick($"Vướng mắc bồi thường, giải phóng mặt bằng {s.Cluster}",
                $"Kiến nghị tháo gỡ khó khăn giải phóng mặt bằng {s.Cluster}",
                $"Đề nghị hỗ trợ đẩy nhanh bồi thường, tái định cư tại {s.Cluster}"),
            s => $"{s.Cluster} ({s.Where}) có quy mô {s.Ha} ha, đã được {s.ProvincePeople} quyết định thành lập và giao chủ đầu tư xây dựng hạ tầng kỹ thuật. " +
                 $"Đến nay mới giải phóng mặt bằng được khoảng {s.Pct}% diện tích; còn {s.Households} hộ dân chưa đồng thuận với phương án bồi thường do chênh lệch giá đất giữa các thời điểm, một số thửa đất chưa xác định được nguồn gốc. " +
                 (s.AfterReform
                     ? s.Pick("Sau khi không còn cấp huyện, việc xác định cơ quan chủ trì tổ chức bồi thường, hỗ trợ, tái định cư chưa thống nhất. ",
                         "Hồ sơ bồi thường do Ban Quản lý dự án cấp huyện (cũ) lập đang được bàn giao cho Ủy ban nhân dân cấp xã nên tiến độ bị chậm. ")
                     : "Chủ đầu tư hạ tầng đã nhiều lần đề nghị gia hạn tiến độ. ") +
                 $"Đề nghị Bộ Công Thương hướng dẫn, phối hợp với các bộ, ngành liên quan tháo gỡ để bảo đảm tiến độ đầu tư hạ tầng cụm công nghiệp.",
            s => $"1. Theo quy định tại {ClusterDecree}, việc bồi thường, hỗ trợ, tái định cư để đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp thực hiện theo pháp luật về đất đai; Ủy ban nhân dân cấp tỉnh chỉ đạo các cơ quan chuyên môn và Ủy ban nhân dân cấp xã nơi có cụm công nghiệp phối hợp với chủ đầu tư tổ chức thực hiện.\n" +
                 $"2. Đề nghị {s.Addressee} báo cáo, tham mưu {s.ProvincePeople} giao rõ cơ quan chủ trì, rà soát nguồn gốc đất, áp dụng giá đất cụ thể đúng quy định và tăng cường tuyên truyền, vận động các hộ dân.\n" +
                 $"3. Trường hợp chủ đầu tư không bảo đảm tiến độ đã cam kết, {s.ProvincePeople} xem xét điều chỉnh tiến độ hoặc thay đổi chủ đầu tư hạ tầng kỹ thuật theo quy định.")
        {
            Reference = s => $"Dự án đầu tư xây dựng hạ tầng kỹ thuật {s.Cluster}",
            CompetentBody = s => s.ProvincePeople,
        },
        new("CCN", ConcernKind.Project, DemoLevel.Either,
            s => s.Pick($"Đề nghị hỗ trợ kinh phí đầu tư hạ tầng kỹ thuật {s.Cluster}",
                $"Kiến nghị cơ chế thu hút nhà đầu tư hạ tầng {s.Cluster}"),
            s => $"{s.Cluster} được quy hoạch với diện tích {s.Ha} ha nhưng đến nay chưa lựa chọn được nhà đầu tư xây dựng hạ tầng kỹ thuật. " +
                 $"Ngân sách địa phương còn hạn chế, nhu cầu vốn cho đường giao thông nội bộ, hệ thống cấp thoát nước và xử lý nước thải tập trung ước khoảng {s.Billions} tỷ đồng. " +
                 $"Nhiều doanh nghiệp, hợp tác xã {s.Area} có nhu cầu di dời ra khỏi khu dân cư nhưng chưa có mặt bằng. " +
                 $"Đề nghị Bộ Công Thương xem xét hỗ trợ từ kinh phí khuyến công quốc gia và hướng dẫn cơ chế ưu đãi để thu hút nhà đầu tư.",
            s => $"1. Theo {ClusterDecree}, ngân sách trung ương hỗ trợ đầu tư hạ tầng kỹ thuật cụm công nghiệp tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn theo kế hoạch đầu tư công trung hạn; địa phương lập danh mục, gửi Bộ Công Thương tổng hợp.\n" +
                 $"2. Kinh phí khuyến công quốc gia hỗ trợ lập quy hoạch chi tiết và một phần chi phí xây dựng hạ tầng cụm công nghiệp theo {PromotionDecree}; đề nghị {s.Addressee} lập đề án, đăng ký vào kế hoạch khuyến công năm sau.\n" +
                 $"3. Đề nghị địa phương rà soát, công khai thông tin về {s.Cluster}, áp dụng ưu đãi đầu tư theo quy định để thu hút doanh nghiệp đầu tư hạ tầng.")
        {
            CompetentBody = _ => "Bộ Tài chính",
        },
        new("CCN", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Tỷ lệ lấp đầy {s.Cluster} thấp, đề nghị hỗ trợ thu hút đầu tư",
                $"Đề nghị hỗ trợ xúc tiến đầu tư vào {s.Cluster}"),
            s => $"{s.Cluster} đã cơ bản hoàn thành hạ tầng nhưng tỷ lệ lấp đầy mới đạt {s.Pct}%, chủ yếu là các cơ sở sản xuất nhỏ. " +
                 $"Nguyên nhân do giá thuê đất có hạ tầng cao so với khu vực lân cận, nguồn điện và đường giao thông kết nối chưa đồng bộ. " +
                 $"Đề nghị Bộ Công Thương giới thiệu nhà đầu tư thứ cấp, hỗ trợ xúc tiến đầu tư và chia sẻ kinh nghiệm của các địa phương có cụm công nghiệp hoạt động hiệu quả.",
            s => $"1. {s.Cluster} đã được cập nhật vào cơ sở dữ liệu cụm công nghiệp cả nước để giới thiệu tới các nhà đầu tư trong các hoạt động xúc tiến của Bộ.\n" +
                 $"2. Đề nghị {s.Addressee} rà soát cơ cấu ngành nghề thu hút, bảo đảm kết nối giao thông, cấp điện ngoài hàng rào và công khai giá thuê đất có hạ tầng.\n" +
                 "3. Đối với cụm công nghiệp chậm lấp đầy trong thời gian dài, địa phương xem xét điều chỉnh phương án phát triển cụm công nghiệp theo quy định."),
        new("CCN", ConcernKind.Project, DemoLevel.Either,
            s => s.Pick($"Vướng mắc đầu tư hệ thống xử lý nước thải tập trung {s.Cluster}",
                $"Đề nghị hướng dẫn quản lý môi trường tại {s.Cluster}"),
            s => $"{s.Cluster} hiện có {s.Count} doanh nghiệp đang hoạt động nhưng chưa có hệ thống xử lý nước thải tập trung; chủ đầu tư hạ tầng gặp khó khăn về vốn. " +
                 $"Cơ quan chức năng đã nhiều lần kiểm tra, nhắc nhở, người dân {s.Area} phản ánh về tình trạng ô nhiễm. " +
                 $"Đề nghị Bộ Công Thương hướng dẫn trách nhiệm đầu tư, vận hành công trình xử lý nước thải và các giải pháp trong thời gian chưa có hệ thống tập trung.",
            s => $"1. Theo {ClusterDecree} và pháp luật về bảo vệ môi trường, chủ đầu tư hạ tầng kỹ thuật có trách nhiệm đầu tư công trình xử lý nước thải tập trung theo tiến độ đã được phê duyệt.\n" +
                 $"2. Trong thời gian chưa có hệ thống xử lý tập trung, các doanh nghiệp phải tự xử lý nước thải đạt quy chuẩn trước khi xả ra môi trường; đề nghị {s.Addressee} phối hợp với cơ quan quản lý môi trường kiểm tra, xử lý vi phạm.\n" +
                 "3. Đề nghị địa phương xem xét hỗ trợ một phần kinh phí từ ngân sách địa phương cho công trình xử lý nước thải của cụm công nghiệp có nhiều cơ sở di dời.")
        {
            CompetentBody = _ => "Bộ Nông nghiệp và Môi trường",
        },
        new("CCN", ConcernKind.LegalDocument, DemoLevel.Province,
            s => s.Pick($"Đề nghị hướng dẫn trình tự thành lập, mở rộng cụm công nghiệp khi không còn cấp huyện",
                $"Vướng mắc thẩm quyền lập hồ sơ thành lập {s.Cluster} sau sắp xếp đơn vị hành chính"),
            s => $"Theo {ClusterDecree}, Ủy ban nhân dân cấp huyện lập hồ sơ đề nghị thành lập, mở rộng cụm công nghiệp và có nhiều nhiệm vụ trong quản lý cụm công nghiệp. " +
                 $"Từ ngày 01/7/2025, chính quyền địa phương tổ chức theo mô hình hai cấp; hồ sơ thành lập {s.Cluster} đang dở dang chưa xác định được cơ quan tiếp tục thực hiện. " +
                 $"Đề nghị Bộ Công Thương hướng dẫn việc chuyển giao nhiệm vụ của cấp huyện cho cấp xã hoặc Sở Công Thương trong quản lý cụm công nghiệp.",
            s => "1. Bộ Công Thương đã tham mưu Chính phủ ban hành quy định về phân quyền, phân cấp, phân định thẩm quyền trong lĩnh vực công nghiệp và thương mại, trong đó các nhiệm vụ về cụm công nghiệp trước đây của Ủy ban nhân dân cấp huyện được chuyển cho Ủy ban nhân dân cấp xã hoặc cơ quan chuyên môn cấp tỉnh.\n" +
                 $"2. Đối với hồ sơ đang thực hiện dở dang, đề nghị Sở Công Thương {s.Province.Short} tham mưu {s.ProvincePeople} giao Ủy ban nhân dân cấp xã nơi dự kiến có cụm công nghiệp tiếp tục thực hiện, Sở Công Thương chủ trì thẩm định.\n" +
                 "3. Bộ Công Thương đang rà soát, sửa đổi các văn bản hướng dẫn về cụm công nghiệp cho phù hợp với mô hình chính quyền địa phương hai cấp.")
        {
            AfterReform = true,
            Reference = _ => ClusterDecree,
        },
        new("CCN", ConcernKind.Project, DemoLevel.Either,
            s => $"Kiến nghị về chủ đầu tư hạ tầng {s.Cluster} do Ban Quản lý dự án cấp huyện (cũ) làm chủ đầu tư",
            s => $"{s.Cluster} do Ban Quản lý dự án đầu tư xây dựng cấp huyện làm chủ đầu tư hạ tầng bằng nguồn ngân sách, đã thi công được khoảng {s.Pct}% khối lượng. " +
                 $"Sau khi tổ chức lại, Ban Quản lý dự án được giải thể, hồ sơ, tài sản và nghĩa vụ thanh toán cho nhà thầu chưa được bàn giao cho đơn vị tiếp nhận. " +
                 "Đề nghị Bộ Công Thương hướng dẫn việc xác định chủ đầu tư mới và thủ tục điều chỉnh dự án.",
            s => $"1. Việc xác định chủ đầu tư thay thế đối với dự án sử dụng vốn đầu tư công thực hiện theo pháp luật về đầu tư công và thuộc thẩm quyền của {s.ProvincePeople}.\n" +
                 $"2. Sau khi có chủ đầu tư mới, đề nghị địa phương thực hiện thủ tục thay đổi chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp theo {ClusterDecree} và gửi Bộ Công Thương để cập nhật cơ sở dữ liệu.")
        {
            AfterReform = true,
            CompetentBody = s => s.ProvincePeople,
        },

        new("KC", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Đề nghị bổ sung kinh phí khuyến công quốc gia năm {s.Year} cho {s.Province.Inline}",
                $"Kiến nghị tăng kinh phí khuyến công quốc gia cho các đề án của {s.Province.Inline} năm {s.Year}"),
            s => $"Năm {s.Year}, Sở Công Thương {s.Province.Short} đăng ký {s.Count + 3} đề án khuyến công quốc gia (hỗ trợ máy móc thiết bị, xây dựng mô hình trình diễn kỹ thuật, đào tạo nghề) nhưng mới được phê duyệt {s.Staff + 1} đề án. " +
                 $"Nhu cầu hỗ trợ của các cơ sở công nghiệp nông thôn {s.Area} còn lớn, nhất là ở các xã miền núi. " +
                 "Đề nghị Bộ Công Thương xem xét bổ sung kinh phí hoặc ưu tiên các đề án của tỉnh trong đợt điều chỉnh kế hoạch.",
            s => $"1. Kinh phí khuyến công quốc gia năm {s.Year} được phân bổ theo tiêu chí ưu tiên tại {PromotionDecree}, trong đó ưu tiên địa bàn khó khăn và đề án có tính lan tỏa.\n" +
                 $"2. Các đề án chưa được phê duyệt của {s.Province.Inline} được đưa vào danh mục dự phòng; khi có kinh phí điều chỉnh trong năm, Bộ Công Thương sẽ xem xét theo thứ tự ưu tiên.\n" +
                 $"3. Đề nghị Sở Công Thương {s.Province.Short} hoàn thiện hồ sơ, chứng từ các đề án đang thực hiện để bảo đảm giải ngân đúng tiến độ.")
        {
            Season = [1, 2, 3, 9, 10],
        },
        new("KC", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Vướng mắc điều chỉnh đề án khuyến công do thay đổi đơn vị thực hiện sau sắp xếp",
                $"Đề nghị hướng dẫn chuyển giao đề án khuyến công đang thực hiện của Trung tâm Khuyến công {s.Province.Short}"),
            s => $"Thực hiện sắp xếp tổ chức bộ máy, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp được hợp nhất vào đơn vị sự nghiệp trực thuộc {s.ProvincePeople}. " +
                 $"{s.Count} đề án khuyến công quốc gia năm {s.Year} đang thực hiện phải điều chỉnh đơn vị thực hiện, tài khoản nhận kinh phí và hồ sơ thanh toán. " +
                 "Đề nghị Bộ Công Thương hướng dẫn thủ tục điều chỉnh để không làm gián đoạn việc hỗ trợ cơ sở công nghiệp nông thôn.",
            s => $"1. Theo {PromotionDecree}, việc điều chỉnh đơn vị thực hiện đề án khuyến công quốc gia do đơn vị được Bộ giao quản lý kinh phí xem xét trên cơ sở văn bản đề nghị của Sở Công Thương.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} gửi văn bản đề nghị điều chỉnh kèm quyết định sắp xếp tổ chức của địa phương; nội dung, kinh phí và mục tiêu của đề án giữ nguyên.\n" +
                 "3. Thời hạn thực hiện các đề án bị ảnh hưởng được xem xét gia hạn phù hợp, bảo đảm hoàn thành trong năm kế hoạch.")
        {
            AfterReform = true,
        },
        new("KC", ConcernKind.Other, DemoLevel.Province,
            s => $"Kiến nghị về thời hạn nghiệm thu, thanh quyết toán đề án khuyến công quốc gia năm {s.Year}",
            s => $"Một số đề án khuyến công quốc gia năm {s.Year} trên địa bàn {s.Province.Inline} hỗ trợ ứng dụng máy móc thiết bị cho cơ sở công nghiệp nông thôn bị chậm do nhà cung cấp giao thiết bị muộn. " +
                 "Thời hạn nghiệm thu, thanh quyết toán theo kế hoạch khó bảo đảm. Đề nghị Bộ Công Thương xem xét gia hạn thời gian nghiệm thu đến hết tháng 12 và hướng dẫn hồ sơ thanh quyết toán.",
            s => $"1. Đề nghị Sở Công Thương {s.Province.Short} tổng hợp danh sách đề án chậm tiến độ, nêu rõ nguyên nhân và thời gian hoàn thành dự kiến, gửi Bộ Công Thương trước ngày 15/11.\n" +
                 "2. Việc gia hạn chỉ xem xét đối với đề án có nguyên nhân khách quan và bảo đảm hoàn thành, thanh quyết toán trong năm ngân sách; hồ sơ thanh quyết toán thực hiện theo hướng dẫn của Bộ về quản lý kinh phí khuyến công quốc gia.")
        {
            Season = [9, 10, 11, 12],
        },
        new("KC", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Đề nghị hướng dẫn bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm {s.Year}",
                $"Kiến nghị về tiêu chí bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm {s.Year}"),
            s => $"Sở Công Thương {s.Province.Short} đang chuẩn bị tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm {s.Year} để lựa chọn sản phẩm tham gia bình chọn cấp khu vực. " +
                 $"{(s.Province.Merged && s.AfterReform ? "Sau hợp nhất, số" : "Số")} lượng cơ sở đăng ký tăng nhiều (khoảng {s.Count * 12} sản phẩm) nhưng kinh phí tổ chức của địa phương hạn chế; một số sản phẩm đã được công nhận trước đây chưa rõ có được tiếp tục tham gia. " +
                 "Đề nghị Bộ Công Thương hướng dẫn tiêu chí, hồ sơ và số lượng sản phẩm được đề xuất lên cấp khu vực.",
            s => $"1. Việc bình chọn sản phẩm công nghiệp nông thôn tiêu biểu các cấp thực hiện theo quy định của Bộ Công Thương; sản phẩm đạt cấp tỉnh được lựa chọn tham gia bình chọn cấp khu vực tại ba miền Bắc, Trung, Nam.\n" +
                 "2. Sản phẩm đã được công nhận cấp khu vực, cấp quốc gia còn thời hạn thì không tham gia lại; sản phẩm cải tiến về mẫu mã, chất lượng được đăng ký như sản phẩm mới.\n" +
                 $"3. Số lượng sản phẩm đề xuất lên cấp khu vực của {s.Province.Inline} căn cứ kết quả bình chọn cấp tỉnh và hướng dẫn của Hội đồng bình chọn cấp khu vực năm {s.Year}.")
        {
            Season = [3, 4, 5, 6],
        },
        new("KC", ConcernKind.Other, DemoLevel.Commune,
            s => s.Pick($"Đề nghị hỗ trợ xây dựng mô hình trình diễn kỹ thuật cho cơ sở công nghiệp nông thôn tại {s.Locality}",
                $"Đề nghị hỗ trợ máy móc thiết bị cho làng nghề {s.Place1}"),
            s => $"{s.InArea} có làng nghề {s.Place1} với {s.Count * 9} hộ và {s.Count} hợp tác xã sản xuất, thiết bị chủ yếu thủ công, năng suất thấp. " +
                 $"Các cơ sở có nhu cầu đầu tư dây chuyền sản xuất mới nhưng thiếu vốn và chưa tiếp cận được chính sách khuyến công. " +
                 "Đề nghị Bộ Công Thương hướng dẫn thủ tục đăng ký hỗ trợ từ kinh phí khuyến công quốc gia và tổ chức tập huấn cho cơ sở.",
            s => $"1. Theo {PromotionDecree}, cơ sở công nghiệp nông thôn được hỗ trợ xây dựng mô hình trình diễn kỹ thuật và ứng dụng máy móc tiên tiến; hồ sơ đăng ký gửi Sở Công Thương {s.Province.Short} để tổng hợp vào kế hoạch khuyến công.\n" +
                 $"2. Đề nghị {s.Addressee} phối hợp với Sở Công Thương {s.Province.Short} hướng dẫn các cơ sở lập đề án, bảo đảm đối ứng vốn theo quy định.")
        {
            CompetentBody = s => $"Sở Công Thương {s.Province.Short}",
        },

        new("CN", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Đề nghị hướng dẫn tính chỉ số sản xuất công nghiệp (IIP) của {s.Province.Inline} sau hợp nhất",
                $"Vướng mắc thống kê chỉ số sản xuất công nghiệp trên địa bàn {s.Province.Inline}"),
            s => $"Sau khi hợp nhất, chỉ số sản xuất công nghiệp (IIP) của {s.Province.Inline} phải tính trên phạm vi mới để so sánh với cùng kỳ, trong khi số liệu cùng kỳ đang được tổng hợp theo các tỉnh cũ. " +
                 "Quyền số các ngành cấp II chênh lệch lớn, dẫn đến kết quả tăng trưởng chưa phản ánh đúng tình hình sản xuất. Đề nghị Bộ Công Thương phối hợp với cơ quan thống kê hướng dẫn phương pháp tính.",
            s => "1. Chỉ số sản xuất công nghiệp do cơ quan thống kê tính toán, công bố; số liệu cùng kỳ của các tỉnh cũ được quy đổi theo phạm vi đơn vị hành chính mới để bảo đảm so sánh.\n" +
                 $"2. Bộ Công Thương đã đề nghị cơ quan thống kê hướng dẫn thống nhất phương pháp quy đổi; đề nghị Sở Công Thương {s.Province.Short} phối hợp với cơ quan thống kê trên địa bàn sử dụng số liệu đã quy đổi trong các báo cáo gửi Bộ.")
        {
            AfterReform = true,
            Applies = p => p.Merged,
            CompetentBody = _ => "Bộ Tài chính (Cục Thống kê)",
        },
        new("CN", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Đề nghị hỗ trợ phát triển công nghiệp hỗ trợ trên địa bàn {s.Province.Inline}",
                $"Kiến nghị về Chương trình phát triển công nghiệp hỗ trợ tại {s.Province.Inline}"),
            s => $"{s.Province.Name} có {s.Count * 7} doanh nghiệp sản xuất linh kiện, phụ tùng, chủ yếu quy mô nhỏ, chưa đáp ứng tiêu chuẩn để tham gia chuỗi cung ứng của doanh nghiệp FDI. " +
                 "Đề nghị Bộ Công Thương hỗ trợ đánh giá năng lực, kết nối doanh nghiệp của tỉnh với các tập đoàn đa quốc gia và bố trí kinh phí Chương trình phát triển công nghiệp hỗ trợ cho địa phương.",
            s => "1. Chương trình phát triển công nghiệp hỗ trợ hỗ trợ doanh nghiệp đánh giá, cải tiến năng lực sản xuất, tham gia hội chợ kết nối cung ứng; Bộ Công Thương sẽ mời doanh nghiệp của tỉnh tham gia các hoạt động kết nối trong năm.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} tổng hợp danh sách doanh nghiệp có nhu cầu, xây dựng chương trình công nghiệp hỗ trợ của địa phương để phối hợp thực hiện."),
        new("CN", ConcernKind.Project, DemoLevel.Province,
            s => $"Vướng mắc dự án chế biến khoáng sản tại {s.Place1}, {s.Province.Inline}",
            s => $"Dự án nhà máy chế biến khoáng sản tại {s.Place1} đã hoàn thành đầu tư nhưng chưa thể vận hành do vướng mắc về cấp phép khai thác mỏ nguyên liệu và quy hoạch khoáng sản. " +
                 $"Dự án có tổng vốn khoảng {s.Billions * 20} tỷ đồng, dự kiến tạo việc làm cho {s.Households * 3} lao động. Đề nghị Bộ Công Thương phối hợp với các bộ, ngành tháo gỡ để dự án sớm đi vào hoạt động.",
            s => "1. Việc cấp phép khai thác khoáng sản thuộc thẩm quyền của cơ quan quản lý nhà nước về khoáng sản; Bộ Công Thương đã có văn bản đề nghị cơ quan có thẩm quyền xem xét, giải quyết.\n" +
                 $"2. Về quy hoạch, Bộ Công Thương sẽ rà soát, cập nhật nhu cầu nguyên liệu của dự án khi điều chỉnh quy hoạch có liên quan; đề nghị {s.ProvincePeople} gửi văn bản đề nghị kèm hồ sơ dự án.")
        {
            CompetentBody = _ => "Bộ Nông nghiệp và Môi trường",
        },

        new("HC", ConcernKind.LegalDocument, DemoLevel.Province,
            s => s.Pick("Đề nghị hướng dẫn thi hành Luật Hóa chất năm 2025 đối với cơ sở đang hoạt động",
                "Vướng mắc cấp Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất có điều kiện"),
            s => $"{s.InArea} có {s.Count * 4} cơ sở kinh doanh hóa chất, trong đó nhiều cơ sở đã được cấp Giấy chứng nhận theo quy định cũ. " +
                 "Luật Hóa chất năm 2025 có hiệu lực nhưng các văn bản quy định chi tiết chưa đầy đủ, địa phương lúng túng trong việc tiếp nhận hồ sơ cấp mới, cấp điều chỉnh. " +
                 "Đề nghị Bộ Công Thương hướng dẫn quy định chuyển tiếp và thành phần hồ sơ.",
            s => "1. Giấy chứng nhận đã cấp theo quy định trước đây tiếp tục có hiệu lực đến hết thời hạn ghi trên giấy; cơ sở thay đổi điều kiện kinh doanh thực hiện thủ tục điều chỉnh theo quy định mới.\n" +
                 $"2. Các văn bản quy định chi tiết Luật Hóa chất đang được Bộ Công Thương hoàn thiện; trong thời gian chưa ban hành, đề nghị Sở Công Thương {s.Province.Short} tiếp tục áp dụng thành phần hồ sơ hiện hành.")
        {
            Reference = _ => "Luật Hóa chất năm 2025",
        },
        new("ATMT", ConcernKind.Other, DemoLevel.Province,
            s => s.Pick($"Đề nghị hướng dẫn kiểm tra an toàn đập, hồ chứa thủy điện mùa mưa bão năm {s.Year}",
                $"Kiến nghị về quản lý an toàn vật liệu nổ công nghiệp tại các mỏ đá {s.Area}"),
            s => $"{s.InArea} có {s.Count} công trình thủy điện vừa và nhỏ, {s.Count + 2} mỏ khai thác đá sử dụng vật liệu nổ công nghiệp. " +
                 "Sau sắp xếp, lực lượng cán bộ kỹ thuật an toàn của Sở còn mỏng, chưa có kinh phí thuê tư vấn kiểm định độc lập. " +
                 "Đề nghị Bộ Công Thương hướng dẫn nội dung kiểm tra, phối hợp tổ chức đoàn kiểm tra liên ngành và tập huấn cho cán bộ địa phương.",
            s => "1. Bộ Công Thương đã ban hành văn bản đôn đốc công tác bảo đảm an toàn đập, hồ chứa thủy điện và an toàn vật liệu nổ công nghiệp; nội dung kiểm tra thực hiện theo quy định hiện hành.\n" +
                 $"2. Bộ sẽ phối hợp với Sở Công Thương {s.Province.Short} kiểm tra một số công trình trọng điểm và tổ chức tập huấn trực tuyến cho cán bộ địa phương trong quý tới.")
        {
            Season = [5, 6, 7, 8, 9],
        },
    ];
}
