using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;
using Input = CauNoi.Web.Features.Tasks.TaskIntake.TaskInput;

namespace CauNoi.Web.Features.Tasks.Import;

/// <summary>
/// The Ministry's workbook of tasks: one task a row, naming the document, units, people and provinces as people write
/// them (a number, a code or a name, an account's user name), then sheets listing what to write and how.
/// </summary>
public static class TaskTemplate
{
    // Before the definition that reads them: static fields are set in the order written.
    private static readonly Dictionary<string, Recurrence> Recurrences = Cells.Names(Enum.GetValues<Recurrence>(), TaskNames.Of, new()
    {
        ["khong"] = Recurrence.None, ["tuan"] = Recurrence.Weekly, ["thang"] = Recurrence.Monthly, ["quy"] = Recurrence.Quarterly,
        ["6 thang"] = Recurrence.HalfYearly, ["sau thang"] = Recurrence.HalfYearly, ["nam"] = Recurrence.Yearly,
    });

    private static readonly Dictionary<string, ResultForm> Forms = Cells.Names(Enum.GetValues<ResultForm>(), TaskNames.Of, []);

    private static readonly Dictionary<string, TaskPriority> Priorities = Cells.Names(Enum.GetValues<TaskPriority>(), TaskNames.Of, new()
    {
        ["binh thuong"] = TaskPriority.Normal,
    });

    /// <summary>The columns, each keyed by the <see cref="Input"/> property it fills, so intake's errors land on their column.</summary>
    public static readonly ImportTemplate<TaskImport.Lookups> Definition = new("Nhiệm vụ", "nhiệm vụ",
    [
        new("STT", "Stt", false, 6) { Aliases = ["số thứ tự"] },
        new("Số hiệu văn bản giao", nameof(Input.DocumentId), false, 18, Document) { Aliases = ["số, ký hiệu văn bản", "văn bản giao"] },
        new("Nội dung nhiệm vụ", nameof(Input.Title), true, 60),
        new("Đơn vị chủ trì (mã hoặc tên)", nameof(Input.LeadOrganisationId), true, 30, Lead),
        new("Người chủ trì (tên đăng nhập)", nameof(Input.OwnerId), true, 20, Owner),
        new("Đơn vị phối hợp (mã, cách nhau bởi ;)", nameof(Input.CoordinatingOrganisationIds), false, 24, Coordinators),
        new("Lãnh đạo giao", nameof(Input.AssignedBy), true, 28),
        new("Ngày giao (dd/mm/yyyy, có thể trống)", nameof(Input.AssignedOn), false, 14, (text, _) => Date(text, "Ngày giao")),
        new("Hạn hoàn thành (dd/mm/yyyy)", nameof(Input.DueOn), true, 14, (text, _) => Date(text, "Hạn hoàn thành")),
        new("Định kỳ", nameof(Input.Recurrence), false, 14,
            (text, _) => Cells.Choice(text, Recurrences, "Định kỳ để trống hoặc ghi một trong: Hằng tuần, Hằng tháng, Hằng quý, Sáu tháng, Hằng năm.")),
        new("Hạn kỳ cuối (dd/mm/yyyy)", nameof(Input.LastDueOn), false, 14, (text, _) => Date(text, "Hạn kỳ cuối")),
        new("Kết quả/sản phẩm", nameof(Input.ExpectedResult), false, 30) { Aliases = ["kết quả, sản phẩm"] },
        new("Hình thức sản phẩm", nameof(Input.ResultForm), false, 20,
            (text, _) => Cells.Choice(text, Forms, "Hình thức sản phẩm ghi một trong các tên ở trang \"Hướng dẫn\" (để trống là Báo cáo).")),
        new("Mức ưu tiên", nameof(Input.Priority), false, 12, (text, _) => Cells.Choice(text, Priorities, "Mức ưu tiên ghi một trong: Thường, Cao, Khẩn.")),
        new("Tỉnh liên quan (mã hoặc tên, cách nhau bởi ;)", nameof(Input.ProvinceCodes), false, 24, Provinces),
    ]);

    private static CellReading Date(string text, string label)
    {
        if (text.Trim().Length == 0) return CellReading.Of(null);
        return DateInput.TryParse(text, out var day) ? CellReading.Of(day)
            : CellReading.Refused($"{label} “{text.Trim()}” không hợp lệ: ghi ngày dạng dd/mm/yyyy, ví dụ 21/11/2026.");
    }

    /// <summary>A document of the register the importer sees, by its number; blank for a task no document assigns.</summary>
    private static CellReading Document(string text, TaskImport.Lookups lookups)
    {
        var number = text.Trim();
        if (number.Length == 0) return CellReading.Of(null);
        return lookups.Documents.TryGetValue(number, out var ids) switch
        {
            false => CellReading.Refused($"Không có văn bản số “{number}” trong sổ văn bản giao nhiệm vụ mà bạn xem được; hãy cập nhật văn bản vào sổ trước."),
            true when ids.Count > 1 => CellReading.Refused($"Sổ văn bản có {ids.Count} văn bản cùng số “{number}”; hãy giao nhiệm vụ này trên trang của văn bản."),
            _ => CellReading.Of((int?)ids[0]),
        };
    }

    private static CellReading Lead(string text, TaskImport.Lookups lookups)
    {
        var name = text.Trim();
        if (name.Length == 0) return CellReading.Refused("Nhập đơn vị chủ trì (mã hoặc tên đầy đủ).");
        return lookups.Units.TryGetValue(name, out var id) ? CellReading.Of((int?)id)
            : CellReading.Refused($"Không có đơn vị “{name}” thuộc Bộ hoặc Sở Công Thương; ghi mã hoặc tên đúng như trang \"Đơn vị\".");
    }

    private static CellReading Owner(string text, TaskImport.Lookups lookups)
    {
        var name = text.Trim();
        if (name.Length == 0) return CellReading.Refused("Nhập tên đăng nhập của người chủ trì.");
        return lookups.Users.TryGetValue(name, out var id) ? CellReading.Of(id)
            : CellReading.Refused($"Không có tài khoản đang hoạt động tên đăng nhập “{name}”.");
    }

    private static CellReading Coordinators(string text, TaskImport.Lookups lookups)
    {
        var names = List(text);
        var unknown = names.Where(n => !lookups.Units.ContainsKey(n)).ToList();
        return unknown.Count > 0 ? CellReading.Refused($"Không có đơn vị: {string.Join("; ", unknown)}.")
            : CellReading.Of(names.Select(n => lookups.Units[n]).ToArray());
    }

    private static CellReading Provinces(string text, TaskImport.Lookups lookups)
    {
        var names = List(text).Select(n => Cells.Code(n, 2)).ToList();
        var unknown = names.Where(n => !lookups.Provinces.ContainsKey(n)).ToList();
        return unknown.Count > 0 ? CellReading.Refused($"Không có tỉnh, thành phố: {string.Join("; ", unknown)}; xem trang \"Tỉnh\".")
            : CellReading.Of(names.Select(n => lookups.Provinces[n]).ToArray());
    }

    private static List<string> List(string text) => [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static async Task WriteAsync(CauNoiDb db, Stream output, CancellationToken ct = default)
    {
        var units = await db.Organisations.Where(TaskImport.MayLead).OrderBy(o => o.Kind).ThenBy(o => o.Code)
            .Select(o => new { o.Code, o.Name }).ToListAsync(ct);
        var provinces = await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        Definition.Write(output,
            new XlsxSheet("Đơn vị", ["Mã đơn vị", "Tên đơn vị"], units.Select(u => new object?[] { u.Code, u.Name }), [16, 60]),
            new XlsxSheet("Tỉnh", ["Mã tỉnh", "Tên tỉnh, thành phố"], provinces.Select(p => new object?[] { p.Code, p.Name }), [10, 40]),
            new XlsxSheet("Hướng dẫn", ["Hướng dẫn điền danh sách nhiệm vụ"], Guide().Select(line => new object?[] { line }), [120]));
    }

    private static IEnumerable<string> Guide() =>
    [
        "Mỗi dòng của trang \"Nhiệm vụ\" là một nhiệm vụ; giữ nguyên dòng tiêu đề cột, không chèn dòng trống giữa các nhiệm vụ.",
        "Bắt buộc: Nội dung nhiệm vụ, Đơn vị chủ trì, Người chủ trì, Lãnh đạo giao, Hạn hoàn thành. Các cột khác có thể để trống.",
        "Số hiệu văn bản giao: số, ký hiệu đúng như trong sổ văn bản (ví dụ 123/QĐ-BCT); văn bản phải được cập nhật vào sổ trước. Để trống nếu lãnh đạo giao trực tiếp.",
        "Đơn vị chủ trì, đơn vị phối hợp: mã hoặc tên đầy đủ ở trang \"Đơn vị\"; nhiều đơn vị phối hợp cách nhau bởi dấu chấm phẩy (;).",
        "Người chủ trì: tên đăng nhập của một cán bộ thuộc đơn vị chủ trì.",
        "Ngày giao: để trống là ngày ban hành văn bản giao (hoặc hôm nay). Các ngày ghi dạng dd/mm/yyyy.",
        "Định kỳ: để trống nếu giao một lần; hoặc " + string.Join(", ", TaskNames.All<Recurrence>(TaskNames.Of).Skip(1).Select(r => r.Name))
            + ". Khi đó Hạn hoàn thành là hạn của kỳ đầu tiên và phải có Hạn kỳ cuối; mỗi kỳ là một nhiệm vụ được theo dõi riêng.",
        "Hình thức sản phẩm: " + string.Join(", ", TaskNames.All<ResultForm>(TaskNames.Of).Select(f => f.Name)) + " (để trống là Báo cáo).",
        "Mức ưu tiên: " + string.Join(", ", TaskNames.All<TaskPriority>(TaskNames.Of).Select(p => p.Name)) + " (để trống là Thường).",
        "Tỉnh liên quan: mã hoặc tên ở trang \"Tỉnh\", cách nhau bởi dấu chấm phẩy (;).",
        "Nên định dạng các cột mã và ngày là Văn bản (Text) để Excel không đổi cách ghi.",
        "Nếu có dòng chưa hợp lệ, hệ thống không lưu nhiệm vụ nào và liệt kê từng dòng cần sửa.",
    ];
}
