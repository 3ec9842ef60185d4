using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Councils;

/// <summary>
/// A closed council's results as .xlsx: each entry with each member's total beside the council's average, its rank and
/// pass, as the council's page shows them. Only once closed: before, it would reveal the members' points.
/// </summary>
public static class CouncilWorkbook
{
    public static byte[] ToBytes(CouncilDetail c)
    {
        var members = c.Members;
        string[] header = ["Hạng", "Hồ sơ", "Tỉnh, thành phố", .. members.Select(m => $"Tổng điểm: {m.Name}"), "Điểm bình quân", "Số phiếu tính điểm", "Kết quả"];
        var rows = c.Entries.Select(e => (IReadOnlyList<object?>)[
            e.Rank, e.Title, e.ProvinceCode,
            .. e.Cells.Select(cell => cell.Total is { } t ? (object)t : cell.State is "conflict" or "own-province" ? cell.StateName : "Chưa nộp"),
            e.Average, e.ScoredBy, CouncilDetail.PassedName(e.Passed)]);
        var decimals = new int?[header.Length];
        for (var i = 3; i < 3 + members.Count + 1; i++) decimals[i] = 2;
        List<string> title =
        [
            $"Kết quả chấm điểm: {c.Name}",
            $"{c.PurposeName}; đơn vị chủ trì: {c.OrganisationName}" + (c.ProvinceName is null ? "" : $"; {c.ProvinceName}"),
            $"Kết thúc, chốt kết quả lúc {(c.ClosedAt is { } at ? Display.DateTime(at) : "")}; thang điểm {Display.Number(c.Scale, 1)}" +
                (c.PassMark is { } mark ? $"; điểm đạt {Display.Number(mark, 2)}" : "") + $"; {c.TieBreakName}.",
            "Điểm bình quân = trung bình cộng tổng điểm của các phiếu đã nộp, làm tròn hai chữ số thập phân. " + CouncilNames.RescaledNote,
        ];
        if (c.IsDemo) title.Add("Dữ liệu minh họa.");
        return XlsxWriter.ToBytes(new XlsxSheet("Kết quả", header, rows,
            ColumnWidths: [8, 50, 14, .. members.Select(_ => 16d), 14, 12, 12], Title: title, Decimals: decimals));
    }
}
