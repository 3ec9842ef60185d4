using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Reports;

/// <summary>
/// The body that issues the caller's report, as the Decree 30 header names it: its superior body
/// ("UBND tỉnh Tuyên Quang"), itself ("Sở Công Thương"), its name in a sentence ("Sở Công Thương Tuyên Quang"),
/// the code after "BC-" in its number, and the place before the date.
/// </summary>
public sealed record ReportIssuer(IssuerLevel Level, string SuperiorBody, string Body, string Name, string Code, string Place, string ProvinceName)
{
    /// <summary>
    /// The caller's organisation. Whoever sees the whole country (Ministry leaders, administrators, the hub) gets the
    /// national report, which Cục Công Thương địa phương issues: it is the hub that reports to the Government.
    /// </summary>
    public static async Task<ReportIssuer> OfAsync(CauNoiDb db, SignedInAccount? account, Scope scope, CancellationToken ct = default)
    {
        var organisation = scope.SeesAll || account is null
            ? await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstAsync(o => o.IsLocalAffairsHub, ct)
            : await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == account.OrganisationId, ct);
        switch (organisation.Kind)
        {
            case OrganisationKind.ProvincialDepartment:
            {
                var province = await db.Provinces.Where(p => p.Code == organisation.ProvinceCode).Select(p => p.Name).SingleAsync(ct);
                return new(IssuerLevel.Province, "UBND " + LowerFirst(province), organisation.ShortName ?? "Sở Công Thương", organisation.Name, "SCT",
                    OrganisationsSeed.ShortProvinceName(province), OrganisationsSeed.ShortProvinceName(province));
            }
            case OrganisationKind.CommuneEconomicOffice:
            {
                var commune = await db.Communes.Where(c => c.Code == organisation.CommuneCode)
                    .Select(c => new { c.Name, c.Type, Province = c.Province!.Name }).SingleAsync(ct);
                // "Phòng Kinh tế, Hạ tầng và Đô thị Phường Hoàn Kiếm": the office is named after its commune, which heads the header.
                var office = organisation.Name.EndsWith(" " + commune.Name, StringComparison.Ordinal)
                    ? organisation.Name[..^(commune.Name.Length + 1)] : organisation.Name;
                var place = commune.Name.StartsWith(commune.Type + " ", StringComparison.OrdinalIgnoreCase) ? commune.Name[(commune.Type.Length + 1)..] : commune.Name;
                return new(IssuerLevel.Commune, "UBND " + LowerFirst(commune.Name), office, $"{office} {LowerFirst(commune.Name)}",
                    office.Contains("Hạ tầng", StringComparison.Ordinal) ? "KTHTĐT" : "KT", place, OrganisationsSeed.ShortProvinceName(commune.Province));
            }
            default:
                // "Cục CTĐP" → "CTĐP", "Vụ TCCB" → "TCCB": the unit's own code in its documents' numbers.
                var code = (organisation.ShortName ?? organisation.Code).Split(' ', 2) is [("Cục" or "Vụ"), var rest] ? rest : organisation.ShortName ?? organisation.Code;
                return new(IssuerLevel.Ministry, "Bộ Công Thương", organisation.Name, organisation.Name, code, "Hà Nội", "");
        }
    }

    /// <summary>A recipient line with the placeholders an administrator may write filled in for this issuer.</summary>
    public string Fill(string line) => line
        .Replace(ReportSignOffs.Superior, SuperiorBody, StringComparison.Ordinal)
        .Replace(ReportSignOffs.Province, ProvinceName, StringComparison.Ordinal)
        .Replace(ReportSignOffs.Code, Code, StringComparison.Ordinal);

    private static string LowerFirst(string name) =>
        name.Split(' ', 2) is [var kind, var rest] ? kind.ToLower(VietnameseText.Culture) + " " + rest : name;
}
