using System.Text.Json;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Tests.Features.Audit;

public abstract class AuditTrailTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task Update_WritesWhoWhenAndOldAndNewValues()
    {
        var code = "KT" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var scope = App.Db())
        {
            scope.Context.Organisations.Add(new Organisation { Kind = OrganisationKind.MinistryUnit, Code = code, Name = "Vụ Thử nghiệm" });
            await scope.Context.SaveChangesAsync(Ct);
        }
        await using (var scope = App.Db())
        {
            var org = await scope.Context.Organisations.SingleAsync(o => o.Code == code, Ct);
            org.Name = "Vụ Thử nghiệm và Đánh giá";
            await scope.Context.SaveChangesAsync(Ct);
        }

        await using var check = App.Db();
        var id = await check.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
        var entries = await check.Context.AuditEntries.Where(a => a.EntityType == nameof(Organisation) && a.EntityKey == id.ToString())
            .OrderBy(a => a.Id).ToListAsync(Ct);

        Assert.Equal([AuditTrail.Created, AuditTrail.Updated], entries.Select(e => e.Action));
        var updated = entries[1];
        Assert.Equal("Vụ Thử nghiệm", JsonDocument.Parse(updated.OldValues!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Vụ Thử nghiệm và Đánh giá", JsonDocument.Parse(updated.NewValues!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("hệ thống", updated.UserName);
        Assert.True(DateTime.UtcNow - updated.At < TimeSpan.FromMinutes(5));
        // The generated key of a new record is known to its audit entry.
        Assert.Equal(id, JsonDocument.Parse(entries[0].NewValues!).RootElement.GetProperty("Id").GetInt32());
    }

    [Fact]
    public async Task FailedSave_LeavesNeitherTheChangeNorItsAuditEntry()
    {
        var auditBefore = await CountAudit();
        await using (var scope = App.Db())
        {
            scope.Context.Organisations.Add(new Organisation { Kind = OrganisationKind.MinistryUnit, Code = "ZZ" + Guid.NewGuid().ToString("N")[..6], Name = "Đơn vị hợp lệ" });
            scope.Context.Organisations.Add(new Organisation { Kind = OrganisationKind.MinistryUnit, Code = "CTDP", Name = "Trùng mã" });   // unique index
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => scope.Context.SaveChangesAsync(Ct));
        }

        Assert.Equal(auditBefore, await CountAudit());
        await using var check = App.Db();
        Assert.False(await check.Context.Organisations.AnyAsync(o => o.Name == "Đơn vị hợp lệ", Ct));
    }

    [Fact]
    public async Task Text_IsStoredInNfc_AndFoldedForSearch()
    {
        var code = "NF" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var scope = App.Db())
        {
            scope.Context.Organisations.Add(new Organisation { Kind = OrganisationKind.MinistryUnit, Code = code, Name = "Vu\u0323 Đie\u0323\u0302n lư\u0323c thư\u0309 nghie\u0323\u0302m" });
            await scope.Context.SaveChangesAsync(Ct);
        }

        await using var check = App.Db();
        var org = await check.Context.Organisations.SingleAsync(o => o.Code == code, Ct);
        Assert.Equal("Vụ Điện lực thử nghiệm", org.Name);
        Assert.StartsWith("vu dien luc thu nghiem", org.SearchName);
    }

    [Fact]
    public async Task AuditApi_IsForAdministratorsOnly()
    {
        var officer = await App.ApiAs("so.hanoi");
        var admin = await App.ApiAs("admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/audit", Ct)).StatusCode);
        var page = await admin.GetFromJsonAsync<Page<AuditApi.Item>>("/api/v1/audit?entityType=ReferenceData", Ct);
        Assert.Contains(page!.Items, i => i.EntityKey == "admin-units");
    }

    private async Task<int> CountAudit()
    {
        await using var scope = App.Db();
        return await scope.Context.AuditEntries.CountAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app);
