using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// A recognised product's certificate as a Decree 30 .docx for the issuing authority to sign: the provincial People's
/// Committee for a provincial round (it recognises and certifies, per the provincial rules), the Ministry of Industry and
/// Trade for a regional or national round. Its number is the one the round's publication gave it.
/// </summary>
public static class AwardCertificate
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public sealed record Facts(string CertificateNumber, string ProductName, bool IsProductSet, string GroupName, string FacilityName, string? FacilityTaxCode,
        string? FacilityAddress, string ProvinceName, AwardLevel Level, int Year, string RoundTitle, decimal? Average, int? Rank, DateOnly IssuedOn);

    public static byte[] ToBytes(Facts f)
    {
        var ministry = f.Level != AwardLevel.Provincial;
        var issuer = ministry
            ? new Issuer(null, "BỘ CÔNG THƯƠNG", $"Số: {f.CertificateNumber}", "Hà Nội", f.IssuedOn)
            : new Issuer(null, "ỦY BAN NHÂN DÂN " + f.ProvinceName.ToUpper(VietnameseText.Culture), $"Số: {f.CertificateNumber}", Place(f.ProvinceName), f.IssuedOn);
        var what = f.IsProductSet ? "Bộ sản phẩm" : "Sản phẩm";
        var document = new OfficialDocument(issuer, "GIẤY CHỨNG NHẬN",
                $"Sản phẩm công nghiệp nông thôn tiêu biểu {AwardNames.Of(f.Level).ToLower(VietnameseText.Culture)} năm {f.Year}")
            .Paragraph($"{(ministry ? "Bộ Công Thương" : "Ủy ban nhân dân " + f.ProvinceName)} chứng nhận {what.ToLower(VietnameseText.Culture)} dưới đây "
                + $"được công nhận là sản phẩm công nghiệp nông thôn tiêu biểu {AwardNames.Of(f.Level).ToLower(VietnameseText.Culture)} năm {f.Year} "
                + $"theo kết quả {LowerFirst(f.RoundTitle)}:")
            .Table(Columns, Rows(f, what));
        var signer = ministry ? new Signer("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "") : new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "");
        return document.ToBytes([$"- {f.FacilityName};", "- Sở Công Thương " + f.ProvinceName + ";", "- Lưu: VT."], signer);
    }

    // The label column fits "Số giấy chứng nhận" on one line; the value column takes the rest (about 100 mm), in which
    // a certificate number ("123/CNNTTB-QG-2055-2") and a tax code fit without breaking.
    private static readonly IReadOnlyList<TableColumn> Columns = [new("Nội dung", 60, NoWrap: true), new("Thông tin", 0)];

    private static IEnumerable<IReadOnlyList<string>> Rows(AwardCertificate.Facts f, string what)
    {
        yield return ["Số giấy chứng nhận", f.CertificateNumber];
        yield return [what, f.ProductName];
        yield return ["Nhóm sản phẩm", f.GroupName];
        yield return ["Cơ sở sản xuất", f.FacilityName];
        if (f.FacilityTaxCode is { } tax) yield return ["Mã số thuế", tax];
        if (f.FacilityAddress is { } address) yield return ["Địa chỉ", address];
        yield return ["Tỉnh, thành phố", f.ProvinceName];
        if (f.Average is { } average) yield return ["Điểm trung bình", Display.Number(average, 2)];
        if (f.Rank is { } rank) yield return ["Xếp hạng", rank.ToString()];
    }

    /// <summary>"Thành phố Hà Nội" is dated at "Hà Nội", "Tỉnh Tuyên Quang" at "Tuyên Quang".</summary>
    private static string Place(string province)
    {
        foreach (var prefix in new[] { "Thành phố ", "Tỉnh " })
            if (province.StartsWith(prefix, StringComparison.Ordinal)) return province[prefix.Length..];
        return province;
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];

    public static async Task<Facts?> FactsAsync(CauNoiDb db, IQueryable<Nomination> visible, int id, CancellationToken ct)
    {
        var x = await visible.Where(n => n.Id == id)
            .Join(db.AwardRounds, n => n.RoundId, r => r.Id, (n, r) => new { n, r })
            .Select(x => new
            {
                x.n, x.r.Level, x.r.Year, x.r.Title, x.r.UpdatedAt, x.r.CouncilId,
                Province = db.Provinces.Where(p => p.Code == x.n.ProvinceCode).Select(p => p.Name).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (x is null) return null;
        if (x.n.CertificateNumber is null) return new Facts("", x.n.ProductName, false, "", "", null, null, "", x.Level, x.Year, x.Title, null, null, default);
        var entry = await db.CouncilEntries.Where(e => e.CouncilId == x.CouncilId && e.NominationId == id).Select(e => new { e.Average, e.Rank }).FirstOrDefaultAsync(ct);
        return new Facts(x.n.CertificateNumber, x.n.ProductName, x.n.IsProductSet, AwardNames.Of(x.n.Group), x.n.FacilityName, x.n.FacilityTaxCode, x.n.FacilityAddress,
            x.Province ?? x.n.ProvinceCode, x.Level, x.Year, x.Title, entry?.Average, entry?.Rank, VietnamTime.DayOf(x.UpdatedAt));
    }
}
