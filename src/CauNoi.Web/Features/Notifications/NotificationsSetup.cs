namespace CauNoi.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotificationJobs(this IServiceCollection services, IConfiguration config) => services;

    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
    }
}
