namespace CauNoi.Web.Features.Indicators;

/// <summary>The indicators' stored values as officials read them.</summary>
public static class IndicatorNames
{
    public static string Of(PeriodType type) => type switch
    {
        PeriodType.Month => "Tháng",
        PeriodType.Quarter => "Quý",
        PeriodType.HalfYear => "6 tháng",
        _ => "Năm",
    };

    public static string Of(Aggregation rule) => rule switch
    {
        Aggregation.Sum => "Cộng",
        Aggregation.Average => "Bình quân",
        Aggregation.Weighted => "Bình quân theo quyền số",
        Aggregation.Last => "Lấy số cuối kỳ",
        _ => "Không cộng được",
    };

    public static string Of(DerivedKind kind) => kind switch
    {
        DerivedKind.GrowthYearOnYear => "Tốc độ tăng so với cùng kỳ",
        DerivedKind.GrowthPeriodOnPeriod => "Tốc độ tăng so với kỳ trước",
        DerivedKind.ShareOfTarget => "Tỷ lệ thực hiện so với chỉ tiêu",
        _ => "Bình quân đầu người",
    };

    public static string Of(ReportState state) => state switch
    {
        ReportState.Draft => "Đang nhập",
        ReportState.Submitted => "Chờ lãnh đạo Sở duyệt",
        ReportState.Approved => "Đã gửi Bộ",
        _ => "Bộ đã chấp nhận",
    };
}
