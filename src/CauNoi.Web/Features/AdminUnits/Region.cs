namespace CauNoi.Web.Features.AdminUnits;

/// <summary>The three regions the Ministry holds its conferences and follows its figures by.</summary>
public enum Region { North = 1, Centre = 2, South = 3 }

public static class Regions
{
    public static string Name(Region region) => region switch
    {
        Region.North => "Khu vực phía Bắc",
        Region.Centre => "Khu vực miền Trung",
        Region.South => "Khu vực phía Nam",
        _ => region.ToString(),
    };

    /// <summary>
    /// The region a query names (North, Centre, South, in any case; none: the country), or false with the refusal: a number
    /// is refused though the enum would take it.
    /// </summary>
    public static bool TryParse(string? text, out Region? region, out string refusal)
    {
        region = null;
        refusal = $"Khu vực “{text}” không hợp lệ: chọn North (phía Bắc), Centre (miền Trung) hoặc South (phía Nam), hoặc để trống là cả nước.";
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!Enum.TryParse<Region>(text, ignoreCase: true, out var r) || !Enum.IsDefined(r) || int.TryParse(text, out _)) return false;
        region = r;
        return true;
    }

    /// <summary>
    /// A province's region. The statistics office's codes run from north to south, so the regions are ranges of them: up
    /// to Ninh Bình (37) the North; Thanh Hóa (38) to Lâm Đồng (68), the North Central and Central Coast with the Central
    /// Highlands, the Centre; from Đồng Nai (75), the South. Former provinces keep the code ranges of the province they
    /// merged into, so one rule serves both.
    /// </summary>
    public static Region Of(string provinceCode) => string.CompareOrdinal(provinceCode, "37") <= 0 ? Region.North
        : string.CompareOrdinal(provinceCode, "68") <= 0 ? Region.Centre
        : Region.South;
}
