namespace CauNoi.Tests.Features.Recommendations;

public abstract class PrintViewTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task OwnRecord_PrintsWithItsRoutingAnswerAndHistory_WithoutTheSitesNavigationOrForms()
    {
        var title = "Bản in kiến nghị " + Guid.NewGuid();
        var answer = "Thực hiện theo Thông tư 25/2016/TT-BCT " + Guid.NewGuid();
        var id = (await App.SubmitAsync("xa.hoankiem", title, "Đường dây 110 kV chậm giải phóng mặt bằng.", ct: Ct)).Summary.Id;
        await App.AnswerAsync("cuc.dienluc", id, answer, Ct);
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, record) = await commune.GetAsync($"/kien-nghi/{id}");
        var (status, print) = await commune.GetAsync($"/kien-nghi/{id}/in");

        Assert.Equal($"/kien-nghi/{id}/in", record.QuerySelector("#print-link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"KN{id:D6}", print.QuerySelector("#number")!.TextContent);
        Assert.Equal(title, print.QuerySelector("#title")!.TextContent);
        Assert.Equal("Cục Điện lực", print.QuerySelector("#unit")!.TextContent);
        Assert.Contains(answer, print.QuerySelector("#answer")!.TextContent);
        Assert.Equal(["Gửi kiến nghị", "Tiếp nhận", "Bắt đầu xử lý", "Trả lời"],
            print.QuerySelectorAll("#history tbody tr td:nth-child(2)").Select(td => td.TextContent.Split(" → ")[0]));
        Assert.Null(print.QuerySelector("nav"));
        Assert.Null(print.QuerySelector("form"));
        Assert.Contains(print.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.StartsWith("/css/print-record.css"));
    }

    [Fact]
    public async Task AnotherProvincesRecord_IsNotFound()
    {
        var id = (await App.SubmitAsync("xa.hoankiem", "Không in được " + Guid.NewGuid(), "Nội dung.", ct: Ct)).Summary.Id;

        var (status, page) = await (await PageClient.SignedIn(App, "so.tuyenquang")).GetAsync($"/kien-nghi/{id}/in");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Không in được", page.Body!.TextContent);
    }

    [Fact]
    public async Task ThePrintStylesheet_HidesTheScreenOnlyBar_WhenPrinted()
    {
        var css = await App.CreateClient().GetStringAsync("/css/print-record.css", Ct);

        Assert.Matches(@"@media print\s*\{[^}]*\.screen-only\s*\{\s*display:\s*none", css);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PrintViewOnSqlite(SqliteApp app) : PrintViewTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PrintViewOnPostgres(PostgresApp app) : PrintViewTests(app);
