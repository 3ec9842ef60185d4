using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;
using Input = CauNoi.Web.Features.Recommendations.Intake.Input;

namespace CauNoi.Web.Features.Recommendations.Import;

/// <summary>
/// The workbook a conference secretariat fills in: one recommendation a row, then sheets listing
/// the codes to use (fields, provinces, communes) and how to fill it in.
/// </summary>
public static class ConferenceTemplate
{
    // Before the definition that reads them: static fields are set in the order written.
    /// <summary>The kinds and urgencies as the interface names them, plus the short forms people write.</summary>
    private static readonly Dictionary<string, ConcernKind> Kinds = Cells.Names(Enum.GetValues<ConcernKind>(), RecommendationNames.Of, new()
    {
        ["van ban qppl"] = ConcernKind.LegalDocument, ["qppl"] = ConcernKind.LegalDocument, ["van ban"] = ConcernKind.LegalDocument,
        ["tthc"] = ConcernKind.AdministrativeProcedure, ["thu tuc"] = ConcernKind.AdministrativeProcedure,
    });

    private static readonly Dictionary<string, Urgency> Urgencies = Cells.Names(Enum.GetValues<Urgency>(), RecommendationNames.Of, new()
    {
        ["binh thuong"] = Urgency.Normal,
    });

    /// <summary>The columns, each keyed by the <see cref="Intake.Input"/> property it fills, so intake's problems land on their column.</summary>
    public static readonly ImportTemplate<ConferenceImport.Lookups> Definition = new("Kiến nghị", "kiến nghị",
    [
        new("STT", "Stt", false, 6) { Aliases = ["số thứ tự"] },
        new("Mã tỉnh (2 số)", nameof(Input.ProvinceCode), true, 10, (text, _) => CellReading.Of(Cells.Code(text, 2))) { Aliases = ["mã tỉnh, thành phố"] },
        new("Mã xã (5 số, có thể trống)", nameof(Input.CommuneCode), false, 12, (text, _) => CellReading.Of(Cells.Code(text, 5))) { Aliases = ["mã xã, phường"] },
        new("Tiêu đề", nameof(Input.Title), true, 40),
        new("Nội dung", nameof(Input.Content), true, 60),
        new("Mã lĩnh vực", nameof(Input.FieldId), true, 12, Field) { Aliases = ["lĩnh vực"] },
        new("Loại nội dung", nameof(Input.ConcernKind), false, 22,
            (text, _) => Cells.Choice(text, Kinds, "Loại nội dung ghi một trong: Văn bản QPPL, Thủ tục hành chính, Dự án, Khác.")),
        new("Số hiệu văn bản/thủ tục/dự án", nameof(Input.ConcernReference), false, 24) { Aliases = ["số hiệu"] },
        new("Độ khẩn", nameof(Input.Urgency), false, 10, (text, _) => Cells.Choice(text, Urgencies, "Độ khẩn ghi một trong: Thường, Khẩn, Hỏa tốc.")),
        new("Người liên hệ", nameof(Input.ContactName), false, 22),
        new("Điện thoại", nameof(Input.ContactPhone), false, 14) { Aliases = ["số điện thoại"] },
        new("Thư điện tử", nameof(Input.ContactEmail), false, 24) { Aliases = ["email", "e-mail"] },
    ]);

    /// <summary>A field by its code, in any case; the list is routed by it.</summary>
    private static CellReading Field(string text, ConferenceImport.Lookups lookups)
    {
        var code = text.Trim().ToUpperInvariant();
        if (code.Length == 0) return CellReading.Refused("Vui lòng nhập mã lĩnh vực.");
        return lookups.Fields.TryGetValue(code, out var id) ? CellReading.Of(id)
            : CellReading.Refused($"Không có lĩnh vực mã '{code}'; xem các mã ở trang \"Lĩnh vực\" của tệp mẫu.");
    }

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

        Definition.Write(output,
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
