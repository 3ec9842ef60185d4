using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Promotion;

/// <summary>A plan as a page or the API sends it. A local plan names its province (the caller's when blank).</summary>
public sealed record PlanInput(
    int? Year, PlanKind? Kind, string? ProvinceCode, string? Title, string? DecisionNumber, DateOnly? DecidedOn, DateOnly? RegistrationDeadline,
    decimal? BudgetNational, decimal? BudgetLocal, decimal? BudgetCounterpart, string? Note, int? Version = null);

/// <summary>A proposal as the intake form or the API registers it into a plan.</summary>
/// <param name="ProvinceCode">The province it is carried out in; the caller's department's when blank; none only for DMST's own.</param>
public sealed record ProposalInput(
    int? PlanId, string? ProvinceCode, string? CommuneCode, ProposerKind? ProposerKind, string? ProposerName, PromotionActivity? Activity,
    string? Title, string? Summary, string? BeneficiaryName, string? BeneficiaryTaxCode,
    decimal? RequestedNational, decimal? RequestedLocal, decimal? RequestedCounterpart, DateOnly? StartOn, DateOnly? EndOn, List<OutputInput>? Outputs);

/// <summary>An output a proposal promises (kind, unit, amount), or at acceptance what was achieved of one (by its id).</summary>
public sealed record OutputInput(int? Id, OutputKind? Kind, string? Unit, string? Description, decimal? Promised, decimal? Achieved);

/// <summary>
/// Plans and proposals taken in: every field checked, the errors in Vietnamese by field; nothing is written unless all
/// of it holds. Money in triệu đồng, not negative, two decimals at most.
/// </summary>
public static class PromotionIntake
{
    public const string ConflictMessage = "Bản ghi đã được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.";
    public const decimal MostMoney = 10_000_000m;   // 10.000 tỷ đồng: beyond it the unit is wrong
    public const int MostOutputs = 20;
    public const int FirstYear = 2000, LastYear = 2100;

    /// <summary>The record changed since the caller read it.</summary>
    public sealed class Conflict() : Exception(ConflictMessage);

    /// <summary>A plan new (<paramref name="plan"/> null) or edited: checked, and the one of its year, kind and province (409 otherwise).</summary>
    public static async Task<(PromotionPlan? Plan, FieldErrors Errors)> PlanAsync(
        CauNoiDb db, PromotionActor caller, PromotionPlan? plan, PlanInput input, DateTime at, CancellationToken ct = default)
    {
        if (plan is not null && input.Version is { } version && version != plan.Version) throw new Conflict();
        var errors = new FieldErrors();
        var kind = plan?.Kind ?? input.Kind ?? (caller.IsOwner ? PlanKind.National : PlanKind.Local);
        if (!Enum.IsDefined(kind)) { errors.Add(nameof(input.Kind), "Loại kế hoạch không hợp lệ: kế hoạch quốc gia (National) hoặc địa phương (Local)."); return (null, errors); }
        var province = plan is not null ? plan.ProvinceCode
            : kind == PlanKind.National ? null
            : string.IsNullOrWhiteSpace(input.ProvinceCode) ? caller.Actor.ProvinceCode : input.ProvinceCode.Trim();
        if (kind == PlanKind.Local && province is null) errors.Add(nameof(input.ProvinceCode), "Chọn tỉnh, thành phố của kế hoạch khuyến công địa phương.");
        else if (plan is null && province is not null && !await db.Provinces.AnyAsync(p => p.Code == province, ct))
        {
            errors.Add(nameof(input.ProvinceCode), $"Không có tỉnh, thành phố mã '{province}'.");
            return (null, errors);
        }
        if (!PromotionScope.MayKeepPlan(caller, kind, province)) throw new WorkflowRefusal(
            kind == PlanKind.National ? "Chỉ Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công lập và sửa kế hoạch khuyến công quốc gia."
                : "Chỉ Sở Công Thương của tỉnh lập và sửa kế hoạch khuyến công địa phương của tỉnh mình.", forbidden: true);

        var year = plan?.Year ?? input.Year;
        if (year is null) errors.Add(nameof(input.Year), "Nhập năm kế hoạch.");
        else if (year is < FirstYear or > LastYear) errors.Add(nameof(input.Year), $"Năm kế hoạch {year} không hợp lệ (từ {FirstYear} đến {LastYear}).");
        var title = CleanText.Of(input.Title, nameof(input.Title), "Tên kế hoạch", PromotionPlanConfiguration.TitleLength, required: false, errors)
            ?? (year is { } y ? $"{PromotionNames.Of(kind)} năm {y}" : null);
        var number = DocumentNumber.Clean(input.DecisionNumber, nameof(input.DecisionNumber), "Số quyết định phê duyệt kế hoạch", errors);
        if (number is not null && input.DecidedOn is null) errors.Add(nameof(input.DecidedOn), "Nhập ngày ký quyết định phê duyệt kế hoạch.");
        if (number is null && input.DecidedOn is not null && !errors.ContainsKey(nameof(input.DecisionNumber)))
            errors.Add(nameof(input.DecisionNumber), $"Nhập số quyết định phê duyệt kế hoạch ({DocumentNumber.Hint}).");
        var national = Money(input.BudgetNational, nameof(input.BudgetNational), "Kinh phí khuyến công quốc gia", errors) ?? 0;
        var local = Money(input.BudgetLocal, nameof(input.BudgetLocal), "Kinh phí khuyến công địa phương", errors) ?? 0;
        var counterpart = Money(input.BudgetCounterpart, nameof(input.BudgetCounterpart), "Kinh phí đối ứng của cơ sở", errors) ?? 0;
        var note = CleanText.Of(input.Note, nameof(input.Note), "Ghi chú", PromotionPlanConfiguration.NoteLength, required: false, errors, multiline: true);
        if (errors.Count > 0) return (null, errors);

        if (plan is null)
        {
            if (await db.PromotionPlans.AnyAsync(p => p.Year == year && p.Kind == kind && p.ProvinceCode == province, ct))
                throw new Duplicate(Duplicated(kind, year!.Value, province));
            plan = new PromotionPlan { Year = year!.Value, Kind = kind, ProvinceCode = province, Title = title!, CreatedById = caller.Actor.UserId, CreatedAt = at };
        }
        else plan.Version++;
        plan.Title = title!;
        (plan.DecisionNumber, plan.DecidedOn, plan.RegistrationDeadline) = (number, input.DecidedOn, input.RegistrationDeadline);
        (plan.BudgetNational, plan.BudgetLocal, plan.BudgetCounterpart) = (national, local, counterpart);
        plan.Note = note;
        plan.UpdatedAt = at;
        return (plan, errors);
    }

    /// <summary>A plan of the same year, kind and province exists already (409).</summary>
    public sealed class Duplicate(string message) : Exception(message);

    public static string Duplicated(PlanKind kind, int year, string? province) =>
        kind == PlanKind.National ? $"Đã có kế hoạch khuyến công quốc gia năm {year}."
            : $"Tỉnh, thành phố mã {province} đã có kế hoạch khuyến công địa phương năm {year}.";

    /// <summary>
    /// A proposal registered into a plan the caller sees, by its province's department (DMST for one without a province);
    /// its code is given when saved (<see cref="NextCodeAsync"/>). A registration after the plan's deadline is taken and
    /// marked late, in the registration's event.
    /// </summary>
    public static async Task<(PromotionProposal? Proposal, PromotionPlan? Plan, FieldErrors Errors)> ProposalAsync(
        CauNoiDb db, Scope scope, PromotionActor caller, ProposalInput input, DateTime at, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var plan = input.PlanId is { } planId ? await db.PromotionPlans.AsNoTracking().VisibleTo(scope, caller.Actor).FirstOrDefaultAsync(p => p.Id == planId, ct) : null;
        if (plan is null) { errors.Add(nameof(input.PlanId), input.PlanId is null ? "Chọn kế hoạch khuyến công để đăng ký đề án." : "Không tìm thấy kế hoạch khuyến công, hoặc kế hoạch nằm ngoài phạm vi của bạn."); return (null, null, errors); }
        var province = string.IsNullOrWhiteSpace(input.ProvinceCode) ? caller.Actor.ProvinceCode : input.ProvinceCode.Trim();
        if (plan.Kind == PlanKind.Local) province ??= plan.ProvinceCode;
        if (plan.Kind == PlanKind.Local && province != plan.ProvinceCode)
            errors.Add(nameof(input.ProvinceCode), "Đề án của kế hoạch khuyến công địa phương thực hiện tại tỉnh, thành phố của kế hoạch.");
        else if (province is not null && !await db.Provinces.AnyAsync(p => p.Code == province, ct))
        { errors.Add(nameof(input.ProvinceCode), $"Không có tỉnh, thành phố mã '{province}'."); return (null, null, errors); }
        if (!PromotionScope.MayRegister(caller, province) || !PromotionScope.KeepsAny(caller))
            throw new WorkflowRefusal("Chỉ Sở Công Thương của tỉnh đăng ký đề án khuyến công của tỉnh mình (Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công với đề án không thuộc tỉnh nào).", forbidden: true);

        string? commune = null;
        if (!string.IsNullOrWhiteSpace(input.CommuneCode))
        {
            commune = input.CommuneCode.Trim();
            var of = await db.Communes.AsNoTracking().Where(c => c.Code == commune).Select(c => c.ProvinceCode).FirstOrDefaultAsync(ct);
            if (of is null) errors.Add(nameof(input.CommuneCode), $"Không có xã, phường mã '{commune}'.");
            else if (of != province) errors.Add(nameof(input.CommuneCode), $"Xã, phường mã '{commune}' không thuộc tỉnh, thành phố của đề án.");
        }
        var proposerKind = input.ProposerKind;
        if (proposerKind is null) errors.Add(nameof(input.ProposerKind), "Chọn đơn vị đề xuất: trung tâm khuyến công, cơ sở công nghiệp nông thôn hoặc đơn vị khác.");
        else if (!Enum.IsDefined(proposerKind.Value)) errors.Add(nameof(input.ProposerKind), "Loại đơn vị đề xuất không hợp lệ.");
        var proposer = CleanText.Of(input.ProposerName, nameof(input.ProposerName), "Tên đơn vị đề xuất", PromotionProposalConfiguration.NameLength, required: true, errors);
        var activity = input.Activity;
        if (activity is null) errors.Add(nameof(input.Activity), "Chọn nội dung hoạt động khuyến công.");
        else if (!Enum.IsDefined(activity.Value)) errors.Add(nameof(input.Activity), "Nội dung hoạt động khuyến công không hợp lệ.");
        var title = CleanText.Of(input.Title, nameof(input.Title), "Tên đề án", PromotionProposalConfiguration.TitleLength, required: true, errors);
        var summary = CleanText.Of(input.Summary, nameof(input.Summary), "Tóm tắt nội dung", PromotionProposalConfiguration.TextLength, required: false, errors, multiline: true);
        var beneficiary = CleanText.Of(input.BeneficiaryName, nameof(input.BeneficiaryName), "Tên cơ sở thụ hưởng", PromotionProposalConfiguration.NameLength, required: true, errors);
        var taxCode = TaxCode.Clean(input.BeneficiaryTaxCode, nameof(input.BeneficiaryTaxCode), errors);
        var national = Money(input.RequestedNational, nameof(input.RequestedNational), "Kinh phí khuyến công quốc gia đề nghị", errors) ?? 0;
        var local = Money(input.RequestedLocal, nameof(input.RequestedLocal), "Kinh phí khuyến công địa phương đề nghị", errors) ?? 0;
        var counterpart = Money(input.RequestedCounterpart, nameof(input.RequestedCounterpart), "Kinh phí đối ứng của cơ sở", errors) ?? 0;
        if (plan.Kind == PlanKind.National && national == 0 && !errors.ContainsKey(nameof(input.RequestedNational)))
            errors.Add(nameof(input.RequestedNational), "Đề án của kế hoạch khuyến công quốc gia đề nghị kinh phí khuyến công quốc gia lớn hơn 0.");
        if (plan.Kind == PlanKind.Local && national + local == 0 && !errors.ContainsKey(nameof(input.RequestedLocal)))
            errors.Add(nameof(input.RequestedLocal), "Nhập kinh phí nhà nước đề nghị hỗ trợ (triệu đồng).");
        Schedule(input.StartOn, input.EndOn, errors);
        var outputs = Outputs(input.Outputs, errors);
        if (errors.Count > 0) return (null, plan, errors);

        var proposal = new PromotionProposal
        {
            Code = "", PlanId = plan.Id, ProvinceCode = province, CommuneCode = commune, ProposerKind = proposerKind!.Value, ProposerName = proposer!,
            Activity = activity!.Value, Title = title!, Summary = summary, BeneficiaryName = beneficiary!, BeneficiaryTaxCode = taxCode,
            RequestedNational = national, RequestedLocal = local, RequestedCounterpart = counterpart,
            StartOn = input.StartOn!.Value, EndOn = input.EndOn!.Value, Stage = ProposalStage.Registered,
            CreatedById = caller.Actor.UserId, CreatedAt = at, UpdatedAt = at, Outputs = outputs,
        };
        var today = VietnamTime.DayOf(at);
        var late = plan.RegistrationDeadline is { } deadline && today > deadline;
        proposal.Events.Add(Event(caller, at, ProposalStep.Register, e =>
            e.Note = late ? $"{LateLabel}: đăng ký ngày {Display.Date(today)}, sau hạn đăng ký {Display.Date(plan.RegistrationDeadline)}." : null));
        return (proposal, plan, errors);
    }

    public const string LateLabel = "Đăng ký muộn";

    /// <summary>Registered after the plan's deadline (the day in Hà Nội it was created).</summary>
    public static bool IsLate(PromotionProposal proposal, PromotionPlan plan) =>
        plan.RegistrationDeadline is { } deadline && VietnamTime.DayOf(proposal.CreatedAt) > deadline;

    /// <summary>
    /// The plan's next code, "KCQG-2040-0001" in the national plan, "KCĐP-01-2040-0001" in a province's local plan: the
    /// highest number it holds plus one. Two registrations at the same moment meet the code's unique index; the loser
    /// takes the next number and saves again (<see cref="SaveNewAsync"/>).
    /// </summary>
    public static async Task<string> NextCodeAsync(CauNoiDb db, PromotionPlan plan, CancellationToken ct)
    {
        var prefix = plan.Kind == PlanKind.National ? $"KCQG-{plan.Year}-" : $"KCĐP-{plan.ProvinceCode}-{plan.Year}-";
        var codes = await db.PromotionProposals.Where(p => p.Code.StartsWith(prefix)).Select(p => p.Code).ToListAsync(ct);
        var highest = codes.Where(c => c.StartsWith(prefix, StringComparison.Ordinal))
            .Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{highest + 1:D4}";
    }

    /// <summary>Adds and saves a new proposal under the plan's next code, taking the one after when another request took it first.</summary>
    public static async Task SaveNewAsync(CauNoiDb db, PromotionProposal proposal, PromotionPlan plan, CancellationToken ct)
    {
        db.PromotionProposals.Add(proposal);
        for (var attempt = 1; ; attempt++)
        {
            proposal.Code = await NextCodeAsync(db, plan, ct);
            try { await db.SaveChangesAsync(ct); return; }
            catch (DbUpdateException e) when (ConcurrentWrite.Lost(e) && attempt < 8) { await Task.Delay(Random.Shared.Next(5, 40) * attempt, ct); }
        }
    }

    public static ProposalEvent Event(PromotionActor caller, DateTime at, ProposalStep step, Action<ProposalEvent>? fill = null)
    {
        var e = new ProposalEvent { Step = step, At = at, ById = caller.Actor.UserId, ByName = Trim(caller.Actor.Name, 200) };
        fill?.Invoke(e);
        return e;
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length];

    public static void Schedule(DateOnly? start, DateOnly? end, FieldErrors errors)
    {
        if (start is null) errors.Add("StartOn", "Nhập ngày bắt đầu thực hiện.");
        if (end is null) errors.Add("EndOn", "Nhập ngày kết thúc thực hiện.");
        if (start is { } s && end is { } e && e < s) errors.Add("EndOn", $"Ngày kết thúc ({Display.Date(e)}) không được trước ngày bắt đầu ({Display.Date(s)}).");
    }

    /// <summary>The promised outputs: at least one, each a kind, its unit (the kind's own unless "other") and an amount above zero.</summary>
    public static List<ProposalOutput> Outputs(IReadOnlyList<OutputInput>? raw, FieldErrors errors)
    {
        var given = (raw ?? []).Where(o => o.Kind is not null || o.Promised is not null || !string.IsNullOrWhiteSpace(o.Description) || !string.IsNullOrWhiteSpace(o.Unit)).ToList();
        if (given.Count == 0) { errors.Add("Outputs", "Nhập ít nhất một kết quả cam kết của đề án (loại, đơn vị tính, số lượng)."); return []; }
        if (given.Count > MostOutputs) errors.Add("Outputs", $"Ghi tối đa {MostOutputs} kết quả cam kết.");
        var outputs = new List<ProposalOutput>();
        for (var i = 0; i < given.Count; i++)
        {
            var o = given[i];
            var field = $"Outputs[{i}]";
            if (o.Kind is not { } kind || !Enum.IsDefined(kind)) { errors.Add($"{field}.Kind", $"Chọn loại kết quả thứ {i + 1}."); continue; }
            var unit = CleanText.Of(o.Unit, $"{field}.Unit", "Đơn vị tính", 50, required: false, errors);
            if (kind != OutputKind.Other) unit = PromotionNames.UnitOf(kind);
            else if (unit is null) errors.Add($"{field}.Unit", $"Nhập đơn vị tính của kết quả thứ {i + 1}.");
            var description = CleanText.Of(o.Description, $"{field}.Description", "Mô tả kết quả", 500, required: false, errors);
            if (o.Promised is not { } promised || promised <= 0) errors.Add($"{field}.Promised", $"Số lượng cam kết của kết quả thứ {i + 1} phải lớn hơn 0.");
            else if (decimal.Round(promised, 2) != promised || promised > 1_000_000_000m) errors.Add($"{field}.Promised", $"Số lượng cam kết của kết quả thứ {i + 1} không hợp lệ.");
            else if (unit is not null) outputs.Add(new ProposalOutput { Kind = kind, Unit = unit, Description = description, Promised = promised });
        }
        return outputs;
    }

    /// <summary>An amount in triệu đồng: not negative, two decimals at most, within <see cref="MostMoney"/>.</summary>
    public static decimal? Money(decimal? value, string field, string label, FieldErrors errors)
    {
        if (value is not { } amount) return null;
        if (amount < 0) errors.Add(field, $"{label} không được âm.");
        else if (decimal.Round(amount, 2) != amount) errors.Add(field, $"{label} ghi tối đa hai chữ số thập phân (triệu đồng).");
        else if (amount > MostMoney) errors.Add(field, $"{label} ({Display.Number(amount, 2)} triệu đồng) quá lớn: vui lòng kiểm tra lại đơn vị (triệu đồng).");
        else return amount;
        return null;
    }
}
