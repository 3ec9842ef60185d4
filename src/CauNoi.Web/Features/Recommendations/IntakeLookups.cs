using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// What intake checks a recommendation against: fields, provinces and communes, the localities'
/// bodies, the coordinating hub, the focal leaders. One submission asks the database each
/// question; a conference list of thousands reads the answers once (<see cref="PreloadAsync"/>).
/// Either way <see cref="Intake"/> applies the same rules.
/// </summary>
public abstract class IntakeLookups
{
    public abstract ValueTask<FieldOfWork?> ActiveFieldAsync(int id, CancellationToken ct);
    public abstract ValueTask<bool> ProvinceExistsAsync(string code, CancellationToken ct);
    public abstract ValueTask<bool> CommuneInProvinceAsync(string communeCode, string provinceCode, CancellationToken ct);
    /// <summary>The id of the organisation with this code; it must exist.</summary>
    public abstract ValueTask<int> OrganisationIdAsync(string code, CancellationToken ct);
    public abstract ValueTask<int?> HubIdAsync(CancellationToken ct);
    public abstract ValueTask<string?> FocalLeaderIdAsync(string provinceCode, DateOnly on, CancellationToken ct);
    /// <summary>The province of the cluster, if the caller sees it (<see cref="ClusterScope.VisibleTo"/>); else null.</summary>
    public abstract ValueTask<string?> ClusterProvinceAsync(int id, Actor actor, CancellationToken ct);

    /// <summary>Asked of the database; clusters are seen in <paramref name="scope"/> (none but a Ministry account's without one).</summary>
    public static IntakeLookups Of(CauNoiDb db, Scope? scope = null) => new FromDatabase(db, scope ?? Scope.Nothing);

    /// <summary>Every answer read up front: a few thousand small rows, then no query per recommendation.</summary>
    public static async Task<IntakeLookups> PreloadAsync(CauNoiDb db, CancellationToken ct = default) => new Preloaded(
        await db.FieldsOfWork.AsNoTracking().Where(f => f.IsActive).ToDictionaryAsync(f => f.Id, ct),
        [.. await db.Provinces.Select(p => p.Code).ToListAsync(ct)],
        await db.Communes.ToDictionaryAsync(c => c.Code, c => c.ProvinceCode, ct),
        await db.Organisations.Where(o => o.Kind != OrganisationKind.MinistryUnit).ToDictionaryAsync(o => o.Code, o => o.Id, ct),
        await db.Organisations.Where(o => o.IsLocalAffairsHub && o.IsActive).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct),
        (await db.FocalLeaderAssignments.AsNoTracking().ToListAsync(ct)).ToLookup(a => a.ProvinceCode));

    private sealed class FromDatabase(CauNoiDb db, Scope scope) : IntakeLookups
    {
        public override async ValueTask<FieldOfWork?> ActiveFieldAsync(int id, CancellationToken ct) =>
            await db.FieldsOfWork.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.IsActive, ct);

        public override async ValueTask<bool> ProvinceExistsAsync(string code, CancellationToken ct) =>
            await db.Provinces.AnyAsync(p => p.Code == code, ct);

        public override async ValueTask<bool> CommuneInProvinceAsync(string communeCode, string provinceCode, CancellationToken ct) =>
            await db.Communes.AnyAsync(c => c.Code == communeCode && c.ProvinceCode == provinceCode, ct);

        public override async ValueTask<int> OrganisationIdAsync(string code, CancellationToken ct) =>
            await db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(ct);

        public override async ValueTask<int?> HubIdAsync(CancellationToken ct) =>
            await db.Organisations.Where(o => o.IsLocalAffairsHub && o.IsActive).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);

        public override async ValueTask<string?> FocalLeaderIdAsync(string provinceCode, DateOnly on, CancellationToken ct) =>
            await db.FocalLeaderAssignments
                .Where(a => a.ProvinceCode == provinceCode && a.EffectiveFrom <= on && (a.EffectiveTo == null || a.EffectiveTo >= on))
                .OrderByDescending(a => a.EffectiveFrom).Select(a => a.LeaderId).FirstOrDefaultAsync(ct);

        public override async ValueTask<string?> ClusterProvinceAsync(int id, Actor actor, CancellationToken ct) =>
            await db.Clusters.VisibleTo(scope, actor).Where(c => c.Id == id).Select(c => c.ProvinceCode).FirstOrDefaultAsync(ct);
    }

    private sealed class Preloaded(
        Dictionary<int, FieldOfWork> fields, HashSet<string> provinces, Dictionary<string, string> communes,
        Dictionary<string, int> localities, int? hub, ILookup<string, FocalLeaderAssignment> focal) : IntakeLookups
    {
        public override ValueTask<FieldOfWork?> ActiveFieldAsync(int id, CancellationToken ct) => new(fields.GetValueOrDefault(id));
        public override ValueTask<bool> ProvinceExistsAsync(string code, CancellationToken ct) => new(provinces.Contains(code));
        public override ValueTask<bool> CommuneInProvinceAsync(string communeCode, string provinceCode, CancellationToken ct) =>
            new(communes.TryGetValue(communeCode, out var p) && p == provinceCode);
        public override ValueTask<int> OrganisationIdAsync(string code, CancellationToken ct) => new(localities[code]);
        public override ValueTask<int?> HubIdAsync(CancellationToken ct) => new(hub);
        public override ValueTask<string?> FocalLeaderIdAsync(string provinceCode, DateOnly on, CancellationToken ct) =>
            new(focal[provinceCode].Where(a => a.EffectiveFrom <= on && (a.EffectiveTo == null || a.EffectiveTo >= on))
                .OrderByDescending(a => a.EffectiveFrom).Select(a => a.LeaderId).FirstOrDefault());
        // A conference list names no cluster.
        public override ValueTask<string?> ClusterProvinceAsync(int id, Actor actor, CancellationToken ct) => new((string?)null);
    }
}
