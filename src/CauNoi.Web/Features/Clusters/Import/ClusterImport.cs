using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Web.Features.Clusters.Import;

/// <summary>
/// A province's existing clusters taken in from a workbook. Every row goes through <see cref="ClusterIntake.CheckAsync"/>,
/// the rules a cluster registered on its page meets (its decisions recorded as history); two rows with the same code, or the
/// same name in the same province, are refused. If any row is wrong nothing is stored and every problem is listed by row
/// and column.
/// </summary>
public static class ClusterImport
{
    /// <summary>What the cells are read against, loaded once: the provinces by code and by name.</summary>
    public sealed record Lookups(ProvinceLookup Provinces);

    public const string MayNotImport = "Tài khoản của bạn không được nhập danh sách cụm công nghiệp: chỉ Sở Công Thương (cho tỉnh của mình), Cục Công Thương địa phương hoặc quản trị.";

    /// <summary>Whoever keeps some clusters: the Sở Công Thương for its province, the coordinating hub and administrators for any.</summary>
    public static bool MayImport(Actor actor) => ClusterQueries.KeepsAny(actor);

    public static async Task<SpreadsheetImport.Checked<Cluster>> CheckAsync(CauNoiDb db, Actor actor, Stream file, DateTime at, CancellationToken ct = default)
    {
        List<ImportProblem> form = MayImport(actor) ? [] : [new(null, SpreadsheetImport.FileColumn, MayNotImport)];
        var firstRowOf = new Dictionary<string, int>();
        var list = await SpreadsheetImport.CheckAsync(file, ClusterTemplate.Definition, form, LoadAsync, async (row, _, ct) =>
        {
            if (row.Problems.Count > 0) return null;
            var province = row.Value<string>(nameof(ClusterInput.ProvinceCode)) ?? actor.ProvinceCode;
            var stage = row.Value<ClusterStage?>(ClusterTemplate.Stage) ?? ClusterStage.Planned;
            var input = new ClusterInput(row.Text(nameof(ClusterInput.Code)), row.Text(nameof(ClusterInput.Name)), province,
                [new(row.Text(ClusterTemplate.Commune), row.Text(ClusterTemplate.FormerCommune))],
                row.Value<decimal?>(nameof(ClusterInput.PlannedHa)), row.Value<decimal?>(nameof(ClusterInput.LeasableHa)),
                row.Text(nameof(ClusterInput.DeveloperName)), row.Value<DeveloperKind?>(nameof(ClusterInput.DeveloperKind)),
                row.Text(nameof(ClusterInput.DeveloperTaxCode)), row.Value<double?>(nameof(ClusterInput.Latitude)), row.Value<double?>(nameof(ClusterInput.Longitude)),
                [.. row.Text(nameof(ClusterInput.Sectors)).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                row.Text(nameof(ClusterInput.Note)), row.Text(nameof(ClusterInput.PlanNumber)), row.Value<DateOnly?>(nameof(ClusterInput.PlanSignedOn)), null,
                stage == ClusterStage.Planned ? null : new ExistingInput(stage, row.Text("Existing.EstablishNumber"), row.Value<DateOnly?>("Existing.EstablishedOn"),
                    row.Text("Existing.EstablishSigner"), row.Value<decimal?>("Existing.AreaHa"), row.Value<DateOnly?>("Existing.OperatingSince")));
            var (cluster, errors) = await ClusterIntake.CheckAsync(db, actor, input, at, ct);
            foreach (var key in errors.Keys.Where(k => k.StartsWith("Locations", StringComparison.Ordinal)).ToList())
                foreach (var message in errors[key]) row.Refuse(ClusterTemplate.Commune, message);
            foreach (var (key, messages) in errors.Where(e => !e.Key.StartsWith("Locations", StringComparison.Ordinal)))
                foreach (var message in messages) row.Refuse(key.Length == 0 ? nameof(ClusterInput.ProvinceCode) : key, message);
            if (cluster is null || row.Problems.Count > 0) return null;
            foreach (var key in new[] { $"code:{cluster.Code}", $"name:{cluster.ProvinceCode}:{VietnameseText.Fold(cluster.Name)}" })
            {
                if (firstRowOf.TryGetValue(key, out var first))
                {
                    row.Refuse(key.StartsWith("code", StringComparison.Ordinal) ? nameof(ClusterInput.Code) : nameof(ClusterInput.Name),
                        $"Trùng với dòng {first}: mỗi cụm công nghiệp chỉ ghi một dòng.");
                    return null;
                }
                firstRowOf[key] = row.Number;
            }
            // Added now, so that the next row's generated code is the one after it; nothing is saved unless every row holds.
            db.Clusters.Add(cluster);
            return cluster;
        }, ct);
        if (list.Problems.Count > 0) db.ChangeTracker.Clear();
        return list;

        async Task<Lookups> LoadAsync(CancellationToken ct) => new(await ProvinceLookup.LoadAsync(db, ct));
    }

    /// <summary>Stores the checked list (already added by <see cref="CheckAsync"/>) in one save: all of it or none.</summary>
    public static async Task<int> SaveAsync(CauNoiDb db, IReadOnlyList<Cluster> clusters, CancellationToken ct = default)
    {
        await db.SaveChangesAsync(ct);
        return clusters.Count;
    }
}
