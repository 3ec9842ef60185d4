namespace CauNoi.Tests.Shared;

public class LegacyVietnameseTests
{
    [Theory]
    [InlineData("Bé C«ng Th\u00ad¬ng", "Bộ Công Thương")]
    [InlineData("Së C«ng Th\u00ad¬ng Hµ Néi", "Sở Công Thương Hà Nội")]
    [InlineData("V\u00adíng m¾c gi¶i phãng mÆt b»ng", "Vướng mắc giải phóng mặt bằng")]
    [InlineData("§Ò nghÞ h\u00adíng dÉn", "Đề nghị hướng dẫn")]
    public void Tcvn3_IsRecognisedAndConverted(string typed, string unicode)
    {
        Assert.Equal(LegacyEncoding.Tcvn3, LegacyVietnamese.Detect(typed));
        Assert.Equal(unicode, LegacyVietnamese.FromTcvn3(typed));
    }

    [Theory]
    [InlineData("Boä Coâng Thöông ñeà nghò")]
    [InlineData("Vöôùng maéc giaûi phoùng maët baèng")]
    public void Vni_IsRecognised(string typed) => Assert.Equal(LegacyEncoding.Vni, LegacyVietnamese.Detect(typed));

    [Theory]
    [InlineData("Bộ Công Thương đề nghị hướng dẫn")]       // Unicode
    [InlineData("Kien nghi ve cum cong nghiep")]            // typed without marks
    [InlineData("Nhiệt độ 25°C · độ ẩm 80%")]               // Unicode with symbols
    [InlineData("Müller & Söhne GmbH")]                     // a foreign name in Latin-1
    public void OrdinaryText_IsLeftAlone(string text) => Assert.Equal(LegacyEncoding.None, LegacyVietnamese.Detect(text));
}
