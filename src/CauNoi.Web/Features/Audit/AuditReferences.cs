using System.Globalization;
using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Audit;

/// <summary>
/// The names of the people, units, fields, roles and places a page of audit entries refers to by key, read together:
/// one query per kind of record for the whole page, never one per row.
/// </summary>
public sealed class AuditReferences
{
    private readonly Dictionary<(Reference, string), string> names = [];
    private readonly Dictionary<string, string> peopleByUserName = [];
    private readonly Dictionary<Reference, HashSet<string>> wanted = [];
    private readonly HashSet<string> wantedUserNames = [];

    public void Want(Reference kind, string? key)
    {
        if (string.IsNullOrEmpty(key) || kind is Reference.Recommendation or Reference.Group) return;   // named without a lookup
        if (!wanted.TryGetValue(kind, out var keys)) wanted[kind] = keys = [];
        keys.Add(key);
    }

    public void WantUserName(string userName) => wantedUserNames.Add(userName);

    public async Task LoadAsync(CauNoiDb db, CancellationToken ct = default)
    {
        var ids = Keys(Reference.Person);
        if (ids.Count > 0 || wantedUserNames.Count > 0)
        {
            var userNames = wantedUserNames.ToList();
            foreach (var u in await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) || userNames.Contains(u.UserName!))
                         .Select(u => new { u.Id, u.UserName, u.FullName }).ToListAsync(ct))
            {
                var person = string.IsNullOrWhiteSpace(u.FullName) ? u.UserName! : $"{u.FullName} ({u.UserName})";
                names[(Reference.Person, u.Id)] = person;
                peopleByUserName[u.UserName!] = person;
            }
        }
        var organisations = Numbers(Reference.Organisation);
        if (organisations.Count > 0)
            Add(Reference.Organisation, (await db.Organisations.AsNoTracking().Where(o => organisations.Contains(o.Id))
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => new KeyValuePair<string, string>(o.Id.ToString(CultureInfo.InvariantCulture), o.Name)));
        var fields = Numbers(Reference.Field);
        if (fields.Count > 0)
            Add(Reference.Field, (await db.FieldsOfWork.AsNoTracking().Where(f => fields.Contains(f.Id))
                .Select(f => new { f.Id, f.Name }).ToListAsync(ct)).Select(f => new KeyValuePair<string, string>(f.Id.ToString(CultureInfo.InvariantCulture), f.Name)));
        var roles = Keys(Reference.Role);
        if (roles.Count > 0)
            Add(Reference.Role, (await db.Roles.AsNoTracking().Where(r => roles.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(ct))
                .Select(r => new KeyValuePair<string, string>(r.Id, Roles.DisplayNames.GetValueOrDefault(r.Name ?? "", r.Name ?? r.Id))));
        var provinces = Keys(Reference.Province);
        if (provinces.Count > 0)
            Add(Reference.Province, (await db.Provinces.AsNoTracking().Where(p => provinces.Contains(p.Code))
                .Select(p => new { p.Code, p.Name }).ToListAsync(ct)).Select(p => new KeyValuePair<string, string>(p.Code, p.Name)));
        var communes = Keys(Reference.Commune);
        if (communes.Count > 0)
            Add(Reference.Commune, (await db.Communes.AsNoTracking().Where(c => communes.Contains(c.Code))
                .Select(c => new { c.Code, c.Name, Province = c.Province!.Name }).ToListAsync(ct))
                .Select(c => new KeyValuePair<string, string>(c.Code, $"{c.Name}, {c.Province}")));
    }

    /// <summary>The record's name, or null when it is not found (deleted since, or not a key at all).</summary>
    public string? Name(Reference kind, string key) => kind switch
    {
        Reference.Recommendation => int.TryParse(key, out var id) ? Recommendations.Recommendation.FormatNumber(id) : null,
        Reference.Group => $"Nhóm số {key}",
        _ => names.GetValueOrDefault((kind, key)),
    };

    public string? PersonByUserName(string userName) => peopleByUserName.GetValueOrDefault(userName);

    private List<string> Keys(Reference kind) => wanted.TryGetValue(kind, out var keys) ? [.. keys] : [];

    private List<int> Numbers(Reference kind) => [.. Keys(kind).Select(k => int.TryParse(k, out var n) ? n : (int?)null).OfType<int>()];

    private void Add(Reference kind, IEnumerable<KeyValuePair<string, string>> found)
    {
        foreach (var (key, name) in found) names[(kind, key)] = name;
    }
}
