using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The open data: the catalogue and the accepted figures, for anyone, without an account, as JSON or CSV (docs/indicators.md,
/// "Open data"). Only figures the Ministry accepted are here; a revised one carries its revision, a made-up one its mark.
/// Each client address may ask <see cref="PerMinute"/> times a minute.
/// </summary>
public static class OpenDataApi
{
    public const string RateLimit = "open-data";
    public const int PerMinute = 60;

    public static IServiceCollection AddOpenData(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));

    public static void MapOpenDataApi(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("/open-data").AllowAnonymous().RequireRateLimiting(RateLimit).WithTags("Dữ liệu mở");
        open.MapGet("/indicators", async (CauNoiDb db, CancellationToken ct) => TypedResults.Ok(await IndicatorQueries.CatalogueAsync(db, ct)))
            .WithSummary("Dữ liệu mở: danh mục chỉ tiêu (không cần tài khoản)");
        open.MapGet("/values", Values)
            .WithSummary("Dữ liệu mở: số liệu đã được Bộ chấp nhận của một chỉ tiêu theo kỳ (from, to) và tỉnh (không cần tài khoản); tối đa 5.000 số liệu một lần");
        open.MapGet("/values.csv", ValuesCsv)
            .WithSummary("Dữ liệu mở: như /open-data/values, tệp CSV (UTF-8, dấu phẩy, số thập phân dấu chấm)");
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorsApi.ValueItem>>, ProblemHttpResult>> Values([AsParameters] IndicatorsApi.ValuesParameters p, CauNoiDb db, CancellationToken ct)
    {
        var query = await IndicatorQueries.ValuesAsync(db, p, ct);
        return query.Refusal is { } refusal ? Problems.BadRequest(refusal) : TypedResults.Ok(query.Values!);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ValuesCsv([AsParameters] IndicatorsApi.ValuesParameters p, CauNoiDb db, CancellationToken ct)
    {
        var query = await IndicatorQueries.ValuesAsync(db, p, ct);
        if (query.Refusal is { } refusal) return Problems.BadRequest(refusal);
        var csv = new StringBuilder("indicator,province_code,former_province_code,period,value,revision,accepted_at,is_demo\n");
        foreach (var v in query.Values!)
            csv.Append(CultureInfo.InvariantCulture, $"{v.Indicator},{v.ProvinceCode},{v.FormerProvinceCode},{v.Period},{v.Value.ToString("R", CultureInfo.InvariantCulture)},{v.Revision},{v.AcceptedAt:yyyy-MM-ddTHH:mm:ssZ},{(v.IsDemo ? "true" : "false")}\n");
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
            $"{p.Indicator}-{p.From}-{p.To ?? p.From}.csv");
    }
}
