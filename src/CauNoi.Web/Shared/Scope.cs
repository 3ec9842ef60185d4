using System.Linq.Expressions;

namespace CauNoi.Web.Shared;

/// <summary>
/// What one caller may see. The one scope rule of CauNoi: a commune sees its own records;
/// a province its own and its communes'; a Ministry unit what is routed to it; a focal
/// leader the provinces assigned to them; Ministry leaders, administrators and the
/// coordinating hub (Cục Công Thương địa phương) everything.
/// </summary>
public sealed record Scope(bool SeesAll, IReadOnlyList<string> ProvinceCodes, string? CommuneCode, int? UnitId)
{
    public static readonly Scope Nothing = new(false, [], null, null);
    public static readonly Scope Everything = new(true, [], null, null);

    /// <summary>
    /// The rule as a predicate over any record, given where the record sits: its province,
    /// its commune, and the Ministry unit it is routed to (any selector may be null when the
    /// record has no such place).
    /// </summary>
    public Expression<Func<T, bool>> Rule<T>(
        Expression<Func<T, string?>>? province,
        Expression<Func<T, string?>>? commune,
        Expression<Func<T, int?>>? unit)
    {
        if (SeesAll) return _ => true;
        var record = Expression.Parameter(typeof(T), "r");
        var clauses = new List<Expression>();
        // The caller's places enter the query as parameters (read from a closure, as a lambda would capture them), not as
        // constants: EF Core caches a compiled query per expression, and a constant list never equals the next request's.
        var codes = ProvinceCodes.ToArray();
        var communeCode = CommuneCode;
        var unitId = UnitId;
        if (province is not null && codes.Length > 0)
            clauses.Add(Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
                Captured(() => codes), Bind(province, record)));
        if (commune is not null && communeCode is not null)
            clauses.Add(Expression.Equal(Bind(commune, record), Captured(() => communeCode)));
        if (unit is not null && unitId is not null)
            clauses.Add(Expression.Equal(Bind(unit, record), Captured(() => unitId)));
        var body = clauses.Count == 0 ? Expression.Constant(false) : clauses.Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(body, record);
    }

    /// <summary>True when a record at this place is visible, for checks outside a query.</summary>
    public bool Sees(string? provinceCode, string? communeCode, int? unitId) =>
        SeesAll
        || (provinceCode is not null && ProvinceCodes.Contains(provinceCode))
        || (communeCode is not null && communeCode == CommuneCode)
        || (unitId is not null && unitId == UnitId);

    private static Expression Captured<TValue>(Expression<Func<TValue>> read) => read.Body;

    private static Expression Bind<T, TValue>(Expression<Func<T, TValue>> selector, ParameterExpression record) =>
        Substitute.In(selector.Body, selector.Parameters[0], record);
}

/// <summary>A record that sits in a province, possibly a commune, and possibly routed to a Ministry unit.</summary>
public interface IScopedRecord
{
    string? ProvinceCode { get; }
    string? CommuneCode { get; }
    int? RoutedUnitId { get; }
}

public static class ScopeQueries
{
    /// <summary>The scope rule applied to a query; every list and every single-record read goes through it.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, Scope scope) where T : class, IScopedRecord =>
        query.Where(scope.Rule<T>(r => r.ProvinceCode, r => r.CommuneCode, r => r.RoutedUnitId));
}
