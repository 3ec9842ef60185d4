using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Indicators;

/// <summary>The catalogue's and a form's completeness tables as .xlsx, with the page's columns and words.</summary>
public static class IndicatorWorkbooks
{
    public static byte[] OfCatalogue(IReadOnlyList<IndicatorsApi.IndicatorItem> indicators, DateOnly today) => XlsxWriter.ToBytes(new XlsxSheet("Danh mục chỉ tiêu",
        ["Mã", "Tên chỉ tiêu", "Đơn vị tính", "Số chữ số thập phân", "Cộng theo địa bàn", "Cộng theo thời gian", "Công thức", "Giới hạn dưới", "Giới hạn trên",
            "Giải trình khi thay đổi quá (%) so với cùng kỳ", "Đơn vị theo dõi", "Nguồn định nghĩa"],
        indicators.Select(i => (IReadOnlyList<object?>)[i.Code, i.Name, i.Unit, i.Decimals,
            i.Derived is null ? IndicatorNames.Of(i.OverPlaces) + (i.Weight is null ? "" : $" ({i.Weight})") : "Tính lại từ chỉ tiêu gốc",
            i.Derived is null ? IndicatorNames.Of(i.OverTime) : null, i.Formula, i.Minimum, i.Maximum, i.ChangeThreshold, i.OwningUnit, i.Source]),
        [14, 60, 14, 12, 26, 18, 40, 12, 12, 18, 36, 60],
        ["Danh mục chỉ tiêu ngành Công Thương", $"Các chỉ tiêu đang theo dõi, tính đến ngày {Display.Date(today)}."]));

    /// <summary>The totals and rates of each period, then each organisation against each period (Đúng hạn, Trễ hạn, Còn thiếu, Chưa đến hạn).</summary>
    public static byte[] OfCompleteness(Completeness.Matrix m, int year, DateOnly today)
    {
        IReadOnlyList<string> title =
        [
            $"Tình hình nộp báo cáo: {m.Form.Name}, năm {year}",
            $"Tính đến ngày {Display.Date(today)}. Báo cáo được tính là đã nhận khi lãnh đạo Sở duyệt lần đầu; đúng hạn khi việc đó diễn ra đến hết ngày hạn "
                + "(giờ Việt Nam). Tỷ lệ báo cáo = đã nhận ÷ dự kiến; tỷ lệ đúng hạn = đúng hạn ÷ dự kiến (như DHIS2).",
        ];
        return XlsxWriter.ToBytes(
            new XlsxSheet("Tổng hợp", ["Kỳ", "Hạn", "Dự kiến", "Đã nhận", "Đúng hạn", "Trễ hạn", "Còn thiếu", "Chưa đến hạn", "Tỷ lệ báo cáo (%)", "Tỷ lệ đúng hạn (%)"],
                m.Totals.Select(t => (IReadOnlyList<object?>)[t.Period.Name, m.Form.DueOn(t.Period), t.Expected, t.Received, t.OnTime, t.Late, t.Missing, t.Pending,
                    IndicatorResults.Round(t.ReportingRate, 1), IndicatorResults.Round(t.OnTimeRate, 1)]),
                [22, 13, 10, 10, 10, 10, 10, 13, 14, 14], title, [null, null, 0, 0, 0, 0, 0, 0, 1, 1]),
            new XlsxSheet("Theo cơ quan", ["Cơ quan", .. m.Periods.Select(p => p.Name)],
                m.Rows.Select(r => (IReadOnlyList<object?>)[r.Name, .. r.Cells.Select(c => Standing(c.Standing))]),
                [50, .. m.Periods.Select(_ => 14.0)], title));
    }

    public static string Standing(Completeness.Standing standing) => standing switch
    {
        Completeness.Standing.OnTime => "Đúng hạn",
        Completeness.Standing.Late => "Trễ hạn",
        Completeness.Standing.Missing => "Còn thiếu",
        _ => "Chưa đến hạn",
    };
}
