using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Organisations;

public static class OrganisationsApi
{
    public const int PageSize = 50;

    /// <param name="ProvinceName">The province's name, so that a commune's body is told from its namesakes ("Phòng Kinh tế Xã Ba Đình" is in more than one province).</param>
    public sealed record OrganisationItem(
        int Id, string Kind, string Code, string Name, string? ShortName, string? ProvinceCode, string? CommuneCode, bool IsLocalAffairsHub, string? ProvinceName = null);
    public sealed record Person(string UserName, string FullName, string? JobTitle, string? Email, string? Phone);
    public sealed record OrganisationDetail(OrganisationItem Organisation, string? Email, string? Phone, IReadOnlyList<Person> Staff, IReadOnlyList<string> FocalLeaders);

    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var orgs = api.MapGroup("/organisations").WithTags("Cơ quan, đơn vị");
        orgs.MapGet("/", List).WithSummary("Cơ quan, đơn vị trong phạm vi của người dùng (đơn vị thuộc Bộ luôn được liệt kê)");
        orgs.MapGet("/{id:int}", Get).WithSummary("Một cơ quan, đơn vị và cán bộ của nó; ngoài phạm vi trả về 404");
    }

    private static async Task<Ok<Page<OrganisationItem>>> List(CauNoiDb db, CurrentUser current, string? kind, string? province, string? q, int? page)
    {
        OrganisationKind? k = Enum.TryParse<OrganisationKind>(kind, ignoreCase: true, out var parsed) ? parsed : null;
        var query = OrganisationQueries.Find(db, await current.ScopeAsync(), k, province, q);
        var rows = query.OrderBy(o => o.Kind).ThenBy(o => o.ProvinceCode).ThenBy(o => o.Code).Select(Item);
        var found = await Page<OrganisationItem>.ReadAsync(rows, page, PageSize);
        var provinces = await ProvinceNamesAsync(db);
        return TypedResults.Ok(found with { Items = [.. found.Items.Select(o => WithProvince(o, provinces))] });
    }

    /// <summary>The 34 provinces' names by code, read once for a page of organisations.</summary>
    public static Task<Dictionary<string, string>> ProvinceNamesAsync(CauNoiDb db) => db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name);

    public static OrganisationItem WithProvince(OrganisationItem o, IReadOnlyDictionary<string, string> provinces) =>
        o.ProvinceCode is { } code && provinces.TryGetValue(code, out var name) ? o with { ProvinceName = name } : o;

    private static async Task<Results<Ok<OrganisationDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock)
    {
        var detail = await OrganisationQueries.DetailAsync(db, await current.ScopeAsync(), id, VietnamTime.Today(clock));
        return detail is null ? Problems.NotFound() : TypedResults.Ok(detail);
    }

    public static readonly System.Linq.Expressions.Expression<Func<Organisation, OrganisationItem>> Item = o =>
        new OrganisationItem(o.Id, o.Kind.ToString(), o.Code, o.Name, o.ShortName, o.ProvinceCode, o.CommuneCode, o.IsLocalAffairsHub, null);

    /// <summary>The same shape for an organisation already loaded.</summary>
    public static readonly Func<Organisation, OrganisationItem> ToItem = Item.Compile();
}
