using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The figures as an .xlsx workbook, the page's tables as sheets: the provinces (stages, budget, completion rate, the total
/// first), the outputs by kind and unit, and every stop and adjustment with its reason. Counts and amounts are numbers; the
/// completion rate stands beside its numerator and denominator so it can be checked.
/// </summary>
public static class PromotionFiguresWorkbook
{
    public static readonly string[] ProvinceHeader =
    [
        "Mã tỉnh", "Tỉnh, thành phố", "Số đề án",
        .. Enum.GetValues<ProposalStage>().Select(PromotionNames.Of), "Đã điều chỉnh",
        "KP kế hoạch trung ương (tr.đ)", "KP kế hoạch địa phương (tr.đ)", "KP kế hoạch đối ứng (tr.đ)",
        "KP nhà nước đề nghị (tr.đ)", "KP đối ứng đề nghị (tr.đ)", "KP nhà nước được duyệt (tr.đ)", "KP đối ứng được duyệt (tr.đ)",
        "KP nhà nước phê duyệt lần đầu (tr.đ)", "KP đã giải ngân (tr.đ)", "KP đã quyết toán (tr.đ)",
        "KP nhà nước của đề án đã nghiệm thu, quyết toán (tr.đ)", "Tỷ lệ hoàn thành kế hoạch (%)",
    ];

    public static readonly string[] OutputHeader = ["Loại kết quả", "Đơn vị tính", "Cam kết (đề án đã phê duyệt)", "Đạt được (đề án đã nghiệm thu, quyết toán)", "Số đề án"];

    public static readonly string[] ChangeHeader = ["Mã đề án", "Mã tỉnh", "Tỉnh, thành phố", "Nội dung khuyến công", "Việc", "Ngày", "Lý do"];

    public static byte[] ToBytes(PromotionFigures f, DateOnly today)
    {
        var title = $"{f.Provenance} Lập ngày {Display.Date(today)}.";
        return XlsxWriter.ToBytes(
            new XlsxSheet("Theo tỉnh", ProvinceHeader, (f.ProvinceCode is null ? f.Provinces.Prepend(f.Total) : f.Provinces).Select(Row),
                [10, 30, 10, .. Enumerable.Repeat(12d, 9), .. Enumerable.Repeat(16d, 11)],
                [$"Số liệu khuyến công: {f.Subject}", title],
                [null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]),
            new XlsxSheet("Kết quả", OutputHeader, f.Outputs.Select(o => (IReadOnlyList<object?>)[o.Name, o.Unit, o.Promised, o.Achieved, o.Proposals]),
                [45, 14, 18, 18, 10], [$"Kết quả khuyến công theo loại: {f.Subject}", title], [null, null, 2, 2, 0]),
            new XlsxSheet("Dừng, điều chỉnh", ChangeHeader,
                f.Changes.Select(c => (IReadOnlyList<object?>)[c.Code, c.ProvinceCode, c.ProvinceName, c.ActivityName, c.StepName, c.On, c.Reason]),
                [22, 8, 22, 40, 16, 12, 80], [$"Đề án dừng thực hiện hoặc điều chỉnh: {f.Subject}", title]));
    }

    private static IReadOnlyList<object?> Row(PromotionFigures.Line l) =>
    [
        l.Code.All(char.IsAsciiDigit) ? l.Code : null, l.Name, l.Proposals,
        .. Enum.GetValues<ProposalStage>().Select(s => (object?)l.Count(s)), l.Adjusted,
        l.PlannedNational, l.PlannedLocal, l.PlannedCounterpart, l.RequestedState, l.RequestedCounterpart, l.ApprovedState, l.ApprovedCounterpart,
        l.FirstApprovedState, l.Disbursed, l.SettledFunds, l.CompletedState, l.Completion,
    ];
}
