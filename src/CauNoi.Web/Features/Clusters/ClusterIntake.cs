using System.Text.RegularExpressions;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Clusters;

/// <summary>A cluster as a page, the API or an import registers it: planned (with the plan that lists it), or already existing.</summary>
/// <param name="Code">The registry's code; made as "CCN-&lt;province&gt;-&lt;4 digits&gt;" when blank.</param>
/// <param name="Existing">A cluster that already exists (from a province's list): its decisions are recorded as history.</param>
public sealed record ClusterInput(
    string? Code, string? Name, string? ProvinceCode, List<LocationInput>? Locations, decimal? PlannedHa, decimal? LeasableHa,
    string? DeveloperName, DeveloperKind? DeveloperKind, string? DeveloperTaxCode, double? Latitude, double? Longitude,
    List<string>? Sectors, string? Note, string? PlanNumber, DateOnly? PlanSignedOn, string? PlanSigner, ExistingInput? Existing = null);

/// <param name="CommuneCode">Today's commune (xã, phường, đặc khu).</param>
/// <param name="FormerCommuneCode">The commune before 1/7/2025, mapped to today's through the lineage.</param>
public sealed record LocationInput(string? CommuneCode, string? FormerCommuneCode);

/// <summary>Where an existing cluster stands and the decisions that brought it there.</summary>
public sealed record ExistingInput(ClusterStage Stage, string? EstablishNumber, DateOnly? EstablishedOn, string? EstablishSigner, decimal? AreaHa, DateOnly? OperatingSince);

/// <summary>
/// The descriptive fields a keeper edits; the rest changes only by decisions. Locations and leasable land are kept when
/// not sent; leasable land changes here only before establishment (after it, by an expansion's decision).
/// </summary>
public sealed record ClusterEdit(
    string? Name, List<LocationInput>? Locations, decimal? LeasableHa, string? DeveloperName, DeveloperKind? DeveloperKind,
    string? DeveloperTaxCode, double? Latitude, double? Longitude, List<string>? Sectors, string? Note, int? Version);

/// <summary>
/// A cluster taken in, or its description edited: every field checked, every commune looked up, the errors in Vietnamese by
/// field. Nothing is written unless all of it holds.
/// </summary>
public static partial class ClusterIntake
{
    public const string Forbidden = "Tài khoản của bạn không được cập nhật cụm công nghiệp của tỉnh, thành phố này.";
    public const string ConflictMessage = "Cụm công nghiệp vừa được người khác cập nhật. Vui lòng tải lại trang trước khi thao tác.";

    /// <summary>A bound against typing errors; the decree's own limits are conditions of its steps (<see cref="ClusterConditions"/>).</summary>
    public const decimal MostHa = 500m;

    public static async Task<(Cluster? Cluster, FieldErrors Errors)> CheckAsync(CauNoiDb db, Actor actor, ClusterInput input, DateTime at, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = VietnamTime.DayOf(at);
        var province = input.ProvinceCode?.Trim();
        if (string.IsNullOrEmpty(province)) errors.Add(nameof(input.ProvinceCode), "Chọn tỉnh, thành phố của cụm công nghiệp.");
        else if (!await db.Provinces.AnyAsync(p => p.Code == province, ct)) { errors.Add(nameof(input.ProvinceCode), $"Không có tỉnh, thành phố mã '{province}'."); province = null; }
        else if (!ClusterScope.MayKeep(actor, province)) errors.Add("", Forbidden);

        var code = await CodeAsync(db, input.Code, errors, ct);
        var name = CleanText.Of(input.Name, nameof(input.Name), "Tên cụm công nghiệp", ClusterConfiguration.NameLength, required: true, errors);
        var locations = province is null ? null : await ClusterPlaces.ResolveAsync(db, province, input.Locations, errors, ct);
        var planned = Area(input.PlannedHa, nameof(input.PlannedHa), "Diện tích theo phương án phát triển", errors, required: true);
        var leasable = Area(input.LeasableHa, nameof(input.LeasableHa), "Diện tích đất công nghiệp có thể cho thuê", errors, required: false) ?? 0m;
        var developer = Developer(input.DeveloperName, input.DeveloperKind, input.DeveloperTaxCode, errors);
        var (latitude, longitude) = Coordinates(input.Latitude, input.Longitude, errors);
        var sectors = Sectors(input.Sectors, errors);
        var note = CleanText.Of(input.Note, nameof(input.Note), "Ghi chú", ClusterConfiguration.NoteLength, required: false, errors, multiline: true);

        var existing = input.Existing;
        var stage = existing?.Stage ?? ClusterStage.Planned;
        if (!Enum.IsDefined(stage)) errors.Add("Existing.Stage", "Giai đoạn của cụm công nghiệp không hợp lệ.");
        // A planned cluster is one the province's development plan lists: the plan is its first decision.
        var planRequired = stage == ClusterStage.Planned;
        var planNumber = DocumentNumber.Clean(input.PlanNumber, nameof(input.PlanNumber), "Số quyết định phê duyệt phương án phát triển", errors,
            planRequired ? "Nhập số quyết định phê duyệt phương án phát triển cụm công nghiệp có cụm này" : null);
        var planSigner = CleanText.Of(input.PlanSigner, nameof(input.PlanSigner), "Người ký", 200, required: false, errors);
        if (input.PlanSignedOn is null && (planRequired || planNumber is not null)) errors.Add(nameof(input.PlanSignedOn), "Nhập ngày ký quyết định phê duyệt phương án phát triển.");
        else if (input.PlanSignedOn > today) errors.Add(nameof(input.PlanSignedOn), $"Ngày ký ({Display.Date(input.PlanSignedOn)}) không được sau hôm nay.");

        decimal? area = null;
        string? establishNumber = null, establishSigner = null;
        if (existing is not null && stage != ClusterStage.Planned && Enum.IsDefined(stage))
        {
            establishNumber = DocumentNumber.Clean(existing.EstablishNumber, "Existing.EstablishNumber", "Số quyết định thành lập", errors);
            establishSigner = CleanText.Of(existing.EstablishSigner, "Existing.EstablishSigner", "Người ký quyết định thành lập", 200, required: false, errors);
            area = Area(existing.AreaHa, "Existing.AreaHa", "Diện tích cụm công nghiệp đã thành lập", errors, required: true);
            if (existing.EstablishedOn is not { } established) errors.Add("Existing.EstablishedOn", "Nhập ngày thành lập cụm công nghiệp.");
            else if (established > today) errors.Add("Existing.EstablishedOn", $"Ngày thành lập ({Display.Date(established)}) không được sau hôm nay.");
            else if (input.PlanSignedOn is { } plan && established < plan) errors.Add("Existing.EstablishedOn", $"Ngày thành lập ({Display.Date(established)}) không được trước ngày phê duyệt phương án phát triển ({Display.Date(plan)}).");
            if (stage == ClusterStage.Operating && existing.OperatingSince is null) errors.Add("Existing.OperatingSince", "Nhập ngày cụm công nghiệp đi vào hoạt động.");
            if (existing.OperatingSince is { } since)
            {
                if (stage != ClusterStage.Operating) errors.Add("Existing.OperatingSince", "Chỉ cụm công nghiệp đang hoạt động mới có ngày đi vào hoạt động.");
                else if (since > today) errors.Add("Existing.OperatingSince", $"Ngày đi vào hoạt động ({Display.Date(since)}) không được sau hôm nay.");
                else if (existing.EstablishedOn is { } e && since < e) errors.Add("Existing.OperatingSince", $"Ngày đi vào hoạt động ({Display.Date(since)}) không được trước ngày thành lập ({Display.Date(e)}).");
            }
        }
        if (leasable > (area ?? planned ?? decimal.MaxValue))
            errors.Add(nameof(input.LeasableHa), $"Đất công nghiệp có thể cho thuê ({Display.Number(leasable, 2)} ha) không được lớn hơn diện tích cụm công nghiệp ({Display.Number((area ?? planned)!.Value, 2)} ha).");
        if (errors.Count > 0) return (null, errors);

        var cluster = new Cluster
        {
            Code = code ?? await NextCodeAsync(db, province!, ct), Name = name!, ProvinceCode = province!, FormerProvinceCode = await ClusterPlaces.FormerProvinceAsync(db, locations!, ct),
            Stage = stage, PlannedHa = planned!.Value, AreaHa = area, LeasableHa = leasable,
            DeveloperName = developer.Name, DeveloperKind = developer.Kind, DeveloperTaxCode = developer.TaxCode,
            Latitude = latitude, Longitude = longitude, Sectors = sectors, Note = note,
            CreatedById = actor.UserId, CreatedAt = at, UpdatedAt = at, Locations = locations!,
        };
        if (input.PlanSignedOn is { } planOn)
            cluster.Decisions.Add(Decision(actor, at, ClusterStep.Plan, planNumber, planOn, planSigner, planned.Value, null));
        if (area is not null)
        {
            // Recorded as history: the conditions were the province's to check when it decided, not the registry's now.
            cluster.EstablishedOn = existing!.EstablishedOn;
            cluster.Decisions.Add(Decision(actor, at, ClusterStep.Establish, establishNumber, existing.EstablishedOn!.Value, establishSigner, area, leasable));
            if (existing.OperatingSince is { } since)
            {
                cluster.OperatingSince = since;
                cluster.Decisions.Add(Decision(actor, at, ClusterStep.StartOperation, null, since, null, null, null));
            }
        }
        return (cluster, errors);
    }

    /// <summary>Edits the descriptive fields of a cluster the caller keeps (tracked, with its locations); the caller saves.</summary>
    public static async Task<FieldErrors> UpdateAsync(CauNoiDb db, Actor actor, Cluster cluster, ClusterEdit input, DateTime at, CancellationToken ct = default)
    {
        if (!ClusterScope.MayKeep(actor, cluster.ProvinceCode)) throw new WorkflowRefusal(Forbidden, forbidden: true);
        if (input.Version is { } version && version != cluster.Version) throw new Conflict();
        var errors = new FieldErrors();
        var name = CleanText.Of(input.Name, nameof(input.Name), "Tên cụm công nghiệp", ClusterConfiguration.NameLength, required: true, errors);
        var locations = input.Locations is null ? null : await ClusterPlaces.ResolveAsync(db, cluster.ProvinceCode, input.Locations, errors, ct);
        var leasable = Area(input.LeasableHa, nameof(input.LeasableHa), "Diện tích đất công nghiệp có thể cho thuê", errors, required: false);
        if (leasable is { } l && l != cluster.LeasableHa)
        {
            if (cluster.Stage != ClusterStage.Planned)
                errors.Add(nameof(input.LeasableHa), "Sau khi thành lập, đất công nghiệp có thể cho thuê chỉ thay đổi theo quyết định mở rộng cụm công nghiệp.");
            else if (l > cluster.PlannedHa)
                errors.Add(nameof(input.LeasableHa), $"Đất công nghiệp có thể cho thuê ({Display.Number(l, 2)} ha) không được lớn hơn diện tích theo phương án phát triển ({Display.Number(cluster.PlannedHa, 2)} ha).");
        }
        var developer = Developer(input.DeveloperName, input.DeveloperKind, input.DeveloperTaxCode, errors);
        var (latitude, longitude) = Coordinates(input.Latitude, input.Longitude, errors);
        var sectors = Sectors(input.Sectors, errors);
        var note = CleanText.Of(input.Note, nameof(input.Note), "Ghi chú", ClusterConfiguration.NoteLength, required: false, errors, multiline: true);
        if (errors.Count > 0) return errors;

        cluster.Name = name!;
        if (leasable is { } newLeasable) cluster.LeasableHa = newLeasable;
        (cluster.DeveloperName, cluster.DeveloperKind, cluster.DeveloperTaxCode) = developer;
        (cluster.Latitude, cluster.Longitude) = (latitude, longitude);
        if (!cluster.Sectors.SequenceEqual(sectors)) cluster.Sectors = sectors;
        cluster.Note = note;
        if (locations is not null && !SamePlaces(cluster.Locations, locations))
        {
            db.ClusterLocations.RemoveRange(cluster.Locations);
            cluster.Locations = locations;
            cluster.FormerProvinceCode = await ClusterPlaces.FormerProvinceAsync(db, locations, ct) ?? cluster.FormerProvinceCode;
        }
        cluster.UpdatedAt = at;
        cluster.Version++;
        return errors;
    }

    /// <summary>The cluster changed since the caller read it.</summary>
    public sealed class Conflict() : Exception(ConflictMessage);

    public static ClusterDecision Decision(Actor actor, DateTime at, ClusterStep step, string? number, DateOnly signedOn, string? signer, decimal? area, decimal? leasable) =>
        new() { Step = step, Number = number, SignedOn = signedOn, Signer = signer, AreaHa = area, LeasableHa = leasable, RecordedById = actor.UserId, RecordedAt = at };

    /// <summary>An area in hectares: not negative, to two decimals at most, within <see cref="MostHa"/>; a required one above zero.</summary>
    public static decimal? Area(decimal? value, string field, string label, FieldErrors errors, bool required)
    {
        if (value is not { } ha)
        {
            if (required) errors.Add(field, $"Nhập {label.ToLower(VietnameseText.Culture)} (ha).");
            return null;
        }
        if (ha < 0 || (required && ha == 0)) errors.Add(field, $"{label} phải {(required ? "lớn hơn 0" : "không âm")}.");
        else if (decimal.Round(ha, 2) != ha) errors.Add(field, $"{label} ghi tối đa hai chữ số thập phân (ha).");
        else if (ha > MostHa) errors.Add(field, $"{label} ({Display.Number(ha, 2)} ha) vượt quá {Display.Number(MostHa, 0)} ha: vui lòng kiểm tra lại đơn vị (ha).");
        else return ha;
        return null;
    }

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodeFormat();

    private static (string? Name, DeveloperKind? Kind, string? TaxCode) Developer(string? rawName, DeveloperKind? kind, string? rawTaxCode, FieldErrors errors)
    {
        var name = CleanText.Of(rawName, "DeveloperName", "Chủ đầu tư hạ tầng kỹ thuật", ClusterConfiguration.DeveloperLength, required: false, errors);
        if (kind is { } k && !Enum.IsDefined(k)) { errors.Add("DeveloperKind", "Loại chủ đầu tư không hợp lệ."); kind = null; }
        else if (name is not null && kind is null) errors.Add("DeveloperKind", "Chọn loại chủ đầu tư hạ tầng: doanh nghiệp, hợp tác xã hoặc đơn vị sự nghiệp công lập.");
        var taxCode = TaxCode.Clean(rawTaxCode, "DeveloperTaxCode", errors);
        if (name is null && (kind is not null || taxCode is not null)) errors.Add("DeveloperName", "Nhập tên chủ đầu tư hạ tầng kỹ thuật.");
        return (name, name is null ? null : kind, name is null ? null : taxCode);
    }

    /// <summary>Both or neither, within Vietnam's bounding box (the islands of Hoàng Sa and Trường Sa included).</summary>
    private static (double?, double?) Coordinates(double? latitude, double? longitude, FieldErrors errors)
    {
        if (latitude is null && longitude is null) return (null, null);
        if (latitude is null || longitude is null) { errors.Add("Latitude", "Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai."); return (null, null); }
        if (!double.IsFinite(latitude.Value) || latitude is < 8.0 or > 23.5) errors.Add("Latitude", $"Vĩ độ {latitude} nằm ngoài lãnh thổ Việt Nam (từ 8 đến 23,5 độ Bắc).");
        if (!double.IsFinite(longitude.Value) || longitude is < 102.0 or > 118.0) errors.Add("Longitude", $"Kinh độ {longitude} nằm ngoài lãnh thổ Việt Nam (từ 102 đến 118 độ Đông).");
        return (Math.Round(latitude.Value, 6), Math.Round(longitude.Value, 6));
    }

    public const int MostSectors = 20;

    private static List<string> Sectors(IReadOnlyList<string>? raw, FieldErrors errors)
    {
        var sectors = new List<string>();
        foreach (var s in raw ?? [])
            if (CleanText.Of(s, "Sectors", "Ngành nghề", ClusterConfiguration.SectorLength, required: false, errors) is { } sector
                && !sectors.Contains(sector, StringComparer.OrdinalIgnoreCase)) sectors.Add(sector);
        if (sectors.Count > MostSectors) errors.Add("Sectors", $"Ghi tối đa {MostSectors} ngành nghề thu hút.");
        return sectors;
    }

    /// <summary>The code as given (in capitals, unique), or the province's next "CCN-01-0001" when blank.</summary>
    private static async Task<string?> CodeAsync(CauNoiDb db, string? raw, FieldErrors errors, CancellationToken ct)
    {
        var given = CleanText.Of(raw, "Code", "Mã cụm công nghiệp", ClusterConfiguration.CodeLength, required: false, errors)?.ToUpperInvariant();
        if (given is null) return null;
        if (!CodeFormat().IsMatch(given)) errors.Add("Code", $"Mã cụm công nghiệp \"{given}\" chỉ gồm chữ cái không dấu, chữ số và dấu \"-\".");
        else if (await db.Clusters.AnyAsync(c => c.Code == given, ct)) errors.Add("Code", $"Mã {given} đã có trong danh mục cụm công nghiệp.");
        return given;
    }

    /// <summary>
    /// The province's next code: the highest number it holds, plus one. Clusters added but not yet saved (an import's rows)
    /// count, so each gets its own; two requests at the same moment meet the unique index, and the second is refused.
    /// </summary>
    private static async Task<string> NextCodeAsync(CauNoiDb db, string province, CancellationToken ct)
    {
        var prefix = $"CCN-{province}-";
        var codes = await db.Clusters.Where(c => c.Code.StartsWith(prefix)).Select(c => c.Code).ToListAsync(ct);
        var highest = codes.Concat(db.Clusters.Local.Select(c => c.Code)).Where(c => c.StartsWith(prefix, StringComparison.Ordinal))
            .Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{highest + 1:D4}";
    }

    private static bool SamePlaces(IEnumerable<ClusterLocation> a, IEnumerable<ClusterLocation> b) =>
        a.Select(l => (l.CommuneCode, l.FormerCommuneCode)).Order().SequenceEqual(b.Select(l => (l.CommuneCode, l.FormerCommuneCode)).Order());
}
