namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>Power grid projects, power supply, rooftop solar, renewable projects.</summary>
public static class DemoTopicsEnergy
{
    private const string PowerPlan = "Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Quy hoạch điện VIII điều chỉnh)";

    public static readonly DemoTopic[] All =
    [
        new("NL", ConcernKind.Project, DemoLevel.Either,
            s => s.Pick($"Vướng mắc giải phóng mặt bằng dự án {s.Line}",
                $"Kiến nghị tháo gỡ khó khăn bồi thường hành lang tuyến {s.Line}",
                $"Đề nghị đôn đốc tiến độ dự án {s.Line}"),
            s => $"Dự án {s.Line} dài khoảng {s.Ha / 2 + 5} km, thuộc danh mục dự án lưới điện trong {PowerPlan}, đi qua địa bàn {s.Count} xã, phường. " +
                 $"Đến nay còn {s.Count * 3} vị trí móng cột chưa bàn giao mặt bằng do {s.Households} hộ dân chưa đồng thuận với đơn giá bồi thường; một số vị trí nằm trên đất rừng sản xuất phải chuyển mục đích sử dụng. " +
                 (s.AfterReform ? "Sau khi không còn cấp huyện, hội đồng bồi thường phải thành lập lại ở cấp xã nên tiến độ bị kéo dài. " : "") +
                 "Đề nghị Bộ Công Thương đôn đốc chủ đầu tư phối hợp chặt chẽ với địa phương và hướng dẫn tháo gỡ vướng mắc về chuyển mục đích sử dụng đất.",
            s => $"1. Dự án {s.Line} là dự án lưới điện quan trọng bảo đảm cung cấp điện cho khu vực; Bộ Công Thương đã có văn bản đề nghị chủ đầu tư bố trí đủ nguồn lực, phối hợp với địa phương hoàn thành bồi thường, giải phóng mặt bằng.\n" +
                 $"2. Công tác bồi thường, hỗ trợ, tái định cư và chuyển mục đích sử dụng đất rừng thực hiện theo pháp luật về đất đai, lâm nghiệp và thuộc thẩm quyền của địa phương; đề nghị {s.Addressee} báo cáo, tham mưu {s.ProvincePeople} chỉ đạo các xã, phường có tuyến đi qua tập trung vận động người dân.\n" +
                 "3. Theo Luật Điện lực năm 2024, Ủy ban nhân dân cấp tỉnh có trách nhiệm bố trí quỹ đất và bảo đảm mặt bằng cho các dự án điện đã có trong quy hoạch.")
        {
            Reference = s => $"Dự án {s.Line}",
            CompetentBody = s => s.ProvincePeople,
        },
        new("NL", ConcernKind.Project, DemoLevel.Province,
            s => s.Pick($"Kiến nghị bổ sung {s.Substation} vào kế hoạch thực hiện Quy hoạch điện VIII điều chỉnh",
                $"Đề nghị sớm đầu tư {s.Substation} để cấp điện cho {s.Cluster}"),
            s => $"Phụ tải khu vực {s.Place1} tăng nhanh do {s.Cluster} và các dự án sản xuất mới đi vào hoạt động; các trạm biến áp hiện có thường xuyên vận hành đầy tải vào mùa nắng nóng. " +
                 $"{s.Substation} đã có trong quy hoạch nhưng chưa được đưa vào kế hoạch đầu tư giai đoạn gần. " +
                 "Đề nghị Bộ Công Thương xem xét, chỉ đạo đưa dự án vào kế hoạch thực hiện quy hoạch và đôn đốc đơn vị điện lực sớm triển khai.",
            s => $"1. Bộ Công Thương ghi nhận nhu cầu phụ tải của khu vực; {s.Substation} sẽ được xem xét trong quá trình rà soát, cập nhật kế hoạch thực hiện {PowerPlan}.\n" +
                 $"2. Đề nghị Sở Công Thương {s.Province.Short} phối hợp với đơn vị điện lực trên địa bàn cập nhật số liệu phụ tải, tiến độ các dự án sử dụng điện và đề xuất thứ tự ưu tiên đầu tư.\n" +
                 "3. Trong thời gian chưa đầu tư trạm mới, đơn vị điện lực có trách nhiệm có phương án vận hành, san tải bảo đảm cung cấp điện.")
        {
            CompetentBody = _ => "Tập đoàn Điện lực Việt Nam",
        },
        new("NL", ConcernKind.Other, DemoLevel.Either,
            s => s.Pick($"Đề nghị bảo đảm cung ứng điện mùa nắng nóng năm {s.Year} {s.Area}",
                $"Phản ánh tình trạng mất điện, điện áp thấp tại {s.Locality}"),
            s => $"Thời gian gần đây, {s.Area} thường xuyên xảy ra mất điện, điện áp thấp vào giờ cao điểm, ảnh hưởng đến sản xuất của các doanh nghiệp trong {s.Cluster} và sinh hoạt của người dân. " +
                 $"Lưới điện trung áp nhiều đoạn đã cũ, bán kính cấp điện dài. Đề nghị Bộ Công Thương chỉ đạo đơn vị điện lực có kế hoạch cải tạo lưới điện, bảo đảm cung ứng điện ổn định.",
            s => "1. Bộ Công Thương đã chỉ đạo các đơn vị điện lực xây dựng phương án bảo đảm cung ứng điện mùa khô, ưu tiên cải tạo các đường dây, trạm biến áp thường xuyên đầy tải.\n" +
                 $"2. Nội dung phản ánh của {s.Sender} đã được chuyển đơn vị điện lực trên địa bàn để kiểm tra, khắc phục; đề nghị địa phương phối hợp giải phóng mặt bằng cho các công trình cải tạo lưới điện.")
        {
            Season = [4, 5, 6, 7],
        },
        new("NL", ConcernKind.AdministrativeProcedure, DemoLevel.Either,
            s => s.Pick("Đề nghị hướng dẫn thủ tục phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
                "Vướng mắc tiếp nhận hồ sơ thông báo lắp đặt điện mặt trời mái nhà"),
            s => $"{s.InArea} có {s.Count * 15} hộ gia đình và {s.Count} doanh nghiệp đề nghị lắp đặt điện mặt trời mái nhà tự sản xuất, tự tiêu thụ. " +
                 (s.AfterReform ? "Sau phân cấp, việc tiếp nhận thông báo, đăng ký phát triển được giao cho cơ quan ở địa phương nhưng " : "Tuy nhiên, ") +
                 "hướng dẫn về thành phần hồ sơ, tiêu chuẩn kỹ thuật đấu nối và trách nhiệm kiểm tra an toàn phòng cháy chưa rõ. Đề nghị Bộ Công Thương hướng dẫn cụ thể.",
            s => "1. Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ thực hiện theo Nghị định của Chính phủ về cơ chế khuyến khích phát triển điện mặt trời mái nhà; hộ gia đình, cơ sở có công suất nhỏ chỉ thực hiện thông báo, không phải cấp giấy phép hoạt động điện lực.\n" +
                 $"2. Thành phần hồ sơ, mẫu thông báo đã được công bố trên Cổng Dịch vụ công quốc gia; đề nghị {s.Addressee} hướng dẫn tổ chức, cá nhân thực hiện và phối hợp với cơ quan phòng cháy, chữa cháy kiểm tra an toàn.")
        {
            Reference = _ => "Thủ tục thông báo phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
        },
        new("NL", ConcernKind.Project, DemoLevel.Either,
            s => s.Pick($"Đề nghị đầu tư cấp điện cho các thôn chưa có điện lưới quốc gia tại {s.Locality}",
                $"Kiến nghị bố trí vốn Chương trình cấp điện nông thôn, miền núi cho {s.Locality}"),
            s => $"{s.InArea} còn {s.Count} thôn, bản với khoảng {s.Households * 2} hộ chưa được sử dụng điện lưới quốc gia, chủ yếu là đồng bào dân tộc thiểu số ở vùng sâu, vùng xa. " +
                 "Dự án cấp điện đã được đăng ký trong Chương trình cấp điện nông thôn, miền núi và hải đảo nhưng chưa được bố trí vốn. Đề nghị Bộ Công Thương xem xét, ưu tiên bố trí vốn trong giai đoạn tới.",
            s => "1. Bộ Công Thương đã tổng hợp nhu cầu vốn của các địa phương cho Chương trình cấp điện nông thôn, miền núi và hải đảo và báo cáo cấp có thẩm quyền bố trí vốn theo kế hoạch đầu tư công trung hạn.\n" +
                 $"2. Đề nghị {s.Addressee} phối hợp với Sở Công Thương {s.Province.Short} rà soát danh mục thôn, bản chưa có điện, chuẩn bị hồ sơ dự án để triển khai ngay khi được bố trí vốn.")
        {
            Applies = p => !p.IsCity,
            CompetentBody = _ => "Bộ Tài chính",
        },
        new("NL", ConcernKind.Project, DemoLevel.Province,
            s => s.Pick($"Kiến nghị tháo gỡ vướng mắc dự án điện gió {s.Place1}",
                $"Vướng mắc dự án điện mặt trời {s.Place1} đã hoàn thành nhưng chưa được huy động"),
            s => $"Dự án năng lượng tái tạo tại {s.Place1}, {s.Province.Inline} có công suất {s.Count * 10} MW, đã hoàn thành đầu tư nhưng chưa thống nhất được giá điện và chưa được huy động toàn bộ công suất. " +
                 "Chủ đầu tư gặp khó khăn về trả nợ vay, có nguy cơ ảnh hưởng đến môi trường đầu tư của địa phương. Đề nghị Bộ Công Thương sớm có hướng dẫn tháo gỡ.",
            s => "1. Bộ Công Thương đang triển khai các giải pháp tháo gỡ khó khăn cho các dự án năng lượng tái tạo theo chỉ đạo của Chính phủ, bảo đảm hài hòa lợi ích của Nhà nước, nhà đầu tư và người sử dụng điện.\n" +
                 "2. Đề nghị chủ đầu tư phối hợp với đơn vị mua điện hoàn thiện hồ sơ, đàm phán giá điện theo khung giá do Bộ Công Thương ban hành; Bộ sẽ tiếp tục theo dõi, đôn đốc.")
        {
            Applies = p => p.Code is "12" or "14" or "44" or "56" or "66" or "68" or "52" or "96" or "86" or "92" or "80" or "51",
        },
    ];
}
