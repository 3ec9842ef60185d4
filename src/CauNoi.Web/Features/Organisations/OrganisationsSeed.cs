using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Organisations;

/// <summary>
/// The starting lists administrators then edit in the UI: Ministry units, fields of work, and
/// one industry-and-trade body per province and per commune.
/// </summary>
public static class OrganisationsSeed
{
    // Units of the Ministry after its 2025 reorganisation (Decree 40/2025/NĐ-CP on the
    // Ministry's functions and structure); the seeds name Văn phòng Bộ, Vụ Tổ chức cán bộ,
    // Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp, Cục Công Thương địa phương and
    // Cục Quản lý và Phát triển thị trường trong nước.
    public static readonly (string Code, string Name, string ShortName)[] MinistryUnits =
    [
        ("VPB", "Văn phòng Bộ", "VPB"),
        ("TTB", "Thanh tra Bộ", "TTB"),
        ("TCCB", "Vụ Tổ chức cán bộ", "Vụ TCCB"),
        ("KHTC", "Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp", "Vụ KHTC&QLDN"),
        ("PC", "Vụ Pháp chế", "Vụ PC"),
        ("HTQT", "Vụ Hợp tác quốc tế", "Vụ HTQT"),
        ("DKT", "Vụ Dầu khí và Than", "Vụ DKT"),
        ("CSTM", "Vụ Chính sách thương mại đa biên", "Vụ CSTMĐB"),
        ("PTTTNN", "Vụ Phát triển thị trường nước ngoài", "Vụ PTTTNN"),
        ("CTDP", "Cục Công Thương địa phương", "Cục CTĐP"),
        ("TTTN", "Cục Quản lý và Phát triển thị trường trong nước", "Cục QL&PTTTTN"),
        ("CN", "Cục Công nghiệp", "Cục CN"),
        ("DL", "Cục Điện lực", "Cục ĐL"),
        ("HC", "Cục Hóa chất", "Cục HC"),
        ("ATMT", "Cục Kỹ thuật an toàn và Môi trường công nghiệp", "Cục KTAT&MTCN"),
        ("XNK", "Cục Xuất nhập khẩu", "Cục XNK"),
        ("PVTM", "Cục Phòng vệ thương mại", "Cục PVTM"),
        ("XTTM", "Cục Xúc tiến thương mại", "Cục XTTM"),
        ("TMDT", "Cục Thương mại điện tử và Kinh tế số", "Cục TMĐT&KTS"),
        ("DMST", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", "Cục ĐMST,CĐX&KC"),
        ("UBCT", "Ủy ban Cạnh tranh quốc gia", "UBCTQG"),
    ];

    /// <summary>Fields of work and the unit each is routed to (the starting routing rule).</summary>
    public static readonly (string Code, string Name, string UnitCode)[] Fields =
    [
        ("CN", "Công nghiệp", "CN"),
        ("CCN", "Cụm công nghiệp", "CTDP"),
        ("KC", "Khuyến công", "DMST"),
        ("NL", "Năng lượng (điện, dầu khí, than)", "DL"),
        ("HC", "Hóa chất, vật liệu nổ công nghiệp", "HC"),
        ("ATMT", "An toàn, môi trường công nghiệp", "ATMT"),
        ("TMTN", "Thương mại trong nước", "TTTN"),
        ("XNK", "Xuất nhập khẩu", "XNK"),
        ("TMDT", "Thương mại điện tử", "TMDT"),
        ("XTTM", "Xúc tiến thương mại", "XTTM"),
        ("QLTT", "Quản lý thị trường", "TTTN"),
        ("PVTM", "Phòng vệ thương mại", "PVTM"),
        ("TCBM", "Tổ chức bộ máy, cán bộ", "TCCB"),
        ("QPPL", "Văn bản quy phạm pháp luật", "PC"),
        ("TTHC", "Thủ tục hành chính, phân cấp, phân quyền", "VPB"),
        ("KHAC", "Khác", "CTDP"),
    ];

    public static async Task LoadAsync(CauNoiDb db, CancellationToken ct = default)
    {
        if (!await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.MinistryUnit, ct))
            db.Organisations.AddRange(MinistryUnits.Select(u => new Organisation
            {
                Kind = OrganisationKind.MinistryUnit, Code = u.Code, Name = u.Name, ShortName = u.ShortName,
                IsLocalAffairsHub = u.Code == "CTDP",
            }));

        await db.SaveChangesAsync(ct);

        if (!await db.FieldsOfWork.AnyAsync(ct))
        {
            var units = await db.Organisations.Where(o => o.Kind == OrganisationKind.MinistryUnit).ToDictionaryAsync(o => o.Code, o => o.Id, ct);
            db.FieldsOfWork.AddRange(Fields.Select((f, i) => new FieldOfWork
            {
                Code = f.Code, Name = f.Name, SortOrder = i + 1, ResponsibleUnitId = units.GetValueOrDefault(f.UnitCode) is var id and > 0 ? id : null,
            }));
        }

        if (!await db.Organisations.AnyAsync(o => o.Kind != OrganisationKind.MinistryUnit, ct))
        {
            foreach (var p in await db.Provinces.AsNoTracking().ToListAsync(ct))
                db.Organisations.Add(new Organisation
                {
                    Kind = OrganisationKind.ProvincialDepartment, Code = $"SCT-{p.Code}", ProvinceCode = p.Code,
                    Name = $"Sở Công Thương {ShortProvinceName(p.Name)}", ShortName = "Sở Công Thương",
                });
            foreach (var c in await db.Communes.AsNoTracking().ToListAsync(ct))
                db.Organisations.Add(new Organisation
                {
                    Kind = OrganisationKind.CommuneEconomicOffice, Code = $"XA-{c.Code}", ProvinceCode = c.ProvinceCode, CommuneCode = c.Code,
                    // Wards have the economic, infrastructure and urban office; communes and special zones the economic office.
                    Name = $"{(c.Type == "phường" ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế")} {c.Name}",
                    ShortName = c.Type == "phường" ? "Phòng KT,HT&ĐT" : "Phòng Kinh tế",
                });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"Thành phố Hà Nội" → "Hà Nội", "Tỉnh Tuyên Quang" → "Tuyên Quang": how the bodies are named.</summary>
    public static string ShortProvinceName(string name) =>
        name.StartsWith("Thành phố ", StringComparison.Ordinal) ? name["Thành phố ".Length..]
        : name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? name["Tỉnh ".Length..]
        : name;
}
