using CauNoi.Web.Features.Councils;
using CauNoi.Web.Shared.Validation;
using static CauNoi.Web.Features.Awards.RoundLifecycle;

namespace CauNoi.Web.Features.Awards;

/// <summary>A step of a round as a page or the API sends it.</summary>
/// <param name="Step">On the wire: start-scoring, publish.</param>
public sealed record RoundStepInput(string? Step, int? Version);

/// <summary>
/// Takes a step of a round: the table says who, from which stage and under which further rule (403, 409). Starting the
/// scoring gives the council an entry per nomination; publishing reads the council's frozen results: a nomination is
/// recognised when its entry passed and, if the round caps its places, ranks within them; the recognised are given
/// certificates numbered 1..n in rank order (equal ranks by the nomination's number). The caller saves once; the round's
/// version guards against a second publication at the same time (409).
/// </summary>
public static class RoundSteps
{
    public sealed class Conflict : Exception;

    public const string ConflictMessage = "Đợt bình chọn vừa được người khác thay đổi. Vui lòng tải lại trang và thực hiện lại.";

    public static async Task<RoundMoment> MomentAsync(CauNoiDb db, AwardRound round, DateOnly today, CancellationToken ct) =>
        new(today, await db.Nominations.CountAsync(n => n.RoundId == round.Id, ct),
            round.CouncilId is { } council ? await db.Councils.Where(c => c.Id == council).Select(c => (CouncilStatus?)c.Status).FirstOrDefaultAsync(ct) : null);

    /// <param name="round">Tracked, with its nominations.</param>
    public static async Task<FieldErrors> TakeAsync(CauNoiDb db, Runner runner, AwardRound round, RoundStepInput input, DateTime at, CancellationToken ct)
    {
        if (input.Version is { } version && version != round.Version) throw new Conflict();
        var errors = new FieldErrors();
        if (Table.Parse(input.Step?.Trim()) is not { } step)
        {
            errors.Add(nameof(input.Step), $"Bước '{input.Step}' không có trong đợt bình chọn. Các bước: {WireNames}.");
            return errors;
        }
        Table.Check(step, runner, round, await MomentAsync(db, round, VietnamTime.DayOf(at), ct));
        if (step == RoundStep.StartScoring)
            foreach (var n in round.Nominations.OrderBy(n => n.Id))
                db.CouncilEntries.Add(new CouncilEntry { CouncilId = round.CouncilId!.Value, NominationId = n.Id, ProvinceCode = n.ProvinceCode, Title = n.ProductName });
        else
            await PublishAsync(db, round, at, ct);
        round.Stage = Table[step].To ?? round.Stage;
        round.UpdatedAt = at;
        round.Version++;
        return errors;
    }

    private static async Task PublishAsync(CauNoiDb db, AwardRound round, DateTime at, CancellationToken ct)
    {
        var results = await db.CouncilEntries.Where(e => e.CouncilId == round.CouncilId && e.NominationId != null)
            .Select(e => new { NominationId = e.NominationId!.Value, e.Rank, e.Passed }).ToDictionaryAsync(e => e.NominationId, ct);
        var seq = 0;
        var ranked = round.Nominations.Select(n => (Nomination: n, Result: results.GetValueOrDefault(n.Id)))
            .OrderBy(x => x.Result?.Rank ?? int.MaxValue).ThenBy(x => x.Nomination.Id);
        foreach (var (n, result) in ranked)
        {
            n.Recognised = result is { Passed: true, Rank: { } rank } && (round.Places is not { } places || rank <= places);
            if (n.Recognised == true)
            {
                n.CertificateSeq = ++seq;
                n.CertificateNumber = CertificateNumber(seq, round.CertificateSeries);
            }
            n.UpdatedAt = at;
            n.Version++;
        }
        round.CertificatesIssued = seq;
    }

    /// <summary>"007/CNNTTB-QG-2055".</summary>
    public static string CertificateNumber(int seq, string series) => $"{seq:000}/{series}";
}
