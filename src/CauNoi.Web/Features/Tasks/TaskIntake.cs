using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// Documents and tasks taken in from a page, the API or an import row: every field checked, every id the caller names
/// within their scope, and the errors in Vietnamese by field. Nothing is written unless all of it holds.
/// </summary>
public static class TaskIntake
{
    /// <param name="MeetingId">The conference or mission whose conclusions it records (a conclusion notice).</param>
    public sealed record DocumentInput(DocumentType? Type, string? Number, DateOnly? IssuedOn, string? Issuer, string? SignerName, string? Summary,
        int? MeetingId = null);

    /// <param name="DueOn">The deadline; for a recurring task, the first occurrence's.</param>
    /// <param name="LastDueOn">For a recurring task, the last occurrence's deadline at the latest.</param>
    public sealed record TaskInput(
        string? Title, int? LeadOrganisationId, string? OwnerId, string? AssignedBy, DateOnly? DueOn,
        string? Description = null, int? DocumentId = null, int? ParentId = null, decimal? Weight = null,
        int[]? CoordinatingOrganisationIds = null, string? AssignedById = null, DateOnly? AssignedOn = null,
        Recurrence? Recurrence = null, DateOnly? LastDueOn = null, string? ExpectedResult = null, ResultForm? ResultForm = null,
        TaskPriority? Priority = null, string[]? ProvinceCodes = null, int? RecommendationId = null);

    /// <summary>Who may register documents and assign tasks: the Ministry's accounts, and a province's department for its own work.</summary>
    public static bool MayAssign(Actor actor) =>
        actor.IsAdministrator || actor.IsMinistry || actor.OrganisationKind == OrganisationKind.ProvincialDepartment;

    public static async Task<(SourceDocument? Document, FieldErrors Errors)> CheckDocumentAsync(
        CauNoiDb db, Actor actor, DocumentInput input, DateOnly today, DateTime at, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!MayAssign(actor)) errors.Add("", "Tài khoản của bạn không được cập nhật văn bản giao nhiệm vụ.");
        if (input.Type is not { } type || !Enum.IsDefined(type)) errors.Add(nameof(input.Type), "Chọn loại văn bản.");
        var number = DocumentNumber.Clean(input.Number, nameof(input.Number), "Số, ký hiệu văn bản", errors, missing: "Nhập số, ký hiệu văn bản");
        if (input.IssuedOn is not { } issued) errors.Add(nameof(input.IssuedOn), "Nhập ngày ban hành văn bản.");
        else if (issued > today) errors.Add(nameof(input.IssuedOn), $"Ngày ban hành ({Display.Date(issued)}) không được sau hôm nay.");
        var issuer = CleanText.Of(input.Issuer, nameof(input.Issuer), "Cơ quan ban hành", SourceDocumentConfiguration.IssuerLength, required: true, errors);
        var signer = CleanText.Of(input.SignerName, nameof(input.SignerName), "Người ký", SourceDocumentConfiguration.SignerLength, required: true, errors);
        var summary = CleanText.Of(input.Summary, nameof(input.Summary), "Trích yếu", SourceDocumentConfiguration.SummaryLength, required: true, errors, multiline: true);
        if (number is not null && input.IssuedOn is { } on && await db.Documents.AnyAsync(d => d.Number == number && d.IssuedOn == on, ct))
            errors.Add(nameof(input.Number), $"Văn bản {number} ngày {Display.Date(on)} đã có trong sổ văn bản.");
        // The meetings are the Ministry's: only its accounts link a document to one.
        if (input.MeetingId is { } meeting && (!Meetings.MeetingScope.MayOrganise(actor) || !await db.Meetings.AnyAsync(m => m.Id == meeting, ct)))
            errors.Add(nameof(input.MeetingId), $"Không có hội nghị, đoàn công tác số {Meetings.Meeting.FormatNumber(meeting)} để gắn văn bản.");
        if (errors.Count > 0) return (null, errors);
        return (new SourceDocument
        {
            Type = input.Type!.Value, Number = number!, IssuedOn = input.IssuedOn!.Value, Issuer = issuer!, SignerName = signer!, Summary = summary!,
            RegisteredByOrganisationId = actor.OrganisationId, CreatedById = actor.UserId, CreatedAt = at, MeetingId = input.MeetingId,
        }, errors);
    }

    /// <summary>
    /// The task as checked, not yet added: for a recurring task, the series itself, with its occurrences in
    /// <see cref="Checked.Occurrences"/>. Errors are keyed by the input's field names.
    /// </summary>
    public sealed record Checked(WorkTask Task, IReadOnlyList<WorkTask> Occurrences);

    public static async Task<(Checked? Task, FieldErrors Errors)> CheckTaskAsync(
        CauNoiDb db, Actor actor, Scope scope, TaskInput input, DateOnly today, WorkingCalendar calendar, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!MayAssign(actor)) errors.Add("", "Tài khoản của bạn không được giao nhiệm vụ.");
        var title = CleanText.Of(input.Title, nameof(input.Title), "Nội dung nhiệm vụ", WorkTaskConfiguration.TitleLength, required: true, errors, multiline: true);
        var description = CleanText.Of(input.Description, nameof(input.Description), "Mô tả", WorkTaskConfiguration.DescriptionLength, required: false, errors, multiline: true);
        var assignedBy = CleanText.Of(input.AssignedBy, nameof(input.AssignedBy), "Lãnh đạo giao", WorkTaskConfiguration.AssignedByLength, required: true, errors);
        var result = CleanText.Of(input.ExpectedResult, nameof(input.ExpectedResult), "Kết quả, sản phẩm", WorkTaskConfiguration.ResultLength, required: false, errors, multiline: true);
        var form = input.ResultForm ?? ResultForm.Report;
        if (!Enum.IsDefined(form)) errors.Add(nameof(input.ResultForm), "Hình thức sản phẩm không hợp lệ.");
        var priority = input.Priority ?? TaskPriority.Normal;
        if (!Enum.IsDefined(priority)) errors.Add(nameof(input.Priority), "Mức ưu tiên không hợp lệ.");
        var recurrence = input.Recurrence ?? Recurrence.None;
        if (!Enum.IsDefined(recurrence)) errors.Add(nameof(input.Recurrence), "Chu kỳ không hợp lệ.");

        // The lead unit: a Ministry unit or a province's department; a province assigns only to itself.
        var lead = input.LeadOrganisationId is { } leadId
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == leadId && o.IsActive, ct) : null;
        if (lead is null || lead.Kind is not (OrganisationKind.MinistryUnit or OrganisationKind.ProvincialDepartment))
            errors.Add(nameof(input.LeadOrganisationId), "Chọn đơn vị chủ trì: một đơn vị thuộc Bộ hoặc một Sở Công Thương.");
        else if (!actor.IsMinistry && !actor.IsAdministrator && lead.Id != actor.OrganisationId)
            errors.Add(nameof(input.LeadOrganisationId), "Sở Công Thương chỉ giao nhiệm vụ do chính Sở chủ trì.");

        var coordinators = (input.CoordinatingOrganisationIds ?? []).Distinct().Where(id => id != lead?.Id).ToArray();
        if (coordinators.Length > 0)
        {
            var found = await db.Organisations.Where(o => coordinators.Contains(o.Id) && o.IsActive
                && (o.Kind == OrganisationKind.MinistryUnit || o.Kind == OrganisationKind.ProvincialDepartment)).CountAsync(ct);
            if (found != coordinators.Length)
                errors.Add(nameof(input.CoordinatingOrganisationIds), "Đơn vị phối hợp phải là đơn vị thuộc Bộ hoặc Sở Công Thương đang hoạt động.");
        }

        // The owner is a person of the lead unit.
        if (string.IsNullOrWhiteSpace(input.OwnerId)) errors.Add(nameof(input.OwnerId), "Chọn người chủ trì (một cán bộ của đơn vị chủ trì).");
        else if (lead is not null && !await db.Users.AnyAsync(u => u.Id == input.OwnerId && u.IsActive && u.OrganisationId == lead.Id, ct))
            errors.Add(nameof(input.OwnerId), $"Người chủ trì phải là cán bộ đang hoạt động của {lead.Name}.");
        if (input.AssignedById is { } leader && !await db.Users.AnyAsync(u => u.Id == leader && u.IsActive, ct))
            errors.Add(nameof(input.AssignedById), "Không tìm thấy tài khoản lãnh đạo giao nhiệm vụ.");

        SourceDocument? document = null;
        if (input.DocumentId is { } documentId)
        {
            document = await db.Documents.VisibleTo(db, scope, actor).AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
            if (document is null) errors.Add(nameof(input.DocumentId), "Không tìm thấy văn bản giao nhiệm vụ trong phạm vi của bạn.");
        }
        WorkTask? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Tasks.VisibleTo(scope, actor).AsNoTracking().FirstOrDefaultAsync(t => t.Id == parentId, ct);
            if (parent is null) errors.Add(nameof(input.ParentId), "Không tìm thấy nhiệm vụ cha trong phạm vi của bạn.");
            else if (parent.IsSeries || parent.SeriesId is not null) errors.Add(nameof(input.ParentId), "Nhiệm vụ định kỳ không chia thành nhiệm vụ con.");
            else if (!actor.Leads(parent) && !actor.Assigns(parent)) errors.Add(nameof(input.ParentId), "Chỉ đơn vị chủ trì hoặc bên giao nhiệm vụ cha mới chia nhiệm vụ con.");
            else if (parent.State != WorkTaskState.Open) errors.Add(nameof(input.ParentId), "Nhiệm vụ cha đã hoàn thành hoặc đã hủy.");
        }
        var weight = input.Weight ?? 1m;
        if (weight is <= 0 or > 1000) errors.Add(nameof(input.Weight), "Trọng số phải lớn hơn 0 và không quá 1.000.");
        if (parent is null && input.Weight is not null && input.Weight != 1m) errors.Add(nameof(input.Weight), "Trọng số chỉ dùng cho nhiệm vụ con.");

        var provinces = (input.ProvinceCodes ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToArray();
        if (provinces.Length > 0 && await db.Provinces.CountAsync(p => provinces.Contains(p.Code), ct) != provinces.Length)
            errors.Add(nameof(input.ProvinceCodes), "Có mã tỉnh không tồn tại trong danh mục 34 tỉnh, thành phố.");

        if (input.RecommendationId is { } recommendationId && !await db.Recommendations.VisibleTo(scope).AnyAsync(r => r.Id == recommendationId, ct))
            errors.Add(nameof(input.RecommendationId), "Không tìm thấy kiến nghị trong phạm vi của bạn.");

        var assignedOn = input.AssignedOn ?? document?.IssuedOn ?? today;
        if (input.DueOn is not { } dueOn) errors.Add(nameof(input.DueOn), recurrence == Recurrence.None ? "Nhập hạn hoàn thành." : "Nhập hạn của kỳ báo cáo đầu tiên.");
        else
        {
            if (dueOn < assignedOn) errors.Add(nameof(input.DueOn), $"Hạn hoàn thành ({Display.Date(dueOn)}) không được trước ngày giao ({Display.Date(assignedOn)}).");
            if (parent is not null && dueOn > parent.DueOn) errors.Add(nameof(input.DueOn), $"Hạn của nhiệm vụ con không được sau hạn của nhiệm vụ cha ({Display.Date(parent.DueOn)}).");
        }
        if (recurrence != Recurrence.None)
        {
            if (parent is not null) errors.Add(nameof(input.Recurrence), "Nhiệm vụ con không đặt định kỳ.");
            if (input.LastDueOn is not { } last) errors.Add(nameof(input.LastDueOn), "Nhập hạn của kỳ cuối cùng cho nhiệm vụ định kỳ.");
            else if (input.DueOn is { } first && last < first) errors.Add(nameof(input.LastDueOn), "Hạn kỳ cuối không được trước hạn kỳ đầu.");
            else if (input.DueOn is { } f && Recurrences.Of(recurrence, assignedOn, f, last, calendar).Count >= Recurrences.MaxOccurrences)
                errors.Add(nameof(input.LastDueOn), $"Một nhiệm vụ định kỳ có tối đa {Recurrences.MaxOccurrences} kỳ; hãy rút ngắn thời gian.");
        }
        if (errors.Count > 0) return (null, errors);

        WorkTask Make(string taskTitle, DateOnly assigned, DateOnly due) => new()
        {
            Title = taskTitle, Description = description, DocumentId = document?.Id, ParentId = parent?.Id, Weight = weight,
            LeadOrganisationId = lead!.Id, LeadProvinceCode = lead.Kind == OrganisationKind.ProvincialDepartment ? lead.ProvinceCode : null,
            OwnerId = input.OwnerId, AssignedBy = assignedBy!, AssignedById = input.AssignedById, AssigningOrganisationId = actor.OrganisationId,
            AssignedOn = assigned, OriginalDueOn = due, DueOn = due, JudgedDueOn = due, ExpectedResult = result, ResultForm = form,
            Priority = priority, RecommendationId = input.RecommendationId,
            Coordinators = [.. coordinators.Select(id => new TaskCoordinator { OrganisationId = id })],
            Provinces = [.. provinces.Select(code => new TaskProvince { ProvinceCode = code })],
        };

        if (recurrence == Recurrence.None) return (new Checked(Make(title!, assignedOn, input.DueOn!.Value), []), errors);
        var occurrences = Recurrences.Of(recurrence, assignedOn, input.DueOn!.Value, input.LastDueOn!.Value, calendar);
        var series = Make(title!, assignedOn, occurrences[^1].DueOn);
        series.Recurrence = recurrence;
        return (new Checked(series, [.. occurrences.Select(o => Make(Recurrences.Title(title!, o), o.Starts, o.DueOn))]), errors);
    }

    /// <summary>
    /// Adds a checked task (and a series' occurrences, each pointing to it) with its history, in one transaction, and tells
    /// the lead unit and the owner (unless <paramref name="tell"/> is false: the demo data's past is not news). Returns the
    /// task, or the series.
    /// </summary>
    /// <param name="then">What happens to each task once assigned, before it is saved (the demo data's past steps).</param>
    public static async Task<WorkTask> SaveAsync(CauNoiDb db, Actor actor, Checked task, DateTime at, CancellationToken ct = default, bool tell = true,
        Action<WorkTask>? then = null)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        task.Task.Assign(actor, at);
        then?.Invoke(task.Task);
        db.Tasks.Add(task.Task);
        await db.SaveChangesAsync(ct);
        foreach (var occurrence in task.Occurrences)
        {
            occurrence.SeriesId = task.Task.Id;
            occurrence.Assign(actor, at, $"Kỳ của nhiệm vụ định kỳ {task.Task.Number}");
            then?.Invoke(occurrence);
        }
        db.Tasks.AddRange(task.Occurrences);
        var t = task.Task;
        if (tell)
        {
            var title = $"Nhiệm vụ mới được giao: {t.Number}";
            var body = $"{t.Title}\nLãnh đạo giao: {t.AssignedBy}\nHạn: " + (t.IsSeries ? $"{TaskNames.Of(t.Recurrence).ToLower(VietnameseText.Culture)}, đến {Display.Date(t.DueOn)}" : Display.Date(t.DueOn));
            await Notifications.Notify.OrganisationsAsync(db, [t.LeadOrganisationId, .. t.Coordinators.Select(c => c.OrganisationId)], title, body, $"/nhiem-vu/{t.Id}", at, ct);
            if (t.OwnerId is { } owner) await Notifications.Notify.UsersAsync(db, [owner], title, body, $"/nhiem-vu/{t.Id}", at, ct);
        }
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return t;
    }
}
