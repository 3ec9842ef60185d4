using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Import;
using Request = CauNoi.Web.Features.Indicators.Targets.Request;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Targets taken in from a workbook. Every row goes through <see cref="Targets.CheckAsync"/>, the rules a target set on
/// its page meets, and <see cref="Targets.MaySet"/> for its indicator; two rows for the same target are refused. If any row
/// is wrong nothing is stored and every problem is listed by row and column.
/// </summary>
public static class TargetImport
{
    /// <summary>What the cells are read against, loaded once: the indicators by code, the provinces by code and by name (folded).</summary>
    public sealed record Lookups(IReadOnlyDictionary<string, Indicator> Indicators, ProvinceLookup Provinces);

    public const string MayNotSet = "Tài khoản của bạn không được giao chỉ tiêu kế hoạch: chỉ đơn vị thuộc Bộ theo dõi chỉ tiêu, Cục Công Thương địa phương hoặc quản trị.";

    /// <summary>Whether the caller may set the target of some indicator, so may import a list of them.</summary>
    public static async Task<bool> MayImportAsync(CauNoiDb db, Actor actor, CancellationToken ct) =>
        (await db.Indicators.ToListAsync(ct)).Any(i => Targets.MaySet(actor, i));

    public static async Task<SpreadsheetImport.Checked<Targets.Checked>> CheckAsync(CauNoiDb db, Actor actor, Stream file, CancellationToken ct = default)
    {
        List<ImportProblem> form = await MayImportAsync(db, actor, ct) ? [] : [new(null, SpreadsheetImport.FileColumn, MayNotSet)];
        var firstRowOf = new Dictionary<(int, int, int?, string?, Region?), int>();
        return await SpreadsheetImport.CheckAsync(file, TargetTemplate.Definition, form, LoadAsync, async (row, lookups, ct) =>
        {
            if (row.Value<Indicator>(nameof(Request.Indicator)) is not { } indicator) return null;
            if (!Targets.MaySet(actor, indicator))
            {
                row.Refuse(nameof(Request.Indicator), $"Bạn không được giao chỉ tiêu kế hoạch cho chỉ tiêu {indicator.Code}: chỉ đơn vị thuộc Bộ theo dõi chỉ tiêu, Cục Công Thương địa phương hoặc quản trị.");
                return null;
            }
            var request = new Request(indicator.Code, row.Value<int?>(nameof(Request.Year)), row.Value<int?>(nameof(Request.Quarter)),
                row.Value<string>(nameof(Request.Province)), row.Value<Region?>(nameof(Request.Region)), row.Value<double?>(nameof(Request.Value)),
                row.Text(nameof(Request.DocumentNumber)));
            var (target, errors) = await Targets.CheckAsync(db, indicator, request, ct);
            row.Refuse(errors);
            if (target is null || row.Problems.Count > 0) return null;
            if (firstRowOf.TryGetValue(target.Key, out var first))
            {
                row.Refuse(nameof(Request.Indicator), $"Trùng với dòng {first}: cùng chỉ tiêu, năm, quý và địa bàn; mỗi chỉ tiêu kế hoạch chỉ ghi một dòng.");
                return null;
            }
            firstRowOf[target.Key] = row.Number;
            return target;
        }, ct);

        async Task<Lookups> LoadAsync(CancellationToken ct) =>
            new((await db.Indicators.Where(i => i.IsActive).ToListAsync(ct)).ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase),
                await ProvinceLookup.LoadAsync(db, ct));
    }

    /// <summary>Stores the checked list in one transaction, each target as its page would (added, or replacing the one set before); how many.</summary>
    public static async Task<int> SaveAsync(CauNoiDb db, Actor actor, IReadOnlyList<Targets.Checked> targets, DateTime at, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var target in targets) await Targets.StoreAsync(db, actor, target, at, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return targets.Count;
    }
}
