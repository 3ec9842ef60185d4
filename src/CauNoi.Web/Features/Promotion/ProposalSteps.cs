using CauNoi.Web.Features.Councils;
using CauNoi.Web.Shared.Validation;
using static CauNoi.Web.Features.Promotion.PromotionWorkflow;

namespace CauNoi.Web.Features.Promotion;

/// <summary>A step of the proposal's workflow as a page or the API sends it; each step reads the fields it needs.</summary>
/// <param name="Step">On the wire: appraise, approve, reject, report-progress, accept, settle, adjust, stop.</param>
/// <param name="Number">The decision's number (approve, adjust, accept, settle).</param>
/// <param name="OnDate">The decision's date, the acceptance's or the settlement's.</param>
/// <param name="Note">The reason (reject, adjust, stop) or the work done (report-progress).</param>
/// <param name="Amount">The amount disbursed so far (report-progress, cumulative) or settled (settle), triệu đồng.</param>
/// <param name="Outputs">At acceptance, the achieved figure of every promised output (by id); at an adjustment, the new promised outputs.</param>
public sealed record ProposalStepInput(
    string? Step, string? Number, DateOnly? OnDate, string? Note, int? Percent, decimal? Amount,
    decimal? ApprovedNational, decimal? ApprovedLocal, decimal? ApprovedCounterpart, DateOnly? StartOn, DateOnly? EndOn,
    List<OutputInput>? Outputs, int? Version);

/// <summary>
/// Takes a step of <see cref="PromotionWorkflow"/> on a proposal: the table says who and from which stage (403, 409), the
/// step's fields are checked (400), then its rules; each step is one event of the proposal's history. The caller saves once.
/// </summary>
public static class ProposalSteps
{
    /// <summary>The proposal's entry in its latest appraisal council, if any.</summary>
    public static async Task<AppraisalResult?> AppraisalAsync(CauNoiDb db, int proposalId, CancellationToken ct = default) =>
        await (from e in db.CouncilEntries.AsNoTracking()
               join c in db.Councils.AsNoTracking() on e.CouncilId equals c.Id
               where e.ProposalId == proposalId && c.Purpose == CouncilPurpose.ProposalAppraisal
               orderby c.Id descending
               select new AppraisalResult(c.Id, c.Name, c.Status == CouncilStatus.Closed, e.Average, e.Passed, c.PassMark))
            .FirstOrDefaultAsync(ct);

    /// <param name="proposal">Tracked, with its outputs.</param>
    public static async Task<FieldErrors> TakeAsync(CauNoiDb db, PromotionActor caller, PromotionProposal proposal, PromotionPlan plan, ProposalStepInput input, DateTime at, CancellationToken ct = default)
    {
        if (input.Version is { } version && version != proposal.Version) throw new PromotionIntake.Conflict();
        var errors = new FieldErrors();
        if (Table.Parse(input.Step?.Trim().ToLowerInvariant()) is not { } step || Table[step].From.Length == 0)
        {
            errors.Add(nameof(input.Step), $"Bước '{input.Step}' không có trong quy trình đề án khuyến công. Các bước: {WireNames}.");
            return errors;
        }
        var today = VietnamTime.DayOf(at);
        var c = new ProposalCase(proposal, plan, await AppraisalAsync(db, proposal.Id, ct));
        Table.Check(step, caller, c, today);

        var given = new Dictionary<string, object?>
        {
            [nameof(input.Number)] = input.Number, [nameof(input.OnDate)] = input.OnDate, [nameof(input.Note)] = input.Note,
            [nameof(input.Percent)] = input.Percent, [nameof(input.Amount)] = input.Amount, [nameof(input.ApprovedNational)] = input.ApprovedNational,
        };
        foreach (var need in Table[step].Needs.Where(n => given[n.Field] is null || given[n.Field] is string s && string.IsNullOrWhiteSpace(s)))
            errors.Add(need.Field, need.Refusal);
        var number = DocumentNumber.Clean(input.Number, nameof(input.Number), "Số quyết định", errors);
        var note = CleanText.Of(input.Note, nameof(input.Note), step == ProposalStep.ReportProgress ? "Nội dung công việc đã thực hiện" : "Lý do",
            PromotionProposalConfiguration.TextLength, required: false, errors, multiline: true);
        if (input.OnDate is { } on && on > today) errors.Add(nameof(input.OnDate), $"Ngày {Display.Date(on)} không được sau hôm nay.");
        else if (input.OnDate is { } day && proposal.ApprovedOn is { } approved && day < approved && step is ProposalStep.Accept or ProposalStep.Settle)
            errors.Add(nameof(input.OnDate), $"Ngày {Display.Date(day)} không được trước ngày phê duyệt đề án ({Display.Date(approved)}).");

        var e = PromotionIntake.Event(caller, at, step, x => { x.Number = number; x.OnDate = input.OnDate; x.Note = note; });
        switch (step)
        {
            case ProposalStep.Appraise:
                e.Amount = null;
                e.Note = $"Hội đồng \"{c.Appraisal!.CouncilName}\": điểm trung bình {Score(c.Appraisal.Average)}, điểm đạt {Score(c.Appraisal.PassMark)}, "
                    + (c.Appraisal.Passed switch { true => "đạt", false => "không đạt", _ => "không xét đạt" }) + ".";
                break;
            case ProposalStep.Approve:
            {
                var (national, local, counterpart) = Budget(input, errors, required: true);
                if (errors.Count > 0) return errors;
                (proposal.ApprovedNational, proposal.ApprovedLocal, proposal.ApprovedCounterpart) = (national, local, counterpart);
                proposal.FirstApprovedStateFunds = national + local;
                proposal.ApprovedOn = input.OnDate;
                e.Amount = national + local;
                break;
            }
            case ProposalStep.ReportProgress:
            {
                if (input.Percent is { } p && p is < 0 or > 100) errors.Add(nameof(input.Percent), "Tỷ lệ hoàn thành từ 0 đến 100%.");
                var disbursed = PromotionIntake.Money(input.Amount, nameof(input.Amount), "Kinh phí đã giải ngân", errors);
                if (disbursed is { } d && d > StateFunds(proposal))
                    errors.Add(nameof(input.Amount), $"Kinh phí đã giải ngân ({Money(d)}) không được vượt kinh phí nhà nước được phê duyệt ({Money(StateFunds(proposal))}).");
                if (errors.Count > 0) return errors;
                proposal.Percent = input.Percent;
                if (disbursed is { } paid) proposal.Disbursed = paid;
                e.Percent = input.Percent;
                e.Amount = disbursed;
                break;
            }
            case ProposalStep.Accept:
            {
                var achieved = input.Outputs ?? [];
                foreach (var o in proposal.Outputs.OrderBy(o => o.Id))
                {
                    var line = achieved.FirstOrDefault(a => a.Id == o.Id);
                    if (line?.Achieved is not { } value) errors.Add("Outputs", $"Nhập kết quả đạt được của \"{PromotionNames.Of(o.Kind)}\" ({o.Unit}).");
                    else if (value < 0 || decimal.Round(value, 2) != value) errors.Add("Outputs", $"Kết quả đạt được của \"{PromotionNames.Of(o.Kind)}\" không hợp lệ.");
                }
                if (achieved.Any(a => proposal.Outputs.All(o => o.Id != a.Id))) errors.Add("Outputs", "Kết quả nghiệm thu nêu một kết quả cam kết không có trong đề án.");
                if (errors.Count > 0) return errors;
                foreach (var o in proposal.Outputs) o.Achieved = achieved.First(a => a.Id == o.Id).Achieved;
                proposal.AcceptedOn = input.OnDate;
                proposal.Percent = 100;
                e.Note = note ?? string.Join("; ", proposal.Outputs.OrderBy(o => o.Id).Select(o => $"{PromotionNames.Of(o.Kind)}: {Display.Number(o.Achieved!.Value, 0)}/{Display.Number(o.Promised, 0)} {o.Unit}"));
                break;
            }
            case ProposalStep.Settle:
            {
                var settled = PromotionIntake.Money(input.Amount, nameof(input.Amount), "Số tiền quyết toán", errors);
                if (settled is { } s && s > StateFunds(proposal))
                    errors.Add(nameof(input.Amount), $"Số tiền quyết toán ({Money(s)}) không được vượt kinh phí nhà nước được phê duyệt ({Money(StateFunds(proposal))}).");
                if (errors.Count > 0) return errors;
                proposal.Settled = settled;
                proposal.SettledOn = input.OnDate;
                e.Amount = settled;
                break;
            }
            case ProposalStep.Adjust:
            {
                var (national, local, counterpart) = Budget(input, errors, required: false);
                if (input.StartOn is not null || input.EndOn is not null) PromotionIntake.Schedule(input.StartOn ?? proposal.StartOn, input.EndOn ?? proposal.EndOn, errors);
                var outputs = input.Outputs is { Count: > 0 } ? PromotionIntake.Outputs(input.Outputs, errors) : null;
                if (national is not null && national + (local ?? 0) < proposal.Disbursed)
                    errors.Add(nameof(input.ApprovedNational), $"Kinh phí nhà nước sau điều chỉnh không được thấp hơn kinh phí đã giải ngân ({Money(proposal.Disbursed)}).");
                if (errors.Count > 0) return errors;
                if (national is not null) (proposal.ApprovedNational, proposal.ApprovedLocal, proposal.ApprovedCounterpart) = (national, local, counterpart);
                proposal.StartOn = input.StartOn ?? proposal.StartOn;
                proposal.EndOn = input.EndOn ?? proposal.EndOn;
                if (outputs is not null)
                {
                    db.ProposalOutputs.RemoveRange(proposal.Outputs);
                    proposal.Outputs = outputs;
                }
                proposal.Adjustments++;
                e.Amount = national is null ? null : StateFunds(proposal);
                break;
            }
            case ProposalStep.Stop:
                proposal.StoppedOn = input.OnDate ?? today;
                proposal.StopReason = note;
                break;
        }
        if (errors.Count > 0) return errors;
        proposal.Stage = Table[step].To ?? proposal.Stage;
        proposal.Events.Add(e);
        proposal.UpdatedAt = at;
        proposal.Version++;
        return errors;
    }

    /// <summary>The state funds in force (national + local), triệu đồng.</summary>
    public static decimal StateFunds(PromotionProposal p) => (p.ApprovedNational ?? 0) + (p.ApprovedLocal ?? 0);

    public static string Money(decimal amount) => $"{Display.Number(amount, 2)} {PromotionNames.Money}";

    /// <summary>The budget by source: national required when <paramref name="required"/>, the others 0 when blank.</summary>
    private static (decimal? National, decimal? Local, decimal? Counterpart) Budget(ProposalStepInput input, FieldErrors errors, bool required)
    {
        if (!required && input.ApprovedNational is null && input.ApprovedLocal is null && input.ApprovedCounterpart is null) return (null, null, null);
        var national = PromotionIntake.Money(input.ApprovedNational, nameof(input.ApprovedNational), "Kinh phí khuyến công quốc gia", errors);
        var local = PromotionIntake.Money(input.ApprovedLocal, nameof(input.ApprovedLocal), "Kinh phí khuyến công địa phương", errors) ?? 0;
        var counterpart = PromotionIntake.Money(input.ApprovedCounterpart, nameof(input.ApprovedCounterpart), "Kinh phí đối ứng", errors) ?? 0;
        if (input.ApprovedNational is null && !required) national = 0;
        if (national is not null && national + local == 0) errors.Add(nameof(input.ApprovedNational), "Kinh phí nhà nước được phê duyệt (quốc gia và địa phương) phải lớn hơn 0.");
        return (national, local, counterpart);
    }
}
