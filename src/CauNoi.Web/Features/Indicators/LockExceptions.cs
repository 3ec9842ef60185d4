using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Indicators;

/// <summary>Reopening one form for one organisation and period after its window locked: with a reason, until a day.</summary>
public static class LockExceptions
{
    public sealed record Granted(LockException? Exception, string? Refusal);

    public static async Task<Granted> GrantAsync(CauNoiDb db, Actor actor, ReportForm form, IndicatorsApi.ReopenRequest request, DateOnly today, DateTime at, CancellationToken ct)
    {
        if (!Period.TryParse(request.Period, out var period) || period.Type != form.PeriodType)
            return new(null, $"Kỳ báo cáo không hợp lệ cho biểu mẫu theo kỳ {IndicatorNames.Of(form.PeriodType).ToLower(VietnameseText.Culture)}.");
        if (request.Organisation is not { } organisation || !await db.FormOrganisations.AnyAsync(o => o.FormId == form.Id && o.OrganisationId == organisation, ct))
            return new(null, "Chọn cơ quan thuộc diện báo cáo biểu mẫu.");
        if (request.Until is not { } until || until < today) return new(null, "Chọn ngày hết hiệu lực từ hôm nay trở đi.");
        if (until > today.AddDays(90)) return new(null, "Mở khóa tối đa 90 ngày.");
        var errors = new FieldErrors();
        var reason = CleanText.Of(request.Reason, "reason", "Lý do", 2000, required: true, errors, multiline: true);
        if (errors.Count > 0) return new(null, "Nêu lý do mở khóa.");
        var exception = new LockException
        {
            FormId = form.Id, OrganisationId = organisation, PeriodType = period.Type, Year = period.Year, Number = period.Number, Until = until,
            Reason = reason!, GrantedById = actor.UserId, GrantedByName = actor.Name, GrantedAt = at,
        };
        db.LockExceptions.Add(exception);
        return new(exception, null);
    }
}
