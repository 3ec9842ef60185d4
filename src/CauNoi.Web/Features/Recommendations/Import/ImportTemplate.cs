using System.Text.RegularExpressions;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Recommendations.Import;

/// <summary>
/// The workbook a conference secretariat fills in: one recommendation a row, then sheets listing
/// the codes to use (fields, provinces, communes) and how to fill it in.
/// </summary>
public static partial class ImportTemplate
{
    /// <summary>A column of the list: its header, the <see cref="Intake.Input"/> property it fills, and other headers accepted for it.</summary>
    public sealed record Column(string Header, string Key, bool Required, params string[] Aliases);

    public static readonly Column[] Columns =
    [
        new("STT", "Stt", false, "số thứ tự"),
        new("Mã tỉnh (2 số)", nameof(Intake.Input.ProvinceCode), true, "mã tỉnh, thành phố"),
        new("Mã xã (5 số, có thể trống)", nameof(Intake.Input.CommuneCode), false, "mã xã, phường"),
        new("Tiêu đề", nameof(Intake.Input.Title), true),
        new("Nội dung", nameof(Intake.Input.Content), true),
        new("Mã lĩnh vực", nameof(Intake.Input.FieldId), true, "lĩnh vực"),
        new("Loại nội dung", nameof(Intake.Input.ConcernKind), false),
        new("Số hiệu văn bản/thủ tục/dự án", nameof(Intake.Input.ConcernReference), false, "số hiệu"),
        new("Độ khẩn", nameof(Intake.Input.Urgency), false),
        new("Người liên hệ", nameof(Intake.Input.ContactName), false),
        new("Điện thoại", nameof(Intake.Input.ContactPhone), false, "số điện thoại"),
        new("Thư điện tử", nameof(Intake.Input.ContactEmail), false, "email", "e-mail"),
    ];

    /// <summary>
    /// The column a header names, ignoring case, diacritics and a hint in brackets:
    /// "MA TINH", "Mã tỉnh" and "Mã tỉnh (2 số)" all name the province code.
    /// </summary>
    public static Column? Match(string header)
    {
        var folded = VietnameseText.Fold(Hint().Replace(header, " "));
        return folded.Length == 0 ? null : Columns.FirstOrDefault(c =>
            VietnameseText.Fold(Hint().Replace(c.Header, " ")) == folded || c.Aliases.Any(a => VietnameseText.Fold(a) == folded));
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Hint();

    public static string Header(string key) => Columns.FirstOrDefault(c => c.Key == key)?.Header ?? key;

    public static async Task WriteAsync(CauNoiDb db, Stream output, CancellationToken ct = default)
    {
        var fields = await (from f in db.FieldsOfWork
                            where f.IsActive
                            orderby f.SortOrder, f.Code
                            select new { f.Code, f.Name, Unit = db.Organisations.Where(o => o.Id == f.ResponsibleUnitId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var provinces = await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var communes = await db.Communes.OrderBy(c => c.ProvinceCode).ThenBy(c => c.Code).Select(c => new { c.Code, c.Name, c.ProvinceCode }).ToListAsync(ct);
        var provinceNames = provinces.ToDictionary(p => p.Code, p => p.Name);

        XlsxWriter.Write(output,
            new XlsxSheet("Kiến nghị", [.. Columns.Select(c => c.Header)], [], [6, 10, 12, 40, 60, 12, 22, 24, 10, 22, 14, 24]),
            new XlsxSheet("Lĩnh vực", ["Mã lĩnh vực", "Tên lĩnh vực", "Đơn vị xử lý"], fields.Select(f => new object?[] { f.Code, f.Name, f.Unit }), [12, 45, 50]),
            new XlsxSheet("Tỉnh", ["Mã tỉnh", "Tên tỉnh, thành phố"], provinces.Select(p => new object?[] { p.Code, p.Name }), [10, 40]),
            new XlsxSheet("Xã", ["Mã xã", "Tên xã, phường, đặc khu", "Mã tỉnh", "Tỉnh, thành phố"],
                communes.Select(c => new object?[] { c.Code, c.Name, c.ProvinceCode, provinceNames.GetValueOrDefault(c.ProvinceCode) }), [10, 35, 10, 35]),
            new XlsxSheet("Hướng dẫn", ["Hướng dẫn điền danh sách kiến nghị từ hội nghị"], Guide.Select(line => new object?[] { line }), [120]));
    }

    private static readonly string[] Guide =
    [
        "Mỗi dòng của trang \"Kiến nghị\" là một kiến nghị; giữ nguyên dòng tiêu đề cột, không chèn dòng trống giữa các kiến nghị.",
        "Bắt buộc: Mã tỉnh, Tiêu đề, Nội dung, Mã lĩnh vực. Các cột khác có thể để trống.",
        "Mã tỉnh gồm 2 chữ số, mã xã gồm 5 chữ số (xem trang \"Tỉnh\" và \"Xã\"); để trống mã xã nếu kiến nghị của Sở Công Thương.",
        "Mã lĩnh vực: xem trang \"Lĩnh vực\"; kiến nghị được chuyển đến đơn vị xử lý của lĩnh vực đó.",
        "Loại nội dung: Văn bản QPPL, Thủ tục hành chính, Dự án hoặc Khác (để trống là Khác).",
        "Độ khẩn: Thường, Khẩn hoặc Hỏa tốc (để trống là Thường).",
        "Nên định dạng các cột mã và điện thoại là Văn bản (Text) để Excel không bỏ chữ số 0 ở đầu.",
        "Tên hội nghị và ngày hội nghị nhập trên trang nhập danh sách; hạn trả lời tính từ ngày hội nghị theo ngày làm việc.",
        "Nếu có dòng chưa hợp lệ, hệ thống không lưu kiến nghị nào và liệt kê từng dòng cần sửa.",
    ];
}
