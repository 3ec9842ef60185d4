namespace CauNoi.Web.Features.Recommendations.Attachments;

public static class AttachmentsApi
{
    public static void MapAttachmentsApi(this RouteGroupBuilder api)
    {
    }
}
