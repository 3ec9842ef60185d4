using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.AdminUnits;

/// <summary>Reads of the directory shared by its pages and its API.</summary>
public static class AdminUnitQueries
{
    public sealed record ProvinceSummary(string Code, string Name, string Type, int CommuneCount, IReadOnlyList<FormerProvinceItem> FormerProvinces);


    public static Task<List<ProvinceItem>> ProvincesAsync(CauNoiDb db) =>
        db.Provinces.OrderBy(p => p.Code)
            .Select(p => new ProvinceItem(p.Code, p.Name, p.Type, p.Communes.Count))
            .ToListAsync();

    /// <summary>The 34 provinces in Vietnamese alphabetical order, for pick lists.</summary>
    public static async Task<List<ProvinceItem>> ProvincesByNameAsync(CauNoiDb db) =>
        (await ProvincesAsync(db)).OrderBy(p => p.Name, VietnameseText.Order).ToList();

    /// <summary>The former provinces each province absorbed, by the code of the province.</summary>
    public static async Task<ILookup<string, FormerProvinceItem>> FormerProvincesByProvinceAsync(CauNoiDb db) =>
        (await db.FormerProvinces.OrderBy(f => f.Code)
            .Select(f => new { f.NewProvinceCode, Item = new FormerProvinceItem(f.Code, f.Name) }).ToListAsync())
        .ToLookup(f => f.NewProvinceCode, f => f.Item);

    /// <summary>A province and the former provinces it absorbed, without its communes.</summary>
    public static async Task<ProvinceSummary?> ProvinceSummaryAsync(CauNoiDb db, string code)
    {
        var p = await db.Provinces.Where(p => p.Code == code)
            .Select(p => new { p.Code, p.Name, p.Type, CommuneCount = p.Communes.Count }).FirstOrDefaultAsync();
        if (p is null) return null;
        var former = await db.FormerProvinces.Where(f => f.NewProvinceCode == code).OrderBy(f => f.Code)
            .Select(f => new FormerProvinceItem(f.Code, f.Name)).ToListAsync();
        return new ProvinceSummary(p.Code, p.Name, p.Type, p.CommuneCount, former);
    }

    public static async Task<ProvinceDetail?> ProvinceAsync(CauNoiDb db, string code)
    {
        if (await ProvinceSummaryAsync(db, code) is not { } p) return null;
        var communes = await db.Communes.Where(c => c.ProvinceCode == code).OrderBy(c => c.Code)
            .Select(c => new CommuneItem(c.Code, c.Name, c.Type, c.ProvinceCode, p.Name)).ToListAsync();
        return new ProvinceDetail(p.Code, p.Name, p.Type, communes.Count, p.FormerProvinces, communes);
    }

    public static async Task<CommuneDetail?> CommuneAsync(CauNoiDb db, string code)
    {
        var c = await db.Communes.Where(c => c.Code == code)
            .Select(c => new { c.Code, c.Name, c.Type, c.ProvinceCode, ProvinceName = c.Province!.Name }).FirstOrDefaultAsync();
        if (c is null) return null;
        var former = await db.CommuneLineage.Where(l => l.CommuneCode == code).OrderBy(l => l.FormerCommuneCode)
            .Select(l => new FormerUnit(l.FormerCommuneCode, l.FormerCommuneName, l.FormerDistrictCode, l.FormerDistrictName,
                l.FormerProvinceCode, l.FormerProvinceName, l.IsPartial, l.Note))
            .ToListAsync();
        return new CommuneDetail(c.Code, c.Name, c.Type, c.ProvinceCode, c.ProvinceName, former);
    }

    /// <summary>
    /// Communes whose name, or the name of a former commune, district or province they came
    /// from, contains the query, ignoring case and diacritics ("hoan kiem", "Quận Ba Đình").
    /// </summary>
    public static async Task<Page<CommuneItem>> SearchCommunesAsync(CauNoiDb db, string? province, string? q, int? page, int pageSize)
    {
        var communes = db.Communes.AsQueryable();
        if (!string.IsNullOrWhiteSpace(province)) communes = communes.Where(c => c.ProvinceCode == province.Trim());
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0)
        {
            var pattern = VietnameseText.LikeContains(folded);
            communes = communes.Where(c => EF.Functions.Like(c.SearchName, pattern, "\\")
                || c.Lineage.Any(l => EF.Functions.Like(l.SearchName, pattern, "\\")));
        }
        var rows = communes
            .OrderBy(c => c.ProvinceCode).ThenBy(c => c.Code)
            .Select(c => new CommuneItem(c.Code, c.Name, c.Type, c.ProvinceCode, c.Province!.Name));
        return await Page<CommuneItem>.ReadAsync(rows, page, pageSize);
    }
}
