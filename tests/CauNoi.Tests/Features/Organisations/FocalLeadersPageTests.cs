namespace CauNoi.Tests.Features.Organisations;

public abstract class FocalLeadersPageTests(CauNoiApp app) : AppTests(app)
{
    // Cà Mau: no other test relies on its focal leader; Hà Nội (01) and Tuyên Quang (08) are left alone.
    private const string Province = "96";
    private const string Url = "/quan-tri/phu-trach-tinh/" + Province;

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = App.Db();
        return await scope.Context.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Ct);
    }

    private static Dictionary<string, string> Form(string leaderId, string from, string decision = "15/QĐ-BCT") =>
        new() { ["Input.LeaderId"] = leaderId, ["Input.EffectiveFrom"] = from, ["Input.Decision"] = decision };

    [Fact]
    public async Task List_ShowsEachProvincesLeaderInForceToday()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        await using var scope = App.Db();
        var hanoiLeader = await scope.Context.Users.Where(u => u.UserName == "phutrach.hanoi").Select(u => u.FullName).SingleAsync(Ct);

        var (status, page) = await admin.GetAsync("/quan-tri/phu-trach-tinh");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(34, page.QuerySelectorAll("[data-testid=provinces] tbody tr").Length);
        var hanoi = page.QuerySelector("tr[data-code='01']")!.TextContent;
        Assert.Contains(hanoiLeader, hanoi);
        Assert.Contains("29/07/2025", hanoi);
        Assert.Contains("2172/QĐ-BCT", hanoi);
    }

    [Fact]
    public async Task Assigning_EndsThePreviousAssignmentTheDayBefore()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var newLeader = await UserIdAsync("phutrach.angiang");
        int previousId;
        await using (var scope = App.Db())
            previousId = await scope.Context.FocalLeaderAssignments.Where(a => a.ProvinceCode == Province && a.EffectiveTo == null).Select(a => a.Id).SingleAsync(Ct);
        try
        {
            var response = await admin.PostFormAsync(Url, Form(newLeader, "01/01/2031", "15/QĐ-BCT"));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await using (var scope = App.Db())
            {
                var assignments = await scope.Context.FocalLeaderAssignments.AsNoTracking().Where(a => a.ProvinceCode == Province)
                    .OrderBy(a => a.EffectiveFrom).ToListAsync(Ct);
                Assert.Equal(2, assignments.Count);
                Assert.Equal((previousId, new DateOnly(2030, 12, 31)), (assignments[0].Id, assignments[0].EffectiveTo));
                Assert.Equal((newLeader, new DateOnly(2031, 1, 1), (DateOnly?)null, "15/QĐ-BCT"),
                    (assignments[1].LeaderId, assignments[1].EffectiveFrom, assignments[1].EffectiveTo, assignments[1].Decision));
            }
            var (_, history) = await admin.GetAsync(Url);
            var rows = history.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.TextContent).ToList();
            Assert.Contains("Sắp có hiệu lực", rows[0]);
            Assert.Contains("31/12/2030", rows[1]);
            Assert.Contains("Đang phụ trách", rows[1]);
        }
        finally
        {
            await RestoreAsync(previousId);
        }
    }

    [Theory]
    [InlineData("01/01/2025", "Ngày hiệu lực phải sau ngày 29/07/2025")]
    [InlineData("29/07/2025", "Ngày hiệu lực phải sau ngày 29/07/2025")]
    [InlineData("31/02/2031", "Ngày hiệu lực không hợp lệ")]
    [InlineData("2031-01-01", "Ngày hiệu lực không hợp lệ")]
    [InlineData("", "Vui lòng nhập ngày hiệu lực.")]
    public async Task BadEffectiveDate_IsRefusedInVietnamese_AndNothingChanges(string from, string message)
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var newLeader = await UserIdAsync("phutrach.angiang");

        var response = await admin.PostFormAsync(Url, Form(newLeader, from));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, PageClient.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("[role=alert]")?.TextContent);
        await using var scope = App.Db();
        var assignment = await scope.Context.FocalLeaderAssignments.SingleAsync(a => a.ProvinceCode == Province, Ct);
        Assert.Null(assignment.EffectiveTo);
    }

    [Fact]
    public async Task AssigningSomeoneWithoutTheFocalLeaderRole_IsRefused()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync(Url, Form(await UserIdAsync("so.hanoi"), "01/01/2031"));

        Assert.Contains("không phải lãnh đạo phụ trách tỉnh", PageClient.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("[role=alert]")?.TextContent);
        await using var scope = App.Db();
        Assert.Equal(1, await scope.Context.FocalLeaderAssignments.CountAsync(a => a.ProvinceCode == Province, Ct));
    }

    [Fact]
    public async Task UnknownProvince_IsNotFound()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (status, _) = await admin.GetAsync("/quan-tri/phu-trach-tinh/99");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    /// <summary>Puts Cà Mau back as the demo data left it: the one assignment, open-ended.</summary>
    private async Task RestoreAsync(int previousId)
    {
        await using var scope = App.Db();
        var db = scope.Context;
        db.FocalLeaderAssignments.RemoveRange(db.FocalLeaderAssignments.Where(a => a.ProvinceCode == Province && a.Id != previousId));
        (await db.FocalLeaderAssignments.SingleAsync(a => a.Id == previousId, Ct)).EffectiveTo = null;
        await db.SaveChangesAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FocalLeadersPageOnSqlite(SqliteApp app) : FocalLeadersPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FocalLeadersPageOnPostgres(PostgresApp app) : FocalLeadersPageTests(app);
