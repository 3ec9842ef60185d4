using System.Security.Claims;
using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Shared.Layout;

/// <summary>Who sees a menu entry: the roles whose pages' authorization lets them open it.</summary>
public sealed record Audience(string Name, Func<ClaimsPrincipal, bool> Includes)
{
    public static readonly Audience Everyone = new("mọi tài khoản", _ => true);
    public static readonly Audience Localities = new("Sở, xã",
        u => u.IsInRole(Roles.ProvinceOfficer) || u.IsInRole(Roles.CommuneOfficer));
    /// <summary>Officers of the Ministry's units and the administrator: those who act for the Ministry (a leader directs, see Actor.Acts).</summary>
    public static readonly Audience MinistryStaff = new("cán bộ đơn vị thuộc Bộ, quản trị",
        u => u.IsInRole(Roles.SystemAdministrator) || (u.IsInRole(Roles.MinistryOfficer) && !u.IsInRole(Roles.MinistryLeader)));
    public static readonly Audience Ministry = new("Bộ (lãnh đạo, đơn vị, quản trị)",
        u => u.IsInRole(Roles.SystemAdministrator) || u.IsInRole(Roles.MinistryLeader) || u.IsInRole(Roles.MinistryOfficer));
    /// <summary>Every account but a commune's: the tasks register is the Ministry's and the provinces' (see TaskUnits.SeesTasks).</summary>
    public static readonly Audience AllButCommunes = new("mọi tài khoản trừ cấp xã", u => !u.IsInRole(Roles.CommuneOfficer));
    public static readonly Audience Administrators = new("quản trị", u => u.IsInRole(Roles.SystemAdministrator));
}

/// <summary>
/// One entry of the main menu. <paramref name="Planned"/> marks a feature not built yet: it shows where the feature
/// goes, and is shown only when <c>CauNoi:Navigation:ShowPlanned</c> is set (tests of the layout); building the
/// feature removes the mark.
/// </summary>
public sealed record MenuItem(string Title, string Path, Audience Audience, bool Planned = false);

public sealed record MenuSection(string Title, IReadOnlyList<MenuItem> Items);

/// <summary>The main menu, in one table: a feature adds its line to its section; the layout shows each caller only what they may open.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<MenuSection> Sections =
    [
        new("Kiến nghị",
        [
            new("Danh sách kiến nghị", "/kien-nghi", Audience.Everyone),
            new("Gửi kiến nghị", "/kien-nghi/gui", Audience.Localities),
            new("Ghi nhận kiến nghị", "/kien-nghi/gui", Audience.MinistryStaff),
            new("Nhập danh sách từ hội nghị", "/kien-nghi/nhap-hoi-nghi", Audience.MinistryStaff),
            new("Thư viện câu trả lời", "/kien-nghi/thu-vien", Audience.Everyone),
        ]),
        new("Nhiệm vụ",
        [
            new("Nhiệm vụ được giao", "/nhiem-vu", Audience.AllButCommunes),
            new("Sổ văn bản", "/van-ban", Audience.AllButCommunes),
            new("Giao nhiệm vụ", "/nhiem-vu/giao", Audience.AllButCommunes),
            new("Nhập nhiệm vụ từ Excel", "/nhiem-vu/nhap-excel", Audience.AllButCommunes),
            new("Bảng điều khiển nhiệm vụ", "/nhiem-vu/bang-dieu-khien", Audience.AllButCommunes),
        ]),
        new("Hội nghị",
        [
            new("Hội nghị, đoàn công tác", "/hoi-nghi", Audience.AllButCommunes),
            new("Thêm hội nghị, đoàn công tác", "/hoi-nghi/moi", Audience.Ministry),
            new("Lịch hội nghị, đoàn công tác", "/hoi-nghi/lich", Audience.AllButCommunes),
            new("Đoàn công tác của lãnh đạo phụ trách tỉnh", "/hoi-nghi/lanh-dao-phu-trach", Audience.Ministry),
        ]),
        new("Chỉ tiêu",
        [
            new("Báo cáo số liệu", "/chi-tieu/bao-cao", Audience.AllButCommunes),
            new("Chỉ tiêu và kết quả", "/chi-tieu/ket-qua", Audience.Everyone),
            new("Chỉ tiêu kế hoạch", "/chi-tieu/ke-hoach", Audience.Everyone),
            new("Danh mục chỉ tiêu", "/chi-tieu", Audience.Everyone),
        ]),
        new("Cụm công nghiệp",
        [
            new("Danh sách cụm công nghiệp", "/cum-cong-nghiep", Audience.Everyone),
            new("Thống kê cụm công nghiệp", "/cum-cong-nghiep/thong-ke", Audience.Everyone),
            new("Bản đồ cụm công nghiệp", "/cum-cong-nghiep/ban-do", Audience.Everyone),
        ]),
        new("Khuyến công",
        [
            new("Kế hoạch khuyến công", "/khuyen-cong", Audience.Everyone),
            new("Đề án khuyến công", "/khuyen-cong/de-an", Audience.Everyone),
            new("Số liệu khuyến công", "/khuyen-cong/so-lieu", Audience.AllButCommunes),
            new("Bình chọn sản phẩm CNNT tiêu biểu", "/binh-chon", Audience.Everyone),
            new("Sản phẩm CNNT tiêu biểu cấp quốc gia", "/binh-chon/quoc-gia", Audience.Everyone),
            new("Hội đồng chấm điểm", "/hoi-dong", Audience.Everyone),
        ]),
        new("Báo cáo",
        [
            new("Báo cáo tuần", "/bao-cao-tuan", Audience.Everyone),
        ]),
        new("Danh mục",
        [
            new("Đơn vị hành chính", "/don-vi-hanh-chinh", Audience.Everyone),
            new("Cơ quan, đơn vị", "/to-chuc", Audience.Everyone),
            new("Lịch làm việc", "/lich-lam-viec", Audience.Everyone),
        ]),
        new("Quản trị",
        [
            new("Người dùng", "/quan-tri/nguoi-dung", Audience.Administrators),
            new("Đơn vị thuộc Bộ", "/quan-tri/don-vi-thuoc-bo", Audience.Administrators),
            new("Lĩnh vực", "/quan-tri/linh-vuc", Audience.Administrators),
            new("Lãnh đạo phụ trách tỉnh", "/quan-tri/phu-trach-tinh", Audience.Administrators),
            new("Ngày nghỉ, ngày làm bù", "/quan-tri/ngay-nghi", Audience.Administrators),
            new("Nhật ký thay đổi", "/quan-tri/nhat-ky", Audience.Administrators),
            new("Cài đặt", "/quan-tri/cai-dat", Audience.Administrators),
        ]),
    ];

    /// <summary>The sections this caller sees, each with at least one entry, in the table's order.</summary>
    public static IReadOnlyList<MenuSection> For(ClaimsPrincipal user, bool showPlanned = false) =>
    [
        .. from section in Sections
           let items = section.Items.Where(i => (showPlanned || !i.Planned) && i.Audience.Includes(user)).ToList()
           where items.Count > 0
           select section with { Items = items },
    ];

    /// <summary>The entry the page at <paramref name="path"/> belongs to: the longest path that is the page's or one of its parents'.</summary>
    public static MenuItem? Current(IEnumerable<MenuSection> sections, string path) =>
        sections.SelectMany(s => s.Items)
            .Where(i => path.Equals(i.Path, StringComparison.OrdinalIgnoreCase) || path.StartsWith(i.Path + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.Path.Length);
}
