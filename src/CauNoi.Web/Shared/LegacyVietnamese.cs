using System.Text;

namespace CauNoi.Web.Shared;

public enum LegacyEncoding { None, Tcvn3, Vni }

/// <summary>
/// Text typed with the pre-Unicode Vietnamese encodings still used in some offices: TCVN3 (ABC,
/// fonts .VnTime) arrives as Latin-1 letters such as "Bé C«ng Th­¬ng" and is converted; VNI
/// ("Boä Coâng Thöông") needs letter pairs to undo and is refused with a message saying so.
/// Both are recognised by using only Latin-1 characters, which no Unicode Vietnamese text does.
/// </summary>
public static class LegacyVietnamese
{
    // TCVN 5712:1993 (ABC): lower-case letters with their marks, and the seven capitals it has.
    private static readonly Dictionary<char, string> Tcvn3 = Pairs(
        "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ " +
        "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ " +
        "\u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ");

    /// <summary>Marks that TCVN3 writes in U+00A1–U+00BF, where VNI writes nothing.</summary>
    private static bool IsTcvn3Mark(char c) => c is >= '\u00a1' and <= '\u00bf' && Tcvn3.ContainsKey(c);

    /// <summary>VNI's trailing marks and its đ, ư, ơ: characters Vietnamese never writes in Latin-1.</summary>
    private static bool IsVniMark(char c) => "øûïäåñöëÖØÛÏÄÅÑ".Contains(c);

    public static LegacyEncoding Detect(string text)
    {
        if (text.Any(c => c > '\u00ff')) return LegacyEncoding.None;
        if (text.Count(IsTcvn3Mark) >= 2) return LegacyEncoding.Tcvn3;
        if (text.Count(IsVniMark) >= 3) return LegacyEncoding.Vni;
        return LegacyEncoding.None;
    }

    public static string FromTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Tcvn3.TryGetValue(c, out var unicode) ? unicode : c.ToString());
        return sb.ToString();
    }

    public const string VniRefusal =
        "có vẻ được gõ bằng bảng mã VNI, không phải Unicode. Vui lòng chuyển sang Unicode (ví dụ bằng chức năng chuyển mã của Unikey) rồi gửi lại.";

    private static Dictionary<char, string> Pairs(string table) =>
        table.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(p => p[0], p => p[1..]);
}
