using CauNoi.Web.Features.Councils;
using A = CauNoi.Web.Features.Awards.RoundStep;
using S = CauNoi.Web.Features.Awards.RoundStage;

namespace CauNoi.Web.Features.Awards;

/// <summary>The steps of a round, after its creation (which opens it for nominations).</summary>
public enum RoundStep { StartScoring = 1, Publish = 2 }

/// <summary>What the round's further rules read besides the round: today, its nominations, its council's status.</summary>
public sealed record RoundMoment(DateOnly Today, int Nominations, CouncilStatus? CouncilStatus);

/// <summary>
/// A round as one table (docs/awards.md): open for nominations until its deadline, then scored by its council (one entry
/// per nomination), then closed when its results are published from the council's frozen results. Taken by whoever runs
/// the round (<see cref="AwardScope.MayRun"/>). On the wire: "start-scoring", "publish".
/// </summary>
public static class RoundLifecycle
{
    public const string Forbidden = "Chỉ đơn vị tổ chức đợt bình chọn (Sở Công Thương của tỉnh cho đợt cấp tỉnh; Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công cho đợt cấp khu vực, quốc gia) mới thực hiện bước này.";

    public static readonly Workflow<A, S, Runner, AwardRound, RoundMoment, AwardRound> Table = new(
        r => r.Stage,
        Forbidden,
        s => $"Không thể thực hiện bước này khi đợt bình chọn {AwardNames.Of(s).ToLower(VietnameseText.Culture)}.",
        new(A.StartScoring, "Chuyển Hội đồng chấm điểm", [S.Nominating], Runs)
        {
            To = S.Scoring,
            Unless = (r, m) =>
                m.Today < r.NominationDeadline ? $"Chưa hết hạn nhận hồ sơ ({Display.Date(r.NominationDeadline)}): chỉ chuyển Hội đồng chấm điểm từ ngày hết hạn."
                : m.Nominations == 0 ? "Đợt bình chọn chưa có sản phẩm nào được đề nghị: không có gì để Hội đồng chấm điểm."
                : null,
        },
        new(A.Publish, "Công bố kết quả", [S.Scoring], Runs)
        {
            To = S.Closed,
            Unless = (_, m) => m.CouncilStatus != CouncilStatus.Closed ? "Hội đồng chưa kết thúc chấm điểm: chỉ công bố kết quả khi Hội đồng đã kết thúc và kết quả đã được chốt." : null,
        });

    public static readonly string WireNames = string.Join(", ", Table.Steps.Select(s => s.Wire));

    private static bool Runs(Runner runner, AwardRound round) => AwardScope.MayRun(runner.Actor, round.Level, round.ProvinceCode, runner.OwningUnitId);
}

/// <summary>The caller as the round's table sees them: the actor and the owning unit's id read at this request.</summary>
public sealed record Runner(Actor Actor, int OwningUnitId);
