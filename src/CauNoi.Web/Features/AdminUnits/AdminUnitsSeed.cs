using System.Reflection;

namespace CauNoi.Web.Features.AdminUnits;

/// <summary>
/// Loads the administrative units shipped with the application (Data/Reference, see its
/// SOURCE.md): 34 provinces, 3,321 communes, 63 former provinces and the 10,571-row
/// former-to-new commune conversion table. Runs inside the caller's transaction, as start-up's.
/// </summary>
public static class AdminUnitsSeed
{
    public static async Task<bool> LoadAsync(CauNoiDb db, CancellationToken ct = default)
    {
        if (await db.Provinces.AnyAsync(ct)) return false;

        // Some 14,000 rows: written by the bulk path (the same text and search columns as a save, a fraction of its time),
        // then let go of, so that the saves after it do not look them over again.
        await db.AddInBulkAsync([.. Rows("provinces").Select(r => new Province { Code = r["code"], Name = r["name"], Type = r["type"] })], ct);
        await db.AddInBulkAsync([.. Rows("old_provinces").Select(r => new FormerProvince { Code = r["code"], Name = r["name"], NewProvinceCode = r["new_province_code"] })], ct);
        await db.AddInBulkAsync([.. Rows("communes").Select(r => new Commune { Code = r["code"], Name = r["name"], Type = r["type"], ProvinceCode = r["province_code"] })], ct);

        var mapping = Rows("commune_mapping").ToList();
        // A former commune that appears under several new communes was split between them.
        var split = mapping.Where(r => r["old_code"] != "").GroupBy(r => r["old_code"])
            .Where(g => g.Select(r => r["new_code"]).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        await db.AddInBulkAsync([.. mapping.Select(r => new CommuneLineage
        {
            CommuneCode = r["new_code"],
            FormerCommuneCode = NullIfEmpty(r["old_code"]),
            FormerCommuneName = NullIfEmpty(r["old_name"]),
            FormerDistrictCode = NullIfEmpty(r["old_district_code"]),
            FormerDistrictName = NullIfEmpty(r["old_district_name"]),
            FormerProvinceCode = r["old_province_code"],
            FormerProvinceName = r["old_province_name"],
            Note = NullIfEmpty(r["gso_note"]),
            IsPartial = split.Contains(r["old_code"]) || IsPartialNote(r["gso_note"]),
        })], ct);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>"Nhập một phần", "Phần còn lại sau khi tách..." (and the table's own typos) say part of a unit moved.</summary>
    public static bool IsPartialNote(string note) =>
        VietnameseText.Fold(note) is var n && (n.Contains("mot phan") || n.StartsWith("phan con lai"));

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IEnumerable<Dictionary<string, string>> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"reference/{file}.csv")
            ?? throw new InvalidOperationException($"Missing reference file {file}.csv");
        using var reader = new StreamReader(stream);
        foreach (var row in Csv.Read(reader)) yield return row;
    }
}
