using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CauNoi.Tests.Features.Audit;

/// <summary>
/// The audit log names everything it shows. A feature that adds an audited record type, property or enum names it in
/// AuditNames, or these fail and say which.
/// </summary>
public abstract class AuditNamesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task EveryAuditedRecordType_HasAVietnameseName()
    {
        var unnamed = (await AuditedTypes()).Select(t => t.ClrType.Name).Where(t => !AuditNames.Types.ContainsKey(t)).ToList();

        Assert.True(unnamed.Count == 0, "Add to AuditNames.Types: " + string.Join(", ", unnamed));
    }

    [Fact]
    public async Task EveryAuditedProperty_HasAVietnameseName()
    {
        var unnamed = (await AuditedProperties()).Where(p => AuditNames.Field(p.DeclaringType.ClrType.Name, p.Name) is null).Select(Name).ToList();

        Assert.True(unnamed.Count == 0, "Add to AuditNames.Fields: " + string.Join(", ", unnamed));
    }

    [Fact]
    public async Task EveryAuditedEnum_HasItsValuesNamed()
    {
        var properties = (await AuditedProperties()).Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum).ToList();

        var unnamed = properties.Where(p => !Enum.GetValues(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).Cast<object>()
            .All(v => AuditNames.Value(p.DeclaringType.ClrType.Name, p.Name, Convert.ToInt32(v).ToString()) is not null)).Select(Name).ToList();

        Assert.NotEmpty(properties);
        Assert.True(unnamed.Count == 0, "Add to AuditNames.Values, one name for every value: " + string.Join(", ", unnamed));
    }

    [Fact]
    public async Task EveryAuditedKeyOfAPersonOrUnit_IsShownByName()
    {
        // A foreign key to an account, organisation or field, or a property named like one, is a GUID or a number to an official.
        Type[] named = [typeof(AppUser), typeof(Organisation), typeof(FieldOfWork)];
        var keys = (await AuditedProperties()).Where(p =>
            p.GetContainingForeignKeys().Any(k => named.Contains(k.PrincipalEntityType.ClrType))
            || p.Name.EndsWith("ById", StringComparison.Ordinal) || p.Name.EndsWith("UserId", StringComparison.Ordinal)
            || p.Name.EndsWith("UnitId", StringComparison.Ordinal) || p.Name.EndsWith("OrganisationId", StringComparison.Ordinal)).ToList();

        var unshown = keys.Where(p => AuditNames.ReferenceOf(p.DeclaringType.ClrType.Name, p.Name) is null).Select(Name).ToList();

        Assert.Contains(keys, p => p.Name == "SubmittedById");
        Assert.True(unshown.Count == 0, "Add to AuditNames.References: " + string.Join(", ", unshown));
    }

    private static string Name(IProperty p) => $"{p.DeclaringType.ClrType.Name}.{p.Name}";

    private async Task<List<IEntityType>> AuditedTypes()
    {
        await using var scope = App.Db();
        return [.. scope.Context.Model.GetEntityTypes().Where(t => AuditTrail.IsAudited(t.ClrType))];
    }

    /// <summary>What the log writes and the page shows: secrets and search columns are never written, normalised copies never shown.</summary>
    private async Task<List<IProperty>> AuditedProperties() =>
        [.. (await AuditedTypes()).SelectMany(t => t.GetProperties()).Where(p => !AuditTrail.IsHidden(p.Name) && !AuditRows.IsRepeat(p.Name))];
}

[Collection(SqliteCollection.Name)]
public sealed class AuditNamesOnSqlite(SqliteApp app) : AuditNamesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditNamesOnPostgres(PostgresApp app) : AuditNamesTests(app);
