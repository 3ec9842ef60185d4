using CauNoi.Web.Features.Notifications;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// The contact e-mail typed on the intake form is sent the Ministry's reply, as the form says under the field: the
/// answer, or the body competent to resolve it. It goes through the outbox with the step that causes it; an address
/// that is the submitting organisation's own gets the message once.
/// </summary>
public static class ContactEmail
{
    public static void Answered(CauNoiDb db, Recommendation r, DateTime at) =>
        Notify.Email(db, r.ContactEmail, $"Kiến nghị {r.Number} đã được trả lời",
            $"{r.Title}\n\nTrả lời của Bộ Công Thương:\n{r.Answer}", $"/kien-nghi/{r.Id}", at);

    public static void OutsideRemit(CauNoiDb db, Recommendation r, string? comment, DateTime at) =>
        Notify.Email(db, r.ContactEmail, $"Kiến nghị {r.Number} thuộc thẩm quyền của {r.CompetentBody}",
            $"{r.Title}\n\nKiến nghị thuộc thẩm quyền giải quyết của {r.CompetentBody}." + (comment is null ? "" : $"\n{comment}"), $"/kien-nghi/{r.Id}", at);

    /// <summary>What the intake form says under the field.</summary>
    public const string Note = "Địa chỉ này nhận thư điện tử khi kiến nghị được trả lời hoặc được xác định thuộc thẩm quyền cơ quan khác.";
}
