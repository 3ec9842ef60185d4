namespace CauNoi.Web.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>The reminder and e-mail loop, unless <c>Jobs:Enabled</c> is false.</summary>
    public static IServiceCollection AddNotificationJobs(this IServiceCollection services, IConfiguration config)
    {
        // A malformed CauNoi:PublicBaseUrl stops the start on every instance, not only on one that sends mail.
        SmtpSettings.ReadPublicBaseUrl(config);
        // An instance that sends e-mail reads this as it starts, and does not start when e-mail is set up without the site's address.
        services.AddSingleton(sp => SmtpSettings.Read(config, sp.GetRequiredService<IHostEnvironment>()));
        if (!config.GetValue("Jobs:Enabled", true)) return services;
        services.AddSingleton(new NotificationJobs.Settings(
            TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Jobs:StartDelaySeconds", 30))),
            TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Jobs:IntervalSeconds", 60)))));
        services.AddHostedService<NotificationJobs>();
        return services;
    }

    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Thông báo");
        group.MapGet("/", NotificationsApi.List).WithSummary("Thông báo của bạn và của đơn vị bạn, mới nhất trước; unread=true chỉ lấy thông báo chưa đọc");
        group.MapPost("/{id:long}/read", NotificationsApi.Read).WithSummary("Đánh dấu một thông báo của bạn hoặc của đơn vị bạn là đã đọc (với riêng bạn)");
        group.MapPost("/read-all", NotificationsApi.ReadAll).WithSummary("Đánh dấu mọi thông báo của bạn và của đơn vị bạn là đã đọc (với riêng bạn)");
    }
}
