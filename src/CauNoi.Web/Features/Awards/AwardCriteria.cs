using CauNoi.Web.Features.Councils;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// The score form a round's council starts with: the four criteria groups of the selection (Thông tư 35/2010/TT-BCT),
/// one criterion each, totalling 100 points. The groups are confirmed; the points given to each are NOT (no text of the
/// breakdown was found): the council may change them before scoring, and the round's page says so.
/// </summary>
public static class AwardCriteria
{
    public const string Unconfirmed = "Bốn nhóm tiêu chí theo Thông tư 35/2010/TT-BCT; số điểm của từng nhóm (tổng 100 điểm) là mặc định của hệ thống, chưa được đối chiếu với văn bản quy định, Hội đồng điều chỉnh trước khi chấm.";

    public static readonly IReadOnlyList<(string Group, string Name, decimal MaxPoints)> Default =
    [
        ("Nhóm tiêu chí đáp ứng thị trường và khả năng phát triển sản xuất", "Khả năng đáp ứng thị trường, khả năng phát triển sản xuất", 35),
        ("Nhóm tiêu chí kinh tế – kỹ thuật – xã hội – môi trường", "Hiệu quả kinh tế – kỹ thuật, xã hội và môi trường", 30),
        ("Nhóm tiêu chí văn hóa – thẩm mỹ", "Giá trị văn hóa, thẩm mỹ của sản phẩm", 25),
        ("Nhóm tiêu chí khác", "Các tiêu chí khác (bảo hộ sở hữu trí tuệ, chứng nhận chất lượng…)", 10),
    ];

    public static List<CouncilCriterion> ForNewCouncil() =>
        [.. Default.Select((c, i) => new CouncilCriterion { Order = i + 1, Group = c.Group, Name = c.Name, MaxPoints = c.MaxPoints, Weight = 1 })];
}
