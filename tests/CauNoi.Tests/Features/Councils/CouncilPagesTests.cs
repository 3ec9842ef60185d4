using CauNoi.Web.Features.Councils;
using static CauNoi.Tests.Features.Councils.CouncilSetup;

namespace CauNoi.Tests.Features.Councils;

/// <summary>The council pages: the member's forms, the keeper's closing, and the results beside each member's total.</summary>
public abstract class CouncilPagesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task AMember_ScoresOnTheForm_WithNotApplicable_AndTheKeeperClosesOnThePage()
    {
        var c = await CouncilAsync(App, [TuyenQuang, HaNoi], ["cuc.dienluc", "so.hanoi"], Ct, passMark: 70);
        var member = await PageClient.SignedIn(App, "cuc.dienluc");
        var (status, list) = await member.GetAsync("/hoi-dong");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(list.QuerySelector($"#my-sheets tr[data-council='{c.Id}'][data-entry='{c.Entries[0]}']"));

        var form = $"/hoi-dong/{c.Id}/cham/{c.Entries[0]}";
        var fields = new Dictionary<string, string>
        {
            ["Sheet.Lines[0].CriterionId"] = c.Criteria[0].ToString(), ["Sheet.Lines[0].Points"] = "45",
            ["Sheet.Lines[1].CriterionId"] = c.Criteria[1].ToString(), ["Sheet.Lines[1].NotApplicable"] = "true",
            ["Sheet.Lines[2].CriterionId"] = c.Criteria[2].ToString(), ["Sheet.Lines[2].Points"] = "7,5",
        };
        var saved = await member.PostFormAsync(form + "?handler=Submit", fields, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, sheet) = await member.GetAsync(form);
        // 45 + 2 × 7.5 = 60 of 70 scored, rescaled: 60 × 100 ÷ 70 = 85.714… → 85,71.
        Assert.Equal("85,71", sheet.QuerySelector("#total [data-figure=total]")!.TextContent);
        Assert.NotNull(sheet.QuerySelector("#rescaled"));
        Assert.Equal("7,5", sheet.QuerySelector("#points-2")!.GetAttribute("value"));

        // The Hà Nội member's own province: the form says why, and posting is refused.
        var hanoi = await PageClient.SignedIn(App, "so.hanoi");
        var own = $"/hoi-dong/{c.Id}/cham/{c.Entries[1]}";
        var (_, refused) = await hanoi.GetAsync(own);
        Assert.Contains("tỉnh, thành phố nơi bạn công tác", refused.QuerySelector("#refusal")!.TextContent);
        // A keeper sees who submitted, not the points.
        var keeper = await PageClient.SignedIn(App, Dmst);
        var (_, before) = await keeper.GetAsync($"/hoi-dong/{c.Id}");
        var cell = before.QuerySelector($"#entries tr[data-entry='{c.Entries[0]}'] td[data-member='{c.Members["cuc.dienluc"]}']")!;
        Assert.Equal("submitted", cell.GetAttribute("data-state"));
        Assert.Null(cell.QuerySelector("[data-figure=total]"));

        var close = await keeper.PostFormAsync($"/hoi-dong/{c.Id}?handler=Close", new() { ["Confirm"] = "false" }, $"/hoi-dong/{c.Id}");
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Contains("Còn 2 phiếu chấm chưa nộp", await close.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await keeper.PostFormAsync($"/hoi-dong/{c.Id}?handler=Close", new() { ["Confirm"] = "true" }, $"/hoi-dong/{c.Id}")).StatusCode);
        var (_, after) = await keeper.GetAsync($"/hoi-dong/{c.Id}");
        var row = after.QuerySelector($"#entries tr[data-entry='{c.Entries[0]}']")!;
        Assert.Equal("85,71", row.QuerySelector($"td[data-member='{c.Members["cuc.dienluc"]}'] [data-figure=total]")!.TextContent);
        Assert.Equal("85,71", row.QuerySelector("[data-figure=average]")!.TextContent);
        Assert.Equal("Đạt", row.QuerySelector("[data-figure=passed]")!.TextContent);
        Assert.NotNull(after.QuerySelector("#export"));
    }

    [Fact]
    public async Task AnotherProvincesDepartment_GetsNotFound()
    {
        var c = await CouncilAsync(App, [HaNoi], ["xa.hoankiem"], Ct, province: HaNoi);
        var other = await PageClient.SignedIn(App, "so.tuyenquang");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/hoi-dong/{c.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/hoi-dong/{c.Id}/cham/{c.Entries[0]}")).Status);
        var (status, page) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync($"/hoi-dong/{c.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("#close-form"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilPagesOnSqlite(SqliteApp app) : CouncilPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilPagesOnPostgres(PostgresApp app) : CouncilPagesTests(app);
