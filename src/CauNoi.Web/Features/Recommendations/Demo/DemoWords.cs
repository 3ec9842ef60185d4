namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>What the people along a recommendation's way write: requests for information, thread messages, ratings.</summary>
public static class DemoWords
{
    public static string RequestInformation(DemoScene s) => s.Pick(
        $"Đề nghị {s.Sender} cung cấp bổ sung hồ sơ, tài liệu liên quan (văn bản chỉ đạo của địa phương, tiến độ thực hiện, các văn bản đã trao đổi với cơ quan liên quan) để có cơ sở xem xét, trả lời.",
        "Đề nghị địa phương làm rõ vướng mắc phát sinh ở bước nào, căn cứ pháp lý đang áp dụng và đề xuất cụ thể của địa phương.",
        $"Đề nghị bổ sung số liệu cụ thể (diện tích, số hộ, số cơ sở bị ảnh hưởng, kinh phí dự kiến) và ý kiến của các sở, ngành liên quan của {s.Province.Inline}.",
        "Đề nghị gửi bản chụp hồ sơ, quyết định có liên quan và báo cáo kết quả xử lý của địa phương đến thời điểm hiện nay.");

    public static string ProvideInformation(DemoScene s) => s.Pick(
        $"Đã gửi bổ sung hồ sơ, tài liệu theo đề nghị, kèm văn bản của {s.ProvincePeople}.",
        "Địa phương đã bổ sung số liệu và ý kiến của Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng.",
        $"{s.Sender} gửi bổ sung báo cáo kết quả xử lý và bản chụp các quyết định có liên quan.",
        "Đã làm rõ nội dung vướng mắc và đề xuất cụ thể của địa phương tại văn bản đính kèm.");

    /// <summary>A question from the unit handling it and the locality's reply.</summary>
    public static (string Question, string Reply) Thread(DemoScene s) => s.Next(5) switch
    {
        0 => ("Đề nghị cho biết địa phương đã báo cáo Ủy ban nhân dân tỉnh về nội dung này chưa và ý kiến chỉ đạo (nếu có).",
            "Địa phương đã báo cáo Ủy ban nhân dân tỉnh; đang chờ ý kiến chỉ đạo."),
        1 => ($"Đề nghị cho biết số hộ, số cơ sở bị ảnh hưởng {s.Area} tính đến thời điểm hiện nay.",
            $"Hiện có khoảng {s.Households} hộ và {s.Count} cơ sở bị ảnh hưởng."),
        2 => ("Đề nghị cung cấp đầu mối liên hệ của địa phương để trao đổi trực tiếp.",
            $"Đầu mối liên hệ là chuyên viên phụ trách của {s.Sender}; đề nghị trao đổi qua điện thoại cơ quan trong giờ hành chính."),
        3 => ("Đơn vị đang lấy ý kiến các cơ quan liên quan; đề nghị cho biết thời điểm địa phương cần có ý kiến trả lời.",
            "Địa phương đề nghị có ý kiến trước cuộc họp giao ban cuối tháng."),
        _ => ("Đề nghị gửi bản chụp các văn bản địa phương đã ban hành liên quan đến nội dung kiến nghị.",
            "Địa phương đã gửi bản chụp các văn bản qua Hệ thống."),
    };

    public static string Reminder(DemoScene s) => s.Pick(
        $"Đề nghị đơn vị khẩn trương trả lời kiến nghị của {s.Province.Inline}; địa phương đang chờ để triển khai.",
        "Kiến nghị đã quá hạn trả lời, đề nghị đơn vị báo cáo tiến độ xử lý.");

    public static string Satisfied(DemoScene s) => s.Pick(
        "Câu trả lời rõ ràng, địa phương sẽ tổ chức thực hiện.", "Cảm ơn đơn vị đã hướng dẫn kịp thời.", "", "");

    public static string Unsatisfied(DemoScene s) => s.Pick(
        "Câu trả lời chưa nêu rõ thời hạn và cơ quan chủ trì giải quyết.",
        "Chưa hướng dẫn cụ thể thành phần hồ sơ, biểu mẫu áp dụng.",
        "Vướng mắc về kinh phí chưa được giải quyết, địa phương đề nghị Bộ có ý kiến với cơ quan có thẩm quyền.",
        "Câu trả lời mới nêu nguyên tắc chung, chưa giải quyết được trường hợp cụ thể của địa phương.");

    public static string Reopen(DemoScene s) => s.Pick(
        "Đề nghị Bộ làm rõ thời hạn giải quyết và cơ quan chủ trì.",
        "Đề nghị hướng dẫn cụ thể hơn đối với trường hợp của địa phương.",
        $"Tình hình thực tế {s.Area} đã thay đổi, đề nghị Bộ xem xét lại.",
        "Đề nghị Bộ trực tiếp làm việc với chủ đầu tư và các cơ quan liên quan.");

    public static string? Close(DemoScene s) => s.Chance(0.5) ? null : s.Pick(
        "Địa phương đã nhận văn bản trả lời và tổ chức thực hiện.", "Vướng mắc đã được giải quyết.", "Đóng theo đề nghị của địa phương.");

    public static string Transfer => "Nội dung kiến nghị thuộc lĩnh vực quản lý của đơn vị, đề nghị xem xét, trả lời theo thẩm quyền.";

    public static string OutsideRemit(string body) =>
        $"Nội dung kiến nghị thuộc thẩm quyền giải quyết của {body}. Bộ Công Thương đã có văn bản chuyển {body} xem xét, giải quyết theo thẩm quyền và thông báo cho địa phương biết.";

    public static string Merge => "Cùng nội dung, gộp để trả lời một lần.";

    public static string? Start(DemoScene s) => s.Chance(0.7) ? null : s.Pick(
        "Giao chuyên viên nghiên cứu, dự thảo văn bản trả lời.", "Lấy ý kiến các đơn vị liên quan trước khi trả lời.");
}
