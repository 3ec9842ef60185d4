using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The figures of a province's periodic report on its clusters (BC-CCN-6T, BC-CCN-NAM: Thông tư 14/2024/TT-BCT), read from
/// the registry as it stood on the last day the report's period covers (14 June, 14 December). The developers and the
/// businesses in the clusters report through their province: what they report lands in the registry as the department
/// records their projects, land and workers, and the department's report is then the registry's own figures, offered to
/// fill the form rather than typed a second time. The report still goes through the form's checks, approval and acceptance.
/// </summary>
public sealed record ClusterReportFigures(DateOnly Cut, int Operating, decimal LeasableHa, decimal? Occupancy)
{
    /// <summary>The forms the registry answers: the clusters' regime, by the catalogue's codes.</summary>
    public static bool Answers(string formCode) => formCode.StartsWith("BC-CCN-", StringComparison.Ordinal);

    /// <summary>The catalogue's indicators of those forms and the registry's figure for each.</summary>
    public IReadOnlyList<ReportSteps.Figure> Figures =>
        [new("CCN_HD", Operating), new("CCN_DT", (double)LeasableHa), new("CCN_LD", Occupancy is { } o ? (double)o : null)];

    public static async Task<ClusterReportFigures?> ReadAsync(CauNoiDb db, string formCode, string? provinceCode, DateOnly coversTo, CancellationToken ct)
    {
        if (!Answers(formCode) || provinceCode is null) return null;
        var statistics = await ClusterStatistics.ReadAsync(db, coversTo, Regions.Of(provinceCode), ct);
        var line = statistics.Provinces.Single(p => p.Code == provinceCode);
        return new(coversTo, line.Operating, line.LeasableHa, line.Occupancy);
    }
}
