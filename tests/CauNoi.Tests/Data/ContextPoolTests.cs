using System.Data;
using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Data;

/// <summary>
/// The app's contexts are pooled: a request gets a context an earlier request used. Whatever that earlier use set on
/// it (a bulk load's unaudited saves, a short command timeout) must not reach the next request.
/// </summary>
public abstract class ContextPoolTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task AContextBackFromABulkLoad_AuditsTheNextSave_WithoutSavepoints_AndTheUsualTimeout()
    {
        _ = App.Services;   // the app has started: its database is migrated and seeded
        using var savepoints = new SavepointCounter();   // before any context of the pool below looks for a listener
        await using var services = OwnPool();

        CauNoiDb first;
        int? usualTimeout;
        await using (var scope = services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<CauNoiDb>();
            usualTimeout = first.Database.GetCommandTimeout();
            first.SuppressAudit = true;
            first.Database.SetCommandTimeout(5);
            first.Database.AutoSavepointsEnabled = true;
        }

        var code = "PL" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CauNoiDb>();
            Assert.Same(first, db);
            Assert.Equal(usualTimeout, db.Database.GetCommandTimeout());

            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.Organisations.Add(new Organisation { Kind = OrganisationKind.MinistryUnit, Code = code, Name = "Vụ Thử nghiệm bể ngữ cảnh" });
            await db.SaveChangesAsync(Ct);
            await tx.CommitAsync(Ct);
            Assert.Equal(0, savepoints.CreatedBy(db));
        }

        await using var check = App.Db();
        var id = await check.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
        Assert.True(await check.Context.AuditEntries.AnyAsync(a => a.EntityType == nameof(Organisation) && a.EntityKey == id.ToString()
            && a.Action == AuditTrail.Created, Ct));
    }

    [Fact]
    public async Task AContextHandedBackWithItsConnectionOpen_OpensAndClosesItAsUsualForTheNextUse()
    {
        _ = App.Services;
        await using var services = OwnPool();
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CauNoiDb>().Database.OpenConnectionAsync(Ct);   // and not closed

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CauNoiDb>();   // the same context, the pool's only one
            Assert.Equal(34, await db.Provinces.CountAsync(Ct));
            Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);   // not held to the end of the request
        }
    }

    /// <summary>A pool of its own over the app's database, with nothing else using it: the context returned is the next one given out.</summary>
    private ServiceProvider OwnPool()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = App.Engine.ToString(),
            ["ConnectionStrings:CauNoi"] = App.ConnectionString,
        }).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config)
            .AddCauNoiDatabase(config, AppContext.BaseDirectory).BuildServiceProvider();
    }

    /// <summary>Counts the savepoints EF creates, per context, from its diagnostic events.</summary>
    private sealed class SavepointCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> subscriptions = [];
        private readonly List<DbContext> created = [];

        public SavepointCounter() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public int CreatedBy(DbContext db)
        {
            lock (created) return created.Count(c => ReferenceEquals(c, db));
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CreatingTransactionSavepoint.Name && e.Value is TransactionEventData { Context: { } db })
                lock (created) created.Add(db);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContextPoolOnSqlite(SqliteApp app) : ContextPoolTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ContextPoolOnPostgres(PostgresApp app) : ContextPoolTests(app);
