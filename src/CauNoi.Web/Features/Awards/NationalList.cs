using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// The products recognised in a year's national rounds once published: how many by province and by group, and the list.
/// Published results are everyone's, so every signed-in account reads it. A year before the 2025 merger is counted by
/// the provinces of the time.
/// </summary>
public sealed record NationalList(int Year, int Products, int Provinces, IReadOnlyList<NationalList.Count> ByProvince, IReadOnlyList<NationalList.Count> ByGroup,
    IReadOnlyList<NationalList.Product> Items)
{
    public sealed record Count(string Code, string Name, int Products);

    public sealed record Product(int NominationId, string ProvinceCode, string ProvinceName, ProductGroup Group, string GroupName, string ProductName,
        string FacilityName, decimal? Average, int? Rank, string? CertificateNumber, bool IsDemo);

    public static async Task<NationalList> ReadAsync(CauNoiDb db, int year, CancellationToken ct)
    {
        var rows = await db.Nominations.AsNoTracking()
            .Join(db.AwardRounds.Where(r => r.Year == year && r.Level == AwardLevel.National && r.Stage == RoundStage.Closed), n => n.RoundId, r => r.Id, (n, r) => new { n, r.CouncilId })
            .Where(x => x.n.Recognised == true)
            .Select(x => new
            {
                x.n.Id, x.n.ProvinceCode, x.n.FormerProvinceCode,
                Province = db.Provinces.Where(p => p.Code == x.n.ProvinceCode).Select(p => p.Name).FirstOrDefault(),
                Former = db.FormerProvinces.Where(p => p.Code == x.n.FormerProvinceCode).Select(p => p.Name).FirstOrDefault(),
                x.n.Group, x.n.ProductName, x.n.FacilityName, x.n.CertificateNumber, x.n.CertificateSeq, x.n.IsDemo,
                Entry = db.CouncilEntries.Where(e => e.CouncilId == x.CouncilId && e.NominationId == x.n.Id).Select(e => new { e.Average, e.Rank }).FirstOrDefault(),
            }).ToListAsync(ct);
        // A round before the 2025 merger counts the provinces as they then were (2023: 173 products of 54 provinces),
        // each named with the province it is part of today.
        var items = rows.Select(x => new Product(x.Id, x.FormerProvinceCode ?? x.ProvinceCode,
                x.Former is { } former && former != x.Province ? $"{former} (nay thuộc {x.Province})" : x.Province ?? x.ProvinceCode, x.Group, AwardNames.Of(x.Group), x.ProductName, x.FacilityName,
                x.Entry?.Average, x.Entry?.Rank, x.CertificateNumber, x.IsDemo))
            .OrderBy(p => p.ProvinceName, VietnameseText.Order).ThenBy(p => p.Group).ThenBy(p => p.ProductName, VietnameseText.Order).ToList();
        var byProvince = items.GroupBy(p => (p.ProvinceCode, p.ProvinceName)).Select(g => new Count(g.Key.ProvinceCode, g.Key.ProvinceName, g.Count()))
            .OrderBy(c => c.Name, VietnameseText.Order).ToList();
        var byGroup = Enum.GetValues<ProductGroup>().Select(g => new Count(g.ToString(), AwardNames.Of(g), items.Count(p => p.Group == g))).ToList();
        return new(year, items.Count, byProvince.Count, byProvince, byGroup, items);
    }

    public byte[] ToXlsx(DateOnly today)
    {
        string[] header = ["STT", "Tỉnh, thành phố", "Nhóm sản phẩm", "Sản phẩm", "Cơ sở sản xuất", "Điểm trung bình", "Xếp hạng", "Số giấy chứng nhận"];
        var n = 0;
        return XlsxWriter.ToBytes(
            new XlsxSheet("Sản phẩm", header,
                Items.Select(p => (IReadOnlyList<object?>)[++n, p.ProvinceName, p.GroupName, p.ProductName, p.FacilityName, p.Average, p.Rank, p.CertificateNumber]),
                [6, 24, 30, 40, 36, 12, 10, 24],
                [$"Sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm {Year}: {Products} sản phẩm của {Provinces} tỉnh, thành phố", $"Lập ngày {Display.Date(today)}."],
                [0, null, null, null, null, 2, 0, null]),
            new XlsxSheet("Theo tỉnh", ["Mã tỉnh", "Tỉnh, thành phố", "Số sản phẩm"], ByProvince.Select(c => (IReadOnlyList<object?>)[c.Code, c.Name, c.Products]), [10, 30, 14]),
            new XlsxSheet("Theo nhóm", ["Nhóm sản phẩm", "Số sản phẩm"], ByGroup.Select(c => (IReadOnlyList<object?>)[c.Name, c.Products]), [44, 14]));
    }
}
