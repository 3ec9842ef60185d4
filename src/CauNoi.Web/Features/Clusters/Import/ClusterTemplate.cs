using System.Globalization;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Web.Features.Clusters.Import;

/// <summary>
/// The workbook of a province's existing clusters: one cluster a row, where it stands in the lifecycle and the decisions
/// that brought it there, then sheets listing the provinces, the stages and the developers' kinds, and how to fill it in.
/// Each column is keyed by the <see cref="ClusterInput"/> field it fills, so the intake's refusals land on their column.
/// </summary>
public static class ClusterTemplate
{
    // Before the definition that reads them: static fields are set in the order written.
    private static readonly Dictionary<string, ClusterStage> Stages = Cells.Names(Enum.GetValues<ClusterStage>(), ClusterNames.Of, new()
    {
        ["phuong an"] = ClusterStage.Planned, ["quy hoach"] = ClusterStage.Planned, ["thanh lap"] = ClusterStage.Established,
        ["dau tu ha tang"] = ClusterStage.Building, ["hoat dong"] = ClusterStage.Operating,
    });

    private static readonly Dictionary<string, DeveloperKind> Kinds = Cells.Names(Enum.GetValues<DeveloperKind>(), ClusterNames.Of, new()
    {
        ["dn"] = DeveloperKind.Enterprise, ["cong ty"] = DeveloperKind.Enterprise, ["htx"] = DeveloperKind.Cooperative,
        ["don vi su nghiep"] = DeveloperKind.PublicUnit, ["ban quan ly"] = DeveloperKind.PublicUnit, ["trung tam phat trien cum cong nghiep"] = DeveloperKind.PublicUnit,
    });

    public const string Commune = "CommuneCode", FormerCommune = "FormerCommuneCode", Stage = "Existing.Stage";

    public static readonly ImportTemplate<ClusterImport.Lookups> Definition = new("Cụm công nghiệp", "cụm công nghiệp",
    [
        new("STT", "Stt", false, 6) { Aliases = ["số thứ tự"] },
        new("Mã cụm (để trống để hệ thống cấp)", nameof(ClusterInput.Code), false, 16) { Aliases = ["mã cụm công nghiệp"] },
        new("Tên cụm công nghiệp", nameof(ClusterInput.Name), true, 36),
        new("Tỉnh (mã hoặc tên)", nameof(ClusterInput.ProvinceCode), false, 20, (text, lookups) => lookups.Provinces.Read(text)) { Aliases = ["tỉnh, thành phố", "mã tỉnh"] },
        new("Mã xã, phường hiện nay", Commune, false, 14, (text, _) => CellReading.Of(Cells.Code(text, 5))) { Aliases = ["mã xã"] },
        new("Mã xã cũ (trước 01/07/2025)", FormerCommune, false, 14, (text, _) => CellReading.Of(Cells.Code(text, 5))) { Aliases = ["mã xã cũ"] },
        new("Giai đoạn", Stage, true, 22, (text, _) => Cells.Choice(text, Stages,
            "Giai đoạn ghi một trong: Trong phương án phát triển, Đã thành lập, Đang đầu tư hạ tầng, Đang hoạt động.")),
        new("Diện tích theo phương án (ha)", nameof(ClusterInput.PlannedHa), true, 14, (text, _) => Hectares(text, "Diện tích theo phương án")),
        new("Số QĐ phê duyệt phương án", nameof(ClusterInput.PlanNumber), false, 18),
        new("Ngày phê duyệt phương án (dd/mm/yyyy)", nameof(ClusterInput.PlanSignedOn), false, 14, (text, _) => Date(text, "Ngày phê duyệt phương án")),
        new("Số QĐ thành lập", "Existing.EstablishNumber", false, 18),
        new("Ngày thành lập (dd/mm/yyyy)", "Existing.EstablishedOn", false, 14, (text, _) => Date(text, "Ngày thành lập")),
        new("Người ký QĐ thành lập", "Existing.EstablishSigner", false, 20),
        new("Diện tích đã thành lập, mở rộng (ha)", "Existing.AreaHa", false, 14, (text, _) => Hectares(text, "Diện tích đã thành lập")),
        new("Đất công nghiệp có thể cho thuê (ha)", nameof(ClusterInput.LeasableHa), false, 14, (text, _) => Hectares(text, "Đất công nghiệp có thể cho thuê")),
        new("Ngày đi vào hoạt động (dd/mm/yyyy)", "Existing.OperatingSince", false, 14, (text, _) => Date(text, "Ngày đi vào hoạt động")),
        new("Chủ đầu tư hạ tầng", nameof(ClusterInput.DeveloperName), false, 30),
        new("Loại chủ đầu tư", nameof(ClusterInput.DeveloperKind), false, 18, (text, _) => Cells.Choice(text, Kinds,
            "Loại chủ đầu tư ghi một trong: Doanh nghiệp, Hợp tác xã, Đơn vị sự nghiệp công lập.")),
        new("Mã số thuế chủ đầu tư", nameof(ClusterInput.DeveloperTaxCode), false, 14),
        new("Vĩ độ", nameof(ClusterInput.Latitude), false, 10, (text, _) => Degrees(text, "Vĩ độ")),
        new("Kinh độ", nameof(ClusterInput.Longitude), false, 10, (text, _) => Degrees(text, "Kinh độ")),
        new("Ngành nghề thu hút (cách nhau bởi ;)", nameof(ClusterInput.Sectors), false, 30),
        new("Ghi chú", nameof(ClusterInput.Note), false, 24),
    ]);

    private static CellReading Date(string text, string label)
    {
        if (text.Trim().Length == 0) return CellReading.Of(null);
        return DateInput.TryParse(text, out var day) ? CellReading.Of((DateOnly?)day)
            : CellReading.Refused($"{label} “{text.Trim()}” không hợp lệ: ghi ngày dạng dd/mm/yyyy, ví dụ 15/03/2024.");
    }

    /// <summary>An area as officials write a figure ("12,5", "1.234,56"); its bounds are the intake's to check.</summary>
    private static CellReading Hectares(string text, string label) =>
        FigureInput.TryParse(text, out var value) ? CellReading.Of(value is { } v ? (decimal?)Math.Round((decimal)v, 6) : null)
            : CellReading.Refused($"{label} “{text.Trim()}” không phải là số (ha).");

    /// <summary>
    /// A coordinate in decimal degrees, its decimals after a comma or a dot alike ("21,0285" or "21.0285"): a degree has no
    /// thousands to group, so the figures' rule that "21.028" is twenty-one thousand does not apply.
    /// </summary>
    private static CellReading Degrees(string text, string label)
    {
        var t = text.Trim().Replace(',', '.');
        if (t.Length == 0) return CellReading.Of(null);
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? CellReading.Of((double?)d)
            : CellReading.Refused($"{label} “{text.Trim()}” không hợp lệ: ghi số độ thập phân, ví dụ 21,0285.");
    }

    public static async Task WriteAsync(CauNoiDb db, Stream output, CancellationToken ct = default)
    {
        var provinces = await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        Definition.Write(output,
            new XlsxSheet("Tỉnh", ["Mã tỉnh", "Tên tỉnh, thành phố", "Khu vực"],
                provinces.Select(p => new object?[] { p.Code, p.Name, Regions.Name(Regions.Of(p.Code)) }), [10, 40, 24]),
            new XlsxSheet("Giai đoạn, chủ đầu tư", ["Giai đoạn", "Loại chủ đầu tư"],
                Enumerable.Range(0, 4).Select(i => new object?[]
                {
                    ClusterNames.Of((ClusterStage)(i + 1)),
                    i < 3 ? ClusterNames.Of((DeveloperKind)(i + 1)) : null,
                }), [30, 30]),
            new XlsxSheet("Hướng dẫn", ["Hướng dẫn điền danh sách cụm công nghiệp"], Guide().Select(line => new object?[] { line }), [120]));
    }

    private static IEnumerable<string> Guide() =>
    [
        "Mỗi dòng của trang \"Cụm công nghiệp\" là một cụm công nghiệp hiện có của tỉnh; giữ nguyên dòng tiêu đề cột.",
        "Tỉnh: mã hoặc tên ở trang \"Tỉnh\"; Sở Công Thương có thể để trống (là tỉnh của mình).",
        "Địa bàn: ghi mã xã, phường hiện nay; hoặc, với cụm ghi nhận trước 01/07/2025, mã xã cũ: hệ thống chuyển sang xã, phường hiện nay theo bảng chuyển đổi của cơ quan thống kê và giữ tên xã, huyện cũ.",
        "Giai đoạn: Trong phương án phát triển, Đã thành lập, Đang đầu tư hạ tầng hoặc Đang hoạt động (Nghị định 32/2024/NĐ-CP).",
        "Cụm trong phương án phát triển: ghi số và ngày quyết định phê duyệt phương án. Cụm đã thành lập trở đi: ghi số, ngày quyết định thành lập và diện tích đã thành lập, mở rộng; cụm đang hoạt động ghi thêm ngày đi vào hoạt động.",
        "Diện tích (ha): ví dụ 45,5 hoặc 45.5; tối đa hai chữ số thập phân. Ngày: dd/mm/yyyy.",
        "Tỷ lệ lấp đầy không ghi ở đây: hệ thống tính từ diện tích đất đã cho thuê của các dự án thứ cấp trên diện tích đất công nghiệp có thể cho thuê.",
        "Các quyết định của cụm hiện có được ghi vào lịch sử của cụm như đã ban hành, không kiểm tra lại điều kiện thành lập, mở rộng.",
        "Nếu có dòng chưa hợp lệ, hệ thống không lưu cụm nào và liệt kê từng dòng cần sửa.",
    ];
}
