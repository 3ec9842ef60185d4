using System.Globalization;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// Who reads which khuyến công figures, and the question a caller asks (year, kind, province) checked once for the page and
/// the API. Every Ministry account (and the administrators, the Ministry's leaders and the hub) reads the country and any
/// province; a province's department reads its own province only: its lines, never the country's totals (a province other
/// than its own is 404, as a record out of its scope). A commune's office keeps no plan and is refused (403): the figures
/// are the plans', and its proposals are read one by one in the proposals' list.
/// </summary>
public static class PromotionFiguresScope
{
    public const string CommuneRefused = "Số liệu khuyến công là số liệu kế hoạch của Bộ và của tỉnh; tài khoản cấp xã xem các đề án trên địa bàn trong danh sách đề án.";

    /// <summary>The question, checked: the figures' arguments, or the refusal with its status (400, 403 or 404) and message.</summary>
    public sealed record Question(int Year, PlanKind? Kind, string? ProvinceCode, int Status = 200, string? Refusal = null);

    /// <summary>Reads all provinces: Ministry accounts, and whoever the scope rule lets see everything.</summary>
    public static bool SeesCountry(Actor actor, Scope scope) => scope.SeesAll || actor.IsMinistry || actor.IsAdministrator;

    public static async Task<Question> AskAsync(CauNoiDb db, Actor? actor, Scope scope, string? year, string? kind, string? province, DateOnly today, CancellationToken ct)
    {
        if (actor is null) return new(0, null, null, 401, "Bạn cần đăng nhập để xem số liệu khuyến công.");
        if (!SeesCountry(actor, scope) && actor.OrganisationKind != OrganisationKind.ProvincialDepartment) return new(0, null, null, 403, CommuneRefused);

        var asked = PromotionFigures.DefaultYear(today);
        if (!string.IsNullOrWhiteSpace(year) && !int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out asked))
            return new(0, null, null, 400, $"Năm kế hoạch “{year}” không hợp lệ: ghi năm bằng bốn chữ số, như {today.Year}.");
        if (PromotionFigures.Refusal(asked, today) is { } wrongYear) return new(asked, null, null, 400, wrongYear);

        PlanKind? planKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<PlanKind>(kind.Trim(), ignoreCase: true, out var k) || !Enum.IsDefined(k) || kind.Trim().All(char.IsAsciiDigit))
                return new(asked, null, null, 400, $"Loại kế hoạch “{kind}” không hợp lệ: chọn National (kế hoạch quốc gia) hoặc Local (kế hoạch địa phương).");
            planKind = k;
        }

        var code = string.IsNullOrWhiteSpace(province) ? null : province.Trim();
        if (code is not null && !await db.Provinces.AnyAsync(p => p.Code == code, ct))
            return new(asked, planKind, null, 400, $"Không có tỉnh, thành phố mã “{code}”: chọn một trong 34 tỉnh, thành phố theo mã của Cục Thống kê (như 01 là Hà Nội).");
        if (!SeesCountry(actor, scope))
        {
            // A department: its own province, whether it names it or not.
            if (code is not null && code != actor.ProvinceCode) return new(asked, planKind, code, 404, Problems.DetailFor(404));
            code = actor.ProvinceCode;
        }
        return new(asked, planKind, code);
    }
}
