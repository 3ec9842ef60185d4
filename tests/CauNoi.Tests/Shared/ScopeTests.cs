namespace CauNoi.Tests.Shared;

/// <summary>The scope rule itself, on records placed in provinces, communes and Ministry units.</summary>
public class ScopeTests
{
    private sealed record Record(string Name, string? ProvinceCode, string? CommuneCode, int? RoutedUnitId) : IScopedRecord;

    private const int Ctdp = 10, DienLuc = 13;

    private static readonly Record[] Records =
    [
        new("Sở Hà Nội", "01", null, Ctdp),
        new("Hoàn Kiếm", "01", "00070", Ctdp),
        new("Ba Đình", "01", "00004", DienLuc),
        new("Sở Tuyên Quang", "08", null, DienLuc),
        new("Hà Giang 1", "08", "00694", null),
    ];

    private static string[] Visible(Scope scope) =>
        [.. Records.AsQueryable().VisibleTo(scope).Select(r => r.Name).Order()];

    [Fact]
    public void CommuneOfficer_SeesOnlyTheirCommune() =>
        Assert.Equal(["Hoàn Kiếm"], Visible(new Scope(false, [], "00070", null)));

    [Fact]
    public void ProvinceOfficer_SeesTheirProvinceAndItsCommunes() =>
        Assert.Equal(["Ba Đình", "Hoàn Kiếm", "Sở Hà Nội"], Visible(new Scope(false, ["01"], null, null)));

    [Fact]
    public void MinistryUnit_SeesWhatIsRoutedToIt() =>
        Assert.Equal(["Ba Đình", "Sở Tuyên Quang"], Visible(new Scope(false, [], null, DienLuc)));

    [Fact]
    public void FocalLeader_SeesTheirProvincesAndWhatIsRoutedToTheirUnit() =>
        Assert.Equal(["Hà Giang 1", "Hoàn Kiếm", "Sở Hà Nội", "Sở Tuyên Quang"], Visible(new Scope(false, ["08"], null, Ctdp)));

    [Fact]
    public void LeadersAndAdministrators_SeeEverything() =>
        Assert.Equal(Records.Length, Visible(Scope.Everything).Length);

    [Fact]
    public void NoOrganisation_SeesNothing() =>
        Assert.Empty(Visible(Scope.Nothing));

    [Fact]
    public void UnroutedRecord_IsNotVisibleToAUnitOrACommune()
    {
        // A record with no unit must not match a caller with no unit through null == null.
        Assert.DoesNotContain("Hà Giang 1", Visible(new Scope(false, [], null, DienLuc)));
        Assert.DoesNotContain("Sở Tuyên Quang", Visible(new Scope(false, [], "00070", null)));
    }

    [Fact]
    public void Sees_AgreesWithTheQueryRule()
    {
        var scopes = new[] { new Scope(false, [], "00070", null), new Scope(false, ["01"], null, null), new Scope(false, ["08"], null, Ctdp), Scope.Everything, Scope.Nothing };
        foreach (var scope in scopes)
            Assert.Equal(Visible(scope), Records.Where(r => scope.Sees(r.ProvinceCode, r.CommuneCode, r.RoutedUnitId)).Select(r => r.Name).Order().ToArray());
    }
}
