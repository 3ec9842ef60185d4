using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>The thread between the locality and the Ministry unit: one message posted, the other side told.</summary>
public static class RecommendationThread
{
    /// <summary>Adds the message and its notification to the unit of work and saves; or returns why it cannot (key "Text").</summary>
    public static async Task<(RecommendationDetail.Message? Message, FieldErrors Errors)> PostAsync(
        CauNoiDb db, Actor actor, Recommendation r, string? text, DateTime at, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var clean = CleanText.Of(text, "Text", "Nội dung trao đổi", RecommendationConfiguration.TextLength, required: true, errors, multiline: true);
        if (clean is null || errors.Count > 0) return (null, errors);

        var message = new RecommendationMessage
        {
            RecommendationId = r.Id, At = at, AuthorId = actor.UserId, AuthorName = actor.Name, AuthorOrganisation = actor.OrganisationName,
            FromMinistry = actor.IsMinistry, Text = clean,
        };
        db.RecommendationMessages.Add(message);
        var to = actor.IsMinistry ? r.SubmittingOrganisationId : r.RoutedUnitId;
        await Notify.OrganisationsAsync(db, [to], $"Trao đổi mới về kiến nghị {r.Number}", clean, $"/kien-nghi/{r.Id}", at, ct);
        await db.SaveChangesAsync(ct);
        return (new RecommendationDetail.Message(message.Id, message.At, message.AuthorName, message.AuthorOrganisation, message.FromMinistry, message.Text), errors);
    }
}
