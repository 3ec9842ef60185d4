using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.AdminUnits;

/// <summary>The administrative units directory: public reference data, visible to every signed-in user.</summary>
public static class AdminUnitsApi
{
    public const int PageSize = 50;

    public sealed record ProvinceItem(string Code, string Name, string Type, int CommuneCount);
    public sealed record FormerProvinceItem(string Code, string Name);
    public sealed record ProvinceDetail(string Code, string Name, string Type, int CommuneCount,
        IReadOnlyList<FormerProvinceItem> FormerProvinces, IReadOnlyList<CommuneItem> Communes);
    public sealed record CommuneItem(string Code, string Name, string Type, string ProvinceCode, string ProvinceName);
    public sealed record FormerUnit(string? CommuneCode, string? CommuneName, string? DistrictCode, string? DistrictName,
        string ProvinceCode, string ProvinceName, bool IsPartial, string? Note);
    public sealed record CommuneDetail(string Code, string Name, string Type, string ProvinceCode, string ProvinceName, IReadOnlyList<FormerUnit> FormerUnits);

    public static void MapAdminUnitsApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/admin-units").WithTags("Đơn vị hành chính");
        units.MapGet("/provinces", async (CauNoiDb db) => TypedResults.Ok(await AdminUnitQueries.ProvincesAsync(db)))
            .WithSummary("34 tỉnh, thành phố");
        units.MapGet("/provinces/{code}", GetProvince).WithSummary("Một tỉnh: các xã và các tỉnh cũ đã hợp nhất");
        units.MapGet("/communes", async (CauNoiDb db, string? province, string? q, int? page) =>
                TypedResults.Ok(await AdminUnitQueries.SearchCommunesAsync(db, province, q, page, PageSize)))
            .WithSummary("Tìm xã, phường, đặc khu (không dấu, hoặc theo tên cũ trước sáp nhập)");
        units.MapGet("/communes/{code}", GetCommune).WithSummary("Một xã: các xã, huyện cũ đã hợp thành");
    }

    private static async Task<Results<Ok<ProvinceDetail>, ProblemHttpResult>> GetProvince(string code, CauNoiDb db) =>
        await AdminUnitQueries.ProvinceAsync(db, code) is { } p ? TypedResults.Ok(p) : Problems.NotFound($"Không có tỉnh, thành phố mã '{code}'.");

    private static async Task<Results<Ok<CommuneDetail>, ProblemHttpResult>> GetCommune(string code, CauNoiDb db) =>
        await AdminUnitQueries.CommuneAsync(db, code) is { } c ? TypedResults.Ok(c) : Problems.NotFound($"Không có xã, phường mã '{code}'.");
}
