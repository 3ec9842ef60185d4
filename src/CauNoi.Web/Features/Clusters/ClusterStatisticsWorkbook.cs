using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The statistics table as an .xlsx sheet, in the page's order: the country's line, then each region's followed by its
/// provinces'. Counts and areas are numbers; the leased and leasable land stand beside the occupancy so it can be checked.
/// </summary>
public static class ClusterStatisticsWorkbook
{
    public static readonly string[] Header =
    [
        "Mã tỉnh", "Tỉnh, thành phố", "Số cụm đã thành lập", "Diện tích đã thành lập (ha)", "Số cụm đang hoạt động", "Diện tích đang hoạt động (ha)",
        "Số dự án thứ cấp", "Đất công nghiệp đã cho thuê (ha)", "Đất công nghiệp có thể cho thuê (ha)", "Tỷ lệ lấp đầy bình quân (%)", "Số lao động (người)",
    ];

    public static byte[] ToBytes(ClusterStatistics s, DateOnly today) => XlsxWriter.ToBytes(new XlsxSheet("Thống kê cụm công nghiệp", Header,
        (s.Region is null ? s.ByRegion().Prepend(s.Total) : s.ByRegion()).Select(Row),
        [10, 30, 13, 16, 13, 16, 13, 16, 16, 14, 14],
        [$"Thống kê cụm công nghiệp năm {s.Year}: {s.Area}", $"{s.Provenance} Lập ngày {Display.Date(today)}."],
        [null, null, 0, 2, 0, 2, 0, 2, 2, 1, 0]));

    private static IReadOnlyList<object?> Row(ClusterStatistics.Line l) =>
        [l.IsProvince ? l.Code : null, l.Name, l.Established, l.EstablishedHa, l.Operating, l.OperatingHa,
            l.Projects, l.LeasedHa, l.LeasableHa, l.Occupancy, l.Workers];
}
