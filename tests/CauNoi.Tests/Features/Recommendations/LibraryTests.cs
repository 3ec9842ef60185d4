using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Library;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class LibraryTests(CauNoiApp app) : AppTests(app)
{
    private async Task<Page<AnswerLibrary.Entry>> Search(string userName, string query) =>
        (await (await App.ApiAs(userName)).GetFromJsonAsync<Page<AnswerLibrary.Entry>>(
            $"/api/v1/recommendations/library?{query}", ApiJson.Options, Ct))!;

    [Fact]
    public async Task AnsweredRecommendation_IsFoundByACommuneOfAnotherProvince_WithoutDiacritics_AndWithoutContactDetails()
    {
        var token = RecommendationSteps.Token();
        var r = await App.SubmitAsync("so.tuyenquang", $"Chậm thỏa thuận đấu nối điện mặt trời {token}",
            "Dự án điện mặt trời chưa được thỏa thuận đấu nối vào lưới điện phân phối.", extra: new
            {
                contactName = "Hoàng Văn Đấu Nối", contactPhone = "0912 345 678", contactEmail = "daunoi@tuyenquang.gov.vn",
            }, ct: Ct);
        var answer = $"Thực hiện theo Thông tư số 39/2015/TT-BCT quy định hệ thống điện phân phối, mã {token}.";
        await App.AnswerAsync("cuc.dienluc", r.Summary.Id, answer, Ct);

        var byTitle = await Search("xa.hoankiem", $"q={Uri.EscapeDataString($"thoa thuan dau noi dien mat troi {token}")}");
        var byAnswer = await Search("xa.hoankiem", $"q={Uri.EscapeDataString($"HE THONG DIEN PHAN PHOI, MA {token}")}");
        var raw = await (await App.ApiAs("xa.hoankiem")).GetStringAsync($"/api/v1/recommendations/library?q={token}", Ct);

        var entry = Assert.Single(byTitle.Items);
        Assert.Equal((r.Summary.Id, "Tỉnh Tuyên Quang", answer), (entry.Id, entry.ProvinceName, entry.Answer));
        Assert.Equal(r.Summary.Id, Assert.Single(byAnswer.Items).Id);
        Assert.DoesNotContain("contact", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0912", raw);
        Assert.DoesNotContain("daunoi@", raw);
        Assert.DoesNotContain("Hoàng Văn", raw);
    }

    [Fact]
    public async Task OnlyAnsweredOrClosedRecommendations_AreInTheLibrary()
    {
        var token = RecommendationSteps.Token();
        var waiting = await App.SubmitAsync("so.hanoi", $"Kiến nghị chưa trả lời {token}", "Đang chờ Bộ trả lời.", ct: Ct);
        var inProgress = await App.SubmitAsync("so.hanoi", $"Kiến nghị đang xử lý {token}", "Đang xử lý.", ct: Ct);
        await App.ActAsync("cuc.dienluc", inProgress.Summary.Id, new { action = "receive" }, Ct);
        var closed = await App.SubmitAsync("so.hanoi", $"Kiến nghị đã đóng {token}", "Đã trả lời và đóng.", ct: Ct);
        await App.AnswerAsync("cuc.dienluc", closed.Summary.Id, "Đã có hướng dẫn.", Ct);
        await App.ActAsync("so.hanoi", closed.Summary.Id, new { action = "close" }, Ct);

        var found = await Search("so.tuyenquang", $"q={token}");

        Assert.Equal([closed.Summary.Id], found.Items.Select(e => e.Id));
        Assert.DoesNotContain(found.Items, e => e.Id == waiting.Summary.Id || e.Id == inProgress.Summary.Id);
    }

    [Fact]
    public async Task LibraryPage_SearchesPagesByTrang_AndOpensEachAnswer()
    {
        var token = RecommendationSteps.Token();
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            var field = await db.FieldsOfWork.SingleAsync(f => f.Code == "CCN", Ct);
            var province = await db.Organisations.Where(o => o.Code == "SCT-08").Select(o => o.Id).SingleAsync(Ct);
            var today = VietnamTime.Today(TimeProvider.System);
            for (var i = 1; i <= AnswerLibrary.PageSize + 1; i++)
                db.Recommendations.Add(new Recommendation
                {
                    Title = $"Hạ tầng cụm công nghiệp {token} số {i}", Content = "Chưa có trạm xử lý nước thải tập trung.", FieldId = field.Id,
                    ProvinceCode = "08", SubmittingOrganisationId = province, RoutedUnitId = field.ResponsibleUnitId!.Value,
                    Status = RecommendationStatus.Answered, ReceivedOn = today, DueOn = today, Answer = $"Câu trả lời số {i}: đầu tư theo Nghị định 32/2024/NĐ-CP.",
                    AnsweredOn = today, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                });
            await db.SaveChangesAsync(Ct);
        }
        var client = await PageClient.SignedIn(App, "xa.badinh");

        var (status, first) = await client.GetAsync($"/kien-nghi/thu-vien?q=ha+tang+cum+cong+nghiep+{token}");
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        var (_, second) = await client.GetAsync(next!);
        var otherField = await client.GetAsync($"/kien-nghi/thu-vien?q={token}&linh-vuc={await FieldId("NL")}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(AnswerLibrary.PageSize, first.QuerySelectorAll("[data-testid=library-entry]").Length);
        Assert.Contains("trang=2", next);
        var last = Assert.Single(second.QuerySelectorAll("[data-testid=library-entry]"));
        Assert.Contains("Câu trả lời số 1:", last.QuerySelector("details")!.TextContent);
        Assert.Contains($"Hạ tầng cụm công nghiệp {token} số 1", last.QuerySelector("h2")!.TextContent);
        Assert.Empty(otherField.Document.QuerySelectorAll("[data-testid=library-entry]"));
    }

    private async Task<int> FieldId(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LibraryOnSqlite(SqliteApp app) : LibraryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LibraryOnPostgres(PostgresApp app) : LibraryTests(app);
