using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Every <c>Jobs:IntervalSeconds</c>, after a first wait of <c>Jobs:StartDelaySeconds</c>: the deadline
/// reminders, then the e-mail outbox, then (when due, every few hours) the orphan file sweep, each in its own
/// scope. A failure is logged and the next round tries again; it never stops the application. Safe on several
/// instances at once.
/// </summary>
public sealed class NotificationJobs(
    IServiceScopeFactory scopes, TimeProvider clock, SmtpSettings smtp, NotificationJobs.Settings settings, OrphanSweep sweep,
    ILogger<NotificationJobs> logger)
    : BackgroundService
{
    public sealed record Settings(TimeSpan StartDelay, TimeSpan Interval);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!smtp.IsConfigured)
            logger.LogInformation("E-mail is not configured (Smtp:Host or Smtp:PickupDirectory): e-mails wait in the outbox");
        else
            logger.LogInformation("E-mail goes to {Destination}", smtp.Destination);
        try
        {
            await Task.Delay(settings.StartDelay, clock, stoppingToken);
            while (true)
            {
                await RunAsync("Deadline reminders", db => Recommendations.RecommendationReminders.RunOnceAsync(db, clock, stoppingToken), stoppingToken);
                await RunAsync("Task reminders", db => Tasks.TaskReminders.RunOnceAsync(db, clock, stoppingToken), stoppingToken);
                await RunAsync("Report reminders", db => Indicators.ReportReminders.RunOnceAsync(db, clock, stoppingToken), stoppingToken);
                await RunAsync("Council reminders", db => Councils.CouncilReminders.RunOnceAsync(db, clock, stoppingToken), stoppingToken);
                await RunAsync("Khuyến công reminders", db => Promotion.PromotionReminders.RunOnceAsync(db, clock, stoppingToken), stoppingToken);
                await RunAsync("E-mail outbox", db => OutboxSender.RunOnceAsync(db, clock, smtp, logger, stoppingToken), stoppingToken);
                // The sweep logs what it removed itself.
                await RunAsync("Orphan sweep", async db => { await sweep.RunIfDueAsync(db, stoppingToken); return 0; }, stoppingToken);
                await Task.Delay(settings.Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(string job, Func<CauNoiDb, Task<int>> run, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await run(scope.ServiceProvider.GetRequiredService<CauNoiDb>());
            if (count > 0) logger.LogInformation("{Job}: {Count} sent", job, count);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "{Job} failed; the next round tries again", job);
        }
    }
}
