using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Awards;

/// <summary>A nomination as a page or the API sends it. Above the provincial level only the round and the previous nomination count: the product's fields are copied from it.</summary>
/// <param name="PreviousNominationId">Regional and national rounds: the product's recognised nomination in the round below.</param>
/// <param name="ProvinceCode">An administrator's choice of province for a provincial round's product (a department's own otherwise).</param>
public sealed record NominationInput(int? RoundId, string? ProductName, bool? IsProductSet, ProductGroup? Group, string? FacilityName,
    string? FacilityTaxCode, string? FacilityAddress, string? CommuneCode, string? Description, int? PreviousNominationId);

/// <summary>
/// Puts a product forward in a round, while it is open for nominations and until its deadline (the deadline's day
/// included). A provincial round takes its province's products, entered by the province's department. A regional or
/// national round takes only what passed the round below: the nomination names a recognised nomination of the same
/// province in a round one level below (provincial for regional, in the province's region; regional for national), of
/// the same year or the year before, not already put forward. Refusals: 404 (a round or a previous nomination the caller
/// does not see), 403 (not the province's department), 409 (the round no longer open, already put forward), 400 (fields).
/// </summary>
public static class NominationIntake
{
    public const string Forbidden = "Chỉ Sở Công Thương của tỉnh mới đề nghị bình chọn sản phẩm của tỉnh mình.";

    public sealed record Outcome(Nomination? Nomination, FieldErrors Errors, bool NotFound = false);

    public static async Task<Outcome> CheckAsync(CauNoiDb db, Actor actor, Scope scope, NominationInput input, DateTime at, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var round = input.RoundId is { } roundId ? await db.AwardRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) : null;
        if (round is null)
        {
            if (input.RoundId is null) { errors.Add(nameof(input.RoundId), "Chọn đợt bình chọn."); return new(null, errors); }
            return new(null, errors, NotFound: true);
        }
        var today = VietnamTime.DayOf(at);
        if (round.Stage != RoundStage.Nominating) throw new WorkflowRefusal($"Đợt bình chọn đã ngừng nhận hồ sơ ({AwardNames.Of(round.Stage).ToLower(VietnameseText.Culture)}).");
        if (today > round.NominationDeadline) throw new WorkflowRefusal($"Đã hết hạn nhận hồ sơ của đợt bình chọn (hạn ngày {Display.Date(round.NominationDeadline)}).");

        var nomination = round.Level == AwardLevel.Provincial
            ? await ProvincialAsync(db, actor, round, input, errors, ct)
            : await PutForwardAsync(db, actor, scope, round, input, errors, ct);
        if (nomination is null) return new(null, errors, NotFound: errors.Count == 0);
        if (errors.Count > 0) return new(null, errors);
        nomination.RoundId = round.Id;
        nomination.CreatedById = actor.UserId;
        nomination.CreatedAt = nomination.UpdatedAt = at;
        return new(nomination, errors);
    }

    private static async Task<Nomination?> ProvincialAsync(CauNoiDb db, Actor actor, AwardRound round, NominationInput input, FieldErrors errors, CancellationToken ct)
    {
        var province = round.ProvinceCode!;
        if (!AwardScope.MayNominate(actor, province)) throw new WorkflowRefusal(Forbidden, forbidden: true);
        if (input.PreviousNominationId is not null) errors.Add(nameof(input.PreviousNominationId), "Đợt bình chọn cấp tỉnh là cấp đầu tiên: không nêu sản phẩm đã được công nhận ở cấp dưới.");
        var product = CleanText.Of(input.ProductName, nameof(input.ProductName), "Tên sản phẩm, bộ sản phẩm", NominationConfiguration.NameLength, required: true, errors);
        if (input.Group is not { } group || !Enum.IsDefined(group)) { errors.Add(nameof(input.Group), "Chọn nhóm sản phẩm: Handicraft (thủ công mỹ nghệ), ProcessedFood (chế biến nông, lâm, thủy sản và thực phẩm), ToolsAndMachinery (thiết bị, máy móc, dụng cụ, phụ tùng cơ khí) hoặc Other (sản phẩm khác)."); group = default; }
        var facility = CleanText.Of(input.FacilityName, nameof(input.FacilityName), "Tên cơ sở sản xuất", NominationConfiguration.NameLength, required: true, errors);
        var taxCode = TaxCode.Clean(input.FacilityTaxCode, nameof(input.FacilityTaxCode), errors);
        var address = CleanText.Of(input.FacilityAddress, nameof(input.FacilityAddress), "Địa chỉ cơ sở", NominationConfiguration.AddressLength, required: false, errors);
        var description = CleanText.Of(input.Description, nameof(input.Description), "Mô tả sản phẩm", NominationConfiguration.TextLength, required: false, errors, multiline: true);
        var commune = input.CommuneCode?.Trim();
        if (string.IsNullOrEmpty(commune)) errors.Add(nameof(input.CommuneCode), "Chọn xã, phường nơi cơ sở sản xuất.");
        else if (!await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == province, ct))
            errors.Add(nameof(input.CommuneCode), $"Xã, phường mã \"{commune}\" không thuộc tỉnh, thành phố của đợt bình chọn.");
        return new Nomination
        {
            ProvinceCode = province, ProductName = product ?? "", IsProductSet = input.IsProductSet ?? false, Group = group,
            FacilityName = facility ?? "", FacilityTaxCode = taxCode, FacilityAddress = address, CommuneCode = commune, Description = description,
        };
    }

    private static async Task<Nomination?> PutForwardAsync(CauNoiDb db, Actor actor, Scope scope, AwardRound round, NominationInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.PreviousNominationId is not { } previousId)
        {
            errors.Add(nameof(input.PreviousNominationId), $"Đợt bình chọn {AwardNames.Of(round.Level).ToLower(VietnameseText.Culture)} chỉ nhận sản phẩm đã được công nhận ở cấp dưới: chọn sản phẩm đó (previousNominationId).");
            return new Nomination { ProvinceCode = "", ProductName = "", FacilityName = "" };
        }
        var previous = await db.Nominations.AsNoTracking().VisibleTo(scope, actor)
            .Join(db.AwardRounds, n => n.RoundId, r => r.Id, (n, r) => new { Nomination = n, r.Level, r.Year, r.Region, r.Title })
            .FirstOrDefaultAsync(x => x.Nomination.Id == previousId, ct);
        if (previous is null) return null;
        var n = previous.Nomination;
        if (!AwardScope.MayNominate(actor, n.ProvinceCode))
            throw new WorkflowRefusal("Chỉ Sở Công Thương của tỉnh có sản phẩm được công nhận mới đề nghị sản phẩm đó lên cấp trên.", forbidden: true);
        var field = nameof(input.PreviousNominationId);
        var below = round.Level - 1;
        if (previous.Level != below)
            errors.Add(field, $"Sản phẩm \"{n.ProductName}\" thuộc đợt bình chọn {AwardNames.Of(previous.Level).ToLower(VietnameseText.Culture)}; đợt bình chọn {AwardNames.Of(round.Level).ToLower(VietnameseText.Culture)} chỉ nhận sản phẩm đã được công nhận {AwardNames.Of(below).ToLower(VietnameseText.Culture)}.");
        else if (n.Recognised != true)
            errors.Add(field, $"Sản phẩm \"{n.ProductName}\" chưa được công nhận tại {previous.Title}: chỉ đề nghị sản phẩm đã được công nhận.");
        else if (previous.Year != round.Year && previous.Year != round.Year - 1)
            errors.Add(field, $"Sản phẩm được công nhận năm {previous.Year}; đợt bình chọn năm {round.Year} chỉ nhận sản phẩm được công nhận trong năm {round.Year} hoặc năm {round.Year - 1}.");
        else if (round.Level == AwardLevel.Regional && Regions.Of(n.ProvinceCode) != round.Region)
            errors.Add(field, $"Tỉnh, thành phố của sản phẩm thuộc {Regions.Name(Regions.Of(n.ProvinceCode)).ToLower(VietnameseText.Culture)}, không thuộc {Regions.Name(round.Region!.Value).ToLower(VietnameseText.Culture)} của đợt bình chọn.");
        if (errors.Count == 0 && await db.Nominations.AnyAsync(x => x.PreviousNominationId == previousId, ct))
            throw new WorkflowRefusal($"Sản phẩm \"{n.ProductName}\" đã được đề nghị lên cấp trên.");
        return new Nomination
        {
            ProvinceCode = n.ProvinceCode, FormerProvinceCode = n.FormerProvinceCode, ProductName = n.ProductName, IsProductSet = n.IsProductSet, Group = n.Group,
            FacilityName = n.FacilityName, FacilityTaxCode = n.FacilityTaxCode, FacilityAddress = n.FacilityAddress, CommuneCode = n.CommuneCode,
            Description = n.Description, PreviousNominationId = n.Id,
        };
    }
}
