using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The communes a cluster lies in, as a page, the API or an import names them: today's commune, or the former commune
/// (its code before 1/7/2025) that the statistics office's lineage maps to today's. A former commune keeps its name and
/// its district's on the location, since the district, abolished with the merger, is how older records name the area.
/// </summary>
public static class ClusterPlaces
{
    public const int MostLocations = 10;

    /// <summary>The locations, each commune once and in the province; null with the refusals under "Locations".</summary>
    public static async Task<List<ClusterLocation>?> ResolveAsync(CauNoiDb db, string provinceCode, IReadOnlyList<LocationInput>? inputs, FieldErrors errors, CancellationToken ct)
    {
        const string field = "Locations";
        var given = (inputs ?? []).Where(l => !string.IsNullOrWhiteSpace(l.CommuneCode) || !string.IsNullOrWhiteSpace(l.FormerCommuneCode)).ToList();
        if (given.Count == 0) { errors.Add(field, "Chọn ít nhất một xã, phường nơi có cụm công nghiệp (xã, phường hiện nay hoặc mã xã cũ trước 01/7/2025)."); return null; }
        if (given.Count > MostLocations) { errors.Add(field, $"Một cụm công nghiệp nằm trên tối đa {MostLocations} xã, phường."); return null; }

        var locations = new List<ClusterLocation>();
        var before = errors.Count;
        foreach (var input in given)
        {
            var commune = input.CommuneCode?.Trim();
            var former = input.FormerCommuneCode?.Trim();
            if (!string.IsNullOrEmpty(former))
            {
                var rows = await db.CommuneLineage.Where(l => l.FormerCommuneCode == former)
                    .Select(l => new { l.CommuneCode, CommuneName = l.Commune!.Name, l.Commune.ProvinceCode, l.FormerCommuneName, l.FormerDistrictCode, l.FormerDistrictName, l.IsPartial })
                    .ToListAsync(ct);
                if (rows.Count == 0) { errors.Add(field, $"Không có xã cũ mã '{former}' trong bảng chuyển đổi đơn vị hành chính."); continue; }
                // Named with today's commune, the lineage row into it; else the one commune it went into whole.
                var row = !string.IsNullOrEmpty(commune) ? rows.FirstOrDefault(r => r.CommuneCode == commune)
                    : rows.Select(r => r.CommuneCode).Distinct().Count() == 1 ? rows[0]
                    : rows.Where(r => !r.IsPartial).ToList() is [var whole] ? whole : null;
                if (row is null)
                {
                    errors.Add(field, !string.IsNullOrEmpty(commune)
                        ? $"Xã cũ {rows[0].FormerCommuneName} ({former}) không nhập vào xã, phường mã '{commune}'."
                        : $"Xã cũ {rows[0].FormerCommuneName} ({former}) đã được chia cho nhiều xã, phường mới ({string.Join(", ", rows.Select(r => r.CommuneName).Distinct())}): vui lòng chọn xã, phường hiện nay nơi có cụm công nghiệp.");
                    continue;
                }
                if (row.ProvinceCode != provinceCode) { errors.Add(field, $"Xã cũ {row.FormerCommuneName} ({former}) nay thuộc {row.CommuneName}, không thuộc tỉnh, thành phố của cụm công nghiệp."); continue; }
                locations.Add(new ClusterLocation
                {
                    CommuneCode = row.CommuneCode, FormerCommuneCode = former, FormerCommuneName = row.FormerCommuneName,
                    FormerDistrictCode = row.FormerDistrictCode, FormerDistrictName = row.FormerDistrictName,
                });
                continue;
            }
            var found = await db.Communes.Where(c => c.Code == commune).Select(c => new { c.Code, c.Name, c.ProvinceCode }).FirstOrDefaultAsync(ct);
            if (found is null) errors.Add(field, $"Không có xã, phường mã '{commune}'.");
            else if (found.ProvinceCode != provinceCode) errors.Add(field, $"{found.Name} ({found.Code}) không thuộc tỉnh, thành phố của cụm công nghiệp.");
            else locations.Add(new ClusterLocation { CommuneCode = found.Code });
        }
        if (locations.Select(l => (l.CommuneCode, l.FormerCommuneCode)).Distinct().Count() != locations.Count) errors.Add(field, "Mỗi xã, phường chỉ ghi một lần.");
        return errors.Count > before ? null : locations;
    }

    /// <summary>The former province the cluster was recorded in, when all its former communes name one.</summary>
    public static async Task<string?> FormerProvinceAsync(CauNoiDb db, IReadOnlyList<ClusterLocation> locations, CancellationToken ct)
    {
        var former = locations.Select(l => l.FormerCommuneCode).OfType<string>().ToArray();
        if (former.Length == 0) return null;
        var provinces = await db.CommuneLineage.Where(l => former.Contains(l.FormerCommuneCode)).Select(l => l.FormerProvinceCode).Distinct().ToListAsync(ct);
        return provinces is [var one] ? one : null;
    }
}
