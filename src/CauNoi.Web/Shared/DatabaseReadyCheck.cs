using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CauNoi.Web.Shared;

/// <summary>Ready when the database answers and every schema script of this build is applied.</summary>
public class DatabaseReadyCheck(CauNoiDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
            var expected = SchemaMigrator.Scripts(provider).Max(s => s.Version);
            var current = await SchemaMigrator.CurrentVersionAsync(db, ct);
            return current >= expected
                ? HealthCheckResult.Healthy($"schema {current}")
                : HealthCheckResult.Unhealthy($"schema {current}, expected {expected}");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
