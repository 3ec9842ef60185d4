using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The inspection teams (đoàn kiểm tra) sent to a cluster: when, who, and what each found. Whoever sees the cluster reads
/// them; its keepers (<see cref="ClusterScope.MayKeep"/>) record them and give a finding as a task of the tasks register,
/// which the finding then links to. The page and the API call the same steps.
/// </summary>
public static class ClusterInspections
{
    public const int MaxFindings = 50;
    public const int MembersLength = 2000, FindingLength = 4000;

    /// <param name="Findings">What the team found, one text each; blank ones are left out.</param>
    public sealed record InspectionInput(DateOnly? InspectedOn, string? Members, IReadOnlyList<string?>? Findings);

    /// <summary>The cluster (tracked) when the caller sees it; else null, answered "not found".</summary>
    public static Task<Cluster?> OpenAsync(CauNoiDb db, Scope scope, Actor? actor, int id, CancellationToken ct = default) =>
        db.Clusters.VisibleTo(scope, actor).FirstOrDefaultAsync(c => c.Id == id, ct);

    public static bool MayKeep(Actor? actor, Cluster cluster) => actor is not null && ClusterScope.MayKeep(actor, cluster.ProvinceCode);

    /// <summary>The inspection as recorded, not yet added; errors keyed by the input's field names.</summary>
    public static (ClusterInspection? Inspection, FieldErrors Errors) Check(Actor actor, Cluster cluster, InspectionInput input, DateTime at, DateOnly today)
    {
        var errors = new FieldErrors();
        if (!ClusterScope.MayKeep(actor, cluster.ProvinceCode)) errors.Add("", "Tài khoản của bạn không ghi kết quả kiểm tra cụm công nghiệp này.");
        if (input.InspectedOn is not { } on) errors.Add(nameof(input.InspectedOn), "Vui lòng nhập ngày kiểm tra.");
        else if (on > today) errors.Add(nameof(input.InspectedOn), $"Ngày kiểm tra ({Display.Date(on)}) không được sau hôm nay.");
        else if (on.Year < 2000) errors.Add(nameof(input.InspectedOn), "Ngày kiểm tra không hợp lệ.");
        var members = CleanText.Of(input.Members, nameof(input.Members), "Thành phần đoàn kiểm tra", MembersLength, required: true, errors, multiline: true);
        var findings = new List<string>();
        foreach (var text in input.Findings ?? [])
            if (CleanText.Of(text, nameof(input.Findings), "Nội dung phát hiện", FindingLength, required: false, errors, multiline: true) is { } finding)
                findings.Add(finding);
        if (findings.Count > MaxFindings) errors.Add(nameof(input.Findings), $"Một lần kiểm tra ghi tối đa {MaxFindings} phát hiện.");
        if (errors.Count > 0) return (null, errors);
        return (new ClusterInspection
        {
            ClusterId = cluster.Id, InspectedOn = input.InspectedOn!.Value, Members = members!, OrganisationId = actor.OrganisationId,
            RecordedById = actor.UserId, RecordedAt = at, Findings = [.. findings.Select(f => new ClusterFinding { Text = f })],
        }, errors);
    }

    /// <summary>The finding of one of the cluster's inspections (tracked), with its inspection's day; null when there is none.</summary>
    public static async Task<(ClusterFinding Finding, DateOnly InspectedOn)?> FindingAsync(CauNoiDb db, Cluster cluster, int inspectionId, int findingId, CancellationToken ct = default)
    {
        var inspection = await db.ClusterInspections.Where(i => i.Id == inspectionId && i.ClusterId == cluster.Id).Select(i => (DateOnly?)i.InspectedOn).FirstOrDefaultAsync(ct);
        var finding = inspection is null ? null : await db.ClusterFindings.FirstOrDefaultAsync(f => f.Id == findingId && f.InspectionId == inspectionId, ct);
        return finding is null ? null : (finding, inspection!.Value);
    }

    /// <summary>
    /// The finding as a task following it up, by the tasks register's rules; the task concerns the cluster's province, and
    /// says which inspection found what.
    /// </summary>
    public static async Task<(WorkTask? Task, FieldErrors Errors)> TaskFromAsync(CauNoiDb db, Actor actor, Scope scope, Cluster cluster, ClusterFinding finding,
        DateOnly inspectedOn, TaskIntake.TaskInput input, DateTime at, DateOnly today, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!ClusterScope.MayKeep(actor, cluster.ProvinceCode)) errors.Add("", "Tài khoản của bạn không giao nhiệm vụ từ kết quả kiểm tra cụm công nghiệp này.");
        else if (finding.TaskId is not null) errors.Add("", "Phát hiện này đã được giao thành nhiệm vụ.");
        if (errors.Count > 0) return (null, errors);
        return await FindingTasks.AssignAsync(db, actor, scope, input, finding.Text,
            $"Theo kết quả kiểm tra {cluster.Name} ({cluster.Code}) ngày {Display.Date(inspectedOn)}", cluster.ProvinceCode,
            task => finding.TaskId = task.Id, at, today, ct);
    }
}
