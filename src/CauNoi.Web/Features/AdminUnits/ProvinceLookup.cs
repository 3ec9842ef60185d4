using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Web.Features.AdminUnits;

/// <summary>
/// Today's provinces as a spreadsheet names them: by code (Excel may drop its zero: 1 is 01), full name or short name
/// ("Hà Nội", "Thành phố Hà Nội"), without case or diacritics; a code wins over anything named like it.
/// </summary>
public sealed class ProvinceLookup(IReadOnlyDictionary<string, string> codes)
{
    public static async Task<ProvinceLookup> LoadAsync(CauNoiDb db, CancellationToken ct)
    {
        var provinces = await db.Provinces.Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var codes = new Dictionary<string, string>();
        foreach (var p in provinces)
        {
            codes[VietnameseText.Fold(p.Name)] = p.Code;
            codes.TryAdd(VietnameseText.Fold(OrganisationsSeed.ShortProvinceName(p.Name)), p.Code);
        }
        foreach (var p in provinces) codes[p.Code] = p.Code;
        return new(codes);
    }

    /// <summary>The province's code, null for an empty cell, or the refusal naming the template's sheet of provinces.</summary>
    public CellReading Read(string text)
    {
        var name = Cells.Code(text, 2);
        if (name.Length == 0) return CellReading.Of(null);
        return codes.TryGetValue(VietnameseText.Fold(name), out var code) ? CellReading.Of(code)
            : CellReading.Refused($"Không có tỉnh, thành phố “{name}”; ghi mã hoặc tên như ở trang \"Tỉnh\" của tệp mẫu.");
    }
}
