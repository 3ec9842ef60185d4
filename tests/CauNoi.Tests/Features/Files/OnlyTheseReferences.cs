using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CauNoi.Tests.Features.Files;

/// <summary>
/// The app's database as seen by what reads every stored file (the sweep, --copy-files-to-s3): inside a transaction
/// that is rolled back at the end, every attachment row of the other tests is deleted, so that no row refers to a
/// stored file but those this test adds. The collection's database is left as it was.
/// </summary>
public sealed class OnlyTheseReferences : IAsyncDisposable
{
    private readonly AsyncServiceScopeDb _scope;
    private readonly IDbContextTransaction _transaction;

    private OnlyTheseReferences(AsyncServiceScopeDb scope, IDbContextTransaction transaction) => (_scope, _transaction) = (scope, transaction);

    public CauNoiDb Db => _scope.Context;

    public static async Task<OnlyTheseReferences> BeginAsync(CauNoiApp app, CancellationToken ct)
    {
        var scope = app.Db();
        var transaction = await scope.Context.Database.BeginTransactionAsync(ct);
        await scope.Context.Database.ExecuteSqlRawAsync(StoredFileSteps.ClearReferencesSql(scope.Context), ct);
        return new OnlyTheseReferences(scope, transaction);
    }

    /// <summary>A row that refers to a stored file with these bytes (its SHA-256 recorded), on a recommendation of the database.</summary>
    public Task<string> ReferAsync(string storedName, byte[] bytes, CancellationToken ct) => StoredFileSteps.ReferAsync(Db, storedName, bytes, ct);

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
