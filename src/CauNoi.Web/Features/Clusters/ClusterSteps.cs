using CauNoi.Web.Shared.Validation;
using static CauNoi.Web.Features.Clusters.ClusterLifecycle;

namespace CauNoi.Web.Features.Clusters;

/// <summary>A decision of the lifecycle as a page or the API sends it.</summary>
/// <param name="Step">On the wire: establish, expand, start-infrastructure, start-operation.</param>
/// <param name="AreaHa">The cluster's area after an establishment or an expansion.</param>
/// <param name="LeasableHa">The leasable industrial land after it; kept as it is when not given.</param>
/// <param name="OverrideReason">Why the decision stands although a condition of the decree is unmet.</param>
public sealed record StepInput(string? Step, string? Number, DateOnly? SignedOn, string? Signer, decimal? AreaHa, decimal? LeasableHa, string? OverrideReason, int? Version);

/// <summary>
/// Takes a step of the lifecycle on a cluster: the table says who and from which stage (403, 409), the decision's fields
/// are checked (400), then the decree's conditions; an unmet one is recorded with the officer's reason, or refused without
/// one. The caller saves once; the audit trail keeps the decision and the cluster's changed fields.
/// </summary>
public static class ClusterSteps
{
    /// <param name="cluster">Tracked, with its decisions, locations, projects and infrastructure.</param>
    public static async Task<FieldErrors> TakeAsync(CauNoiDb db, Actor actor, Cluster cluster, StepInput input, DateTime at, CancellationToken ct = default)
    {
        if (input.Version is { } version && version != cluster.Version) throw new ClusterIntake.Conflict();
        var errors = new FieldErrors();
        if (Table.Parse(input.Step?.Trim()) is not { } step)
        {
            errors.Add(nameof(input.Step), $"Bước '{input.Step}' không có trong vòng đời cụm công nghiệp. Các bước: {WireNames}.");
            return errors;
        }
        var today = VietnamTime.DayOf(at);
        Table.Check(step, actor, cluster, today);

        var given = new Dictionary<string, object?> { [nameof(input.Number)] = input.Number, [nameof(input.SignedOn)] = input.SignedOn, [nameof(input.AreaHa)] = input.AreaHa };
        foreach (var need in Table[step].Needs.Where(n => given[n.Field] is null || given[n.Field] is string s && string.IsNullOrWhiteSpace(s)))
            errors.Add(need.Field, need.Refusal);
        var number = DocumentNumber.Clean(input.Number, nameof(input.Number), "Số quyết định", errors);
        var signer = CleanText.Of(input.Signer, nameof(input.Signer), "Người ký", 200, required: false, errors);
        var reason = CleanText.Of(input.OverrideReason, nameof(input.OverrideReason), "Lý do", ClusterConfiguration.NoteLength, required: false, errors, multiline: true);
        if (input.SignedOn is { } signed)
        {
            var last = cluster.Decisions.Select(d => (DateOnly?)d.SignedOn).Max();
            if (signed > today) errors.Add(nameof(input.SignedOn), $"Ngày {Display.Date(signed)} không được sau hôm nay.");
            else if (last is { } previous && signed < previous) errors.Add(nameof(input.SignedOn), $"Ngày {Display.Date(signed)} không được trước ngày của quyết định trước đó ({Display.Date(previous)}).");
        }

        var sized = step is ClusterStep.Establish or ClusterStep.Expand;
        decimal? area = null, leasable = null;
        if (sized)
        {
            area = ClusterIntake.Area(input.AreaHa, nameof(input.AreaHa), "Diện tích cụm công nghiệp", errors, required: false);
            leasable = ClusterIntake.Area(input.LeasableHa, nameof(input.LeasableHa), "Đất công nghiệp có thể cho thuê", errors, required: false);
            if (area == 0) errors.Add(nameof(input.AreaHa), "Diện tích cụm công nghiệp phải lớn hơn 0.");
            if (step == ClusterStep.Expand && area is { } after && cluster.AreaHa is { } before && after <= before)
                errors.Add(nameof(input.AreaHa), $"Diện tích sau khi mở rộng ({ClusterConditions.Ha(after)}) phải lớn hơn diện tích hiện nay ({ClusterConditions.Ha(before)}).");
            if (area is { } ha && (leasable ?? cluster.LeasableHa) is var land && land > ha)
                errors.Add(nameof(input.LeasableHa), $"Đất công nghiệp có thể cho thuê ({ClusterConditions.Ha(land)}) không được lớn hơn diện tích cụm công nghiệp ({ClusterConditions.Ha(ha)}).");
        }
        else if (input.AreaHa is not null || input.LeasableHa is not null)
            errors.Add(nameof(input.AreaHa), $"Bước \"{Table[step].Name}\" không thay đổi diện tích: diện tích thay đổi theo quyết định thành lập hoặc mở rộng.");
        if (errors.Count > 0) return errors;

        var unmet = (await ClusterConditions.ForAsync(db, cluster, step, area, today, ct))?.Unmet.ToList() ?? [];
        if (unmet.Count > 0 && reason is null)
        {
            errors.Add(nameof(input.OverrideReason), $"Chưa đáp ứng {unmet.Count} điều kiện của {ClusterConditions.Decree}. Nếu vẫn ghi nhận quyết định, nhập lý do.");
            foreach (var c in unmet) errors.Add(nameof(input.OverrideReason), $"Chưa đáp ứng: {c.Text} Hiện nay: {c.Found}");
            return errors;
        }

        var decision = ClusterIntake.Decision(actor, at, step, number, input.SignedOn!.Value, signer, area, null);
        if (unmet.Count > 0)
        {
            var lines = string.Join("\n", unmet.Select(c => $"{c.Text} Hiện nay: {c.Found}"));
            decision.UnmetConditions = lines.Length <= 2000 ? lines : lines[..1999] + "…";
            decision.OverrideReason = reason;
        }
        switch (step)
        {
            case ClusterStep.Establish:
                cluster.EstablishedOn = decision.SignedOn;
                cluster.AreaHa = area;
                cluster.LeasableHa = leasable ?? cluster.LeasableHa;
                decision.LeasableHa = cluster.LeasableHa;
                break;
            case ClusterStep.Expand:
                cluster.AreaHa = area;
                if (leasable is { } land) cluster.LeasableHa = land;
                decision.LeasableHa = leasable;
                break;
            case ClusterStep.StartOperation:
                cluster.OperatingSince = decision.SignedOn;
                break;
        }
        cluster.Stage = Table[step].To ?? cluster.Stage;
        cluster.Decisions.Add(decision);
        cluster.UpdatedAt = at;
        cluster.Version++;
        return errors;
    }
}
