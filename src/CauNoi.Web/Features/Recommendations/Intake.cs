using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// Takes in a recommendation: from a locality on the web, or recorded by Ministry staff on a
/// locality's behalf from a hotline call, a letter, an e-mail, a conference or a visit. Checks
/// every field, routes it by its field, finds the province's focal leader, sets the deadline.
/// </summary>
public static class Intake
{
    public sealed record Input(
        string? Title, string? Content, int? FieldId, ConcernKind? ConcernKind, string? ConcernReference,
        Urgency? Urgency, Channel? Channel, string? ProvinceCode, string? CommuneCode,
        string? ContactName, string? ContactPhone, string? ContactEmail, string? ConferenceName, DateOnly? ReceivedOn,
        int? ClusterId = null);

    /// <summary>
    /// Builds the recommendation, or returns the reasons it cannot be taken in. The cluster it names must be one the caller
    /// sees in <paramref name="scope"/>; without a scope, only a Ministry account sees the clusters (it sees them all).
    /// </summary>
    public static Task<(Recommendation? Recommendation, FieldErrors Errors)> PrepareAsync(
        CauNoiDb db, Actor actor, Input input, DateTime at, DateOnly today, WorkingCalendar calendar, CancellationToken ct = default, Scope? scope = null) =>
        PrepareAsync(IntakeLookups.Of(db, scope), actor, input, at, today, calendar, ct);

    /// <summary>The same, checked against lookups read once for many recommendations (a conference list).</summary>
    public static async Task<(Recommendation? Recommendation, FieldErrors Errors)> PrepareAsync(
        IntakeLookups lookups, Actor actor, Input input, DateTime at, DateOnly today, WorkingCalendar calendar, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var title = CleanText.Of(input.Title, nameof(Input.Title), "Tiêu đề", RecommendationConfiguration.TitleLength, required: true, errors);
        var content = CleanText.Of(input.Content, nameof(Input.Content), "Nội dung", RecommendationConfiguration.ContentLength, required: true, errors, multiline: true);
        var reference = CleanText.Of(input.ConcernReference, nameof(Input.ConcernReference), "Số hiệu, tên văn bản/thủ tục/dự án", RecommendationConfiguration.ReferenceLength, required: false, errors);
        var contactName = CleanText.Of(input.ContactName, nameof(Input.ContactName), "Người liên hệ", RecommendationConfiguration.ContactLength, required: false, errors);
        var contactPhone = CleanText.Of(input.ContactPhone, nameof(Input.ContactPhone), "Số điện thoại", 50, required: false, errors);
        var contactEmail = CleanText.Of(input.ContactEmail, nameof(Input.ContactEmail), "Thư điện tử", RecommendationConfiguration.ContactLength, required: false, errors);
        var conference = CleanText.Of(input.ConferenceName, nameof(Input.ConferenceName), "Tên hội nghị", RecommendationConfiguration.ReferenceLength, required: false, errors);
        if (contactEmail is not null && !System.Net.Mail.MailAddress.TryCreate(contactEmail, out _))
            errors.Add(nameof(Input.ContactEmail), "Địa chỉ thư điện tử không hợp lệ.");
        if (contactPhone is not null && !contactPhone.All(c => char.IsDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')'))
            errors.Add(nameof(Input.ContactPhone), "Số điện thoại chỉ gồm chữ số và các ký tự + . - ( ).");
        if (input.ConcernKind is { } k && !Enum.IsDefined(k)) errors.Add(nameof(Input.ConcernKind), "Loại nội dung kiến nghị không hợp lệ.");
        if (input.Urgency is { } u && !Enum.IsDefined(u)) errors.Add(nameof(Input.Urgency), "Độ khẩn không hợp lệ.");
        if (input.Channel is { } c && !Enum.IsDefined(c)) errors.Add(nameof(Input.Channel), "Kênh tiếp nhận không hợp lệ.");

        var field = input.FieldId is { } fieldId ? await lookups.ActiveFieldAsync(fieldId, ct) : null;
        if (field is null) errors.Add(nameof(Input.FieldId), input.FieldId is null ? "Vui lòng chọn lĩnh vực." : "Lĩnh vực không tồn tại hoặc đã ngừng sử dụng.");

        // Where it comes from: a locality speaks for itself; Ministry staff name the locality.
        string? provinceCode = null, communeCode = null;
        Channel channel;
        var receivedOn = today;
        if (actor.OrganisationKind == OrganisationKind.CommuneEconomicOffice)
        {
            (provinceCode, communeCode, channel) = (actor.ProvinceCode, actor.CommuneCode, Channel.Web);
        }
        else if (actor.OrganisationKind == OrganisationKind.ProvincialDepartment)
        {
            (provinceCode, channel) = (actor.ProvinceCode, Channel.Web);
            communeCode = await CommuneOf(lookups, input.CommuneCode, provinceCode!, errors, ct);
        }
        else
        {
            channel = input.Channel ?? Channel.Hotline;
            if (channel == Channel.Web) errors.Add(nameof(Input.Channel), "Cán bộ của Bộ ghi nhận thay địa phương: chọn kênh đường dây nóng, công văn, thư điện tử, hội nghị hoặc làm việc trực tiếp.");
            provinceCode = VietnameseText.Clean(input.ProvinceCode);
            if (string.IsNullOrEmpty(provinceCode)) errors.Add(nameof(Input.ProvinceCode), "Vui lòng chọn tỉnh, thành phố gửi kiến nghị.");
            else if (!await lookups.ProvinceExistsAsync(provinceCode, ct)) errors.Add(nameof(Input.ProvinceCode), $"Không có tỉnh, thành phố mã '{provinceCode}'.");
            else communeCode = await CommuneOf(lookups, input.CommuneCode, provinceCode, errors, ct);
            if (input.ReceivedOn is { } on)
            {
                if (on > today) errors.Add(nameof(Input.ReceivedOn), "Ngày tiếp nhận không được sau hôm nay.");
                else if (on < today.AddYears(-1)) errors.Add(nameof(Input.ReceivedOn), "Ngày tiếp nhận quá xa (hơn một năm trước).");
                else receivedOn = on;
            }
        }
        // The cluster it is about: one the caller sees, in the recommendation's province.
        if (input.ClusterId is { } clusterId && !string.IsNullOrEmpty(provinceCode))
        {
            var clusterProvince = await lookups.ClusterProvinceAsync(clusterId, actor, ct);
            if (clusterProvince is null) errors.Add(nameof(Input.ClusterId), "Không tìm thấy cụm công nghiệp này trong phạm vi của bạn.");
            else if (clusterProvince != provinceCode) errors.Add(nameof(Input.ClusterId), "Cụm công nghiệp không thuộc tỉnh, thành phố của kiến nghị.");
        }
        if (errors.Count > 0 || field is null) return (null, errors);

        var locality = communeCode is not null ? $"XA-{communeCode}" : $"SCT-{provinceCode}";
        var submitting = await lookups.OrganisationIdAsync(locality, ct);
        var unit = field.ResponsibleUnitId
            ?? await lookups.HubIdAsync(ct)
            ?? throw new InvalidOperationException("No unit to route to: set the routing rule of the field or the coordinating hub.");
        var focal = await lookups.FocalLeaderIdAsync(provinceCode!, receivedOn, ct);

        var recommendation = new Recommendation
        {
            Title = title!, Content = content!, FieldId = field.Id,
            ConcernKind = input.ConcernKind ?? ConcernKind.Other, ConcernReference = reference,
            Urgency = input.Urgency ?? Urgency.Normal, Channel = channel, ConferenceName = conference,
            ProvinceCode = provinceCode!, CommuneCode = communeCode, SubmittingOrganisationId = submitting, SubmittedById = actor.UserId,
            ContactName = contactName ?? (actor.IsMinistry ? null : actor.Name), ContactPhone = contactPhone, ContactEmail = contactEmail,
            RoutedUnitId = unit, FocalLeaderId = focal, ClusterId = input.ClusterId,
        };
        recommendation.Submit(actor, at, receivedOn, field.DefaultWorkingDays, calendar);
        return (recommendation, errors);
    }

    /// <summary>
    /// Stores a prepared recommendation and tells those who must act, in one transaction. With an
    /// idempotency key, a submission that raced in first under the same key wins: its id is
    /// returned instead, and nothing is stored twice. <paramref name="alongside"/> adds what is saved with the
    /// record once it has its id (the form's files), in the same transaction.
    /// </summary>
    public static async Task<int> SaveAsync(
        CauNoiDb db, Actor actor, Recommendation recommendation, string? idempotencyKey, DateTime at, CancellationToken ct = default,
        Action<Recommendation>? alongside = null)
    {
        recommendation.IdempotencyKey = idempotencyKey;
        db.Recommendations.Add(recommendation);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            alongside?.Invoke(recommendation);
            await NotifyAsync(db, recommendation, at, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            Telemetry.Submitted(recommendation.Channel);
            return recommendation.Id;
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            db.ChangeTracker.Clear();
            // Another request with the same key stored it first; if none did, the save failed for its own reason.
            if (await ExistingAsync(db, actor, idempotencyKey, ct) is { } earlier) return earlier;
            throw;
        }
    }

    /// <summary>The recommendation this actor already submitted under the idempotency key, if any.</summary>
    public static Task<int?> ExistingAsync(CauNoiDb db, Actor actor, string idempotencyKey, CancellationToken ct = default) =>
        db.Recommendations.Where(r => r.SubmittedById == actor.UserId && r.IdempotencyKey == idempotencyKey).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);

    /// <summary>After saving: the unit that must answer and the focal leader who follows are told.</summary>
    public static async Task NotifyAsync(CauNoiDb db, Recommendation r, DateTime at, CancellationToken ct = default)
    {
        var link = $"/kien-nghi/{r.Id}";
        var body = $"{r.Title}\nHạn trả lời: {Display.Date(r.DueOn)}";
        await Notify.OrganisationsAsync(db, [r.RoutedUnitId], $"Kiến nghị mới {r.Number}", body, link, at, ct);
        if (r.FocalLeaderId is not null)
            await Notify.UsersAsync(db, [r.FocalLeaderId], $"Kiến nghị mới của tỉnh phụ trách: {r.Number}", body, link, at, ct);
    }

    private static async Task<string?> CommuneOf(IntakeLookups lookups, string? code, string provinceCode, FieldErrors errors, CancellationToken ct)
    {
        code = VietnameseText.Clean(code);
        if (string.IsNullOrEmpty(code)) return null;
        if (await lookups.CommuneInProvinceAsync(code, provinceCode, ct)) return code;
        errors.Add(nameof(Input.CommuneCode), $"Xã, phường mã '{code}' không thuộc tỉnh, thành phố của kiến nghị.");
        return null;
    }
}
