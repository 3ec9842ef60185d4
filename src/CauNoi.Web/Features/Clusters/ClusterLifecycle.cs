using A = CauNoi.Web.Features.Clusters.ClusterStep;
using S = CauNoi.Web.Features.Clusters.ClusterStage;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The lifecycle of Nghị định 32/2024/NĐ-CP as one table (docs/workflow.md): in the development plan, established, its
/// shared infrastructure built, in production. Production may start while the infrastructure is still being finished, so
/// it is taken from established as well; an expansion keeps the stage. The province's department keeps its clusters, the
/// hub all of them (<see cref="ClusterScope.MayKeep"/>). On the wire in kebab case: "start-operation".
/// </summary>
public static class ClusterLifecycle
{
    public static readonly Workflow<A, S, Actor, Cluster, DateOnly, Cluster> Table = new(
        c => c.Stage,
        ClusterIntake.Forbidden,
        s => $"Không thể thực hiện bước này khi cụm công nghiệp {ClusterNames.Of(s).ToLower(VietnameseText.Culture)}.",

        // The plan is the registration itself (ClusterIntake): no state leaves from it.
        new(A.Plan, ClusterNames.Of(A.Plan), [], Keeps)
        {
            NotNow = "Cụm công nghiệp được đưa vào phương án phát triển khi đăng ký vào danh mục, không phải một bước sau đó.",
        },
        new(A.Establish, ClusterNames.Of(A.Establish), [S.Planned], Keeps)
        {
            To = S.Established, Needs = [Number("Nhập số quyết định thành lập cụm công nghiệp"), Decided, Area("Nhập diện tích cụm công nghiệp được thành lập (ha).")],
        },
        new(A.Expand, ClusterNames.Of(A.Expand), [S.Established, S.Building, S.Operating], Keeps)
        {
            Needs = [Number("Nhập số quyết định mở rộng cụm công nghiệp"), Decided, Area("Nhập diện tích cụm công nghiệp sau khi mở rộng (ha).")],
            NotNow = "Chỉ mở rộng cụm công nghiệp đã thành lập.", Secondary = true,
        },
        new(A.StartInfrastructure, ClusterNames.Of(A.StartInfrastructure), [S.Established], Keeps)
        {
            To = S.Building, Needs = [new(nameof(StepInput.SignedOn), "Nhập ngày khởi công hạ tầng kỹ thuật.")],
        },
        new(A.StartOperation, ClusterNames.Of(A.StartOperation), [S.Established, S.Building], Keeps)
        {
            To = S.Operating, Needs = [new(nameof(StepInput.SignedOn), "Nhập ngày cụm công nghiệp đi vào hoạt động.")],
        });

    /// <summary>The steps by their names on the wire, for the API's description and its refusal of an unknown step.</summary>
    public static readonly string WireNames = string.Join(", ", Table.Steps.Where(s => s.From.Length > 0).Select(s => s.Wire));

    private static bool Keeps(Actor actor, Cluster cluster) => ClusterScope.MayKeep(actor, cluster.ProvinceCode);

    private static Need Number(string refusal) => new(nameof(StepInput.Number), $"{refusal} ({Shared.Validation.DocumentNumber.Hint}).");

    private static Need Decided => new(nameof(StepInput.SignedOn), "Nhập ngày ký quyết định.");

    private static Need Area(string refusal) => new(nameof(StepInput.AreaHa), refusal);
}
