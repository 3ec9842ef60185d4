using static CauNoi.Web.Features.Organisations.OrganisationsApi;

namespace CauNoi.Web.Features.Organisations;

public static class OrganisationQueries
{
    /// <summary>
    /// The active organisations in the scope matching the filters: a kind, a province, and
    /// text found, ignoring diacritics, in the name, short name or code.
    /// </summary>
    public static IQueryable<Organisation> Find(CauNoiDb db, Scope scope, OrganisationKind? kind, string? province, string? q)
    {
        var query = db.Organisations.VisibleTo(scope).Where(o => o.IsActive);
        if (kind is { } k) query = query.Where(o => o.Kind == k);
        if (!string.IsNullOrWhiteSpace(province)) query = query.Where(o => o.ProvinceCode == province.Trim());
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0) query = query.Where(o => EF.Functions.Like(o.SearchName, VietnameseText.LikeContains(folded), "\\"));
        return query;
    }

    /// <summary>One organisation with its staff, or null when it does not exist or lies outside the scope.</summary>
    public static async Task<OrganisationDetail?> DetailAsync(CauNoiDb db, Scope scope, int id, DateOnly today)
    {
        var org = await db.Organisations.VisibleTo(scope).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (org is null) return null;
        // A Ministry unit's people are listed only to those the unit is visible to under the rule proper.
        var staffVisible = org.Kind != OrganisationKind.MinistryUnit || await db.Organisations.VisibleTo(scope, includeMinistryUnits: false).AnyAsync(o => o.Id == id);
        var staff = staffVisible
            ? await db.Users.Where(u => u.OrganisationId == id && u.IsActive).OrderBy(u => u.UserName)
                .Select(u => new Person(u.UserName!, u.FullName, u.JobTitle, u.Email, u.PhoneNumber)).ToListAsync()
            : [];
        var focal = org.ProvinceCode is null ? [] : await db.FocalLeaderAssignments
            .Where(a => a.ProvinceCode == org.ProvinceCode && a.EffectiveFrom <= today && (a.EffectiveTo == null || a.EffectiveTo >= today))
            .Select(a => a.Leader!.FullName).ToListAsync();
        var province = org.ProvinceCode is null ? null : await db.Provinces.Where(p => p.Code == org.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync();
        return new OrganisationDetail(OrganisationsApi.ToItem(org) with { ProvinceName = province }, org.Email, org.Phone, staff, focal);
    }
}
