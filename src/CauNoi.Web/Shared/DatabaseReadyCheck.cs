using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CauNoi.Web.Shared;

/// <summary>Ready when the database answers and every migration of this build is applied.</summary>
public class DatabaseReadyCheck(CauNoiDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"migrations not applied: {string.Join(", ", pending)}");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
