using CauNoi.Web.Features.Awards;
using DocumentFormat.OpenXml.Packaging;
using static CauNoi.Tests.Features.Awards.AwardSetup;

namespace CauNoi.Tests.Features.Awards;

/// <summary>
/// A province puts forward only what passed its own round; the product's history reads level by level; the national list
/// counts by province and group; certificates carry the number the publication gave; scope. Years 2053–2056.
/// </summary>
public abstract class AwardNominationTests(CauNoiApp app) : AppTests(app)
{
    private async Task<string> CommuneOfAsync(string province)
    {
        await using var scope = App.Db();
        return await scope.Context.Communes.Where(c => c.ProvinceCode == province).OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(Ct);
    }

    [Fact]
    public async Task AboveTheProvince_OnlyARecognisedProductOfTheSameProvinceFromTheLevelBelow_Once()
    {
        var (provincial, ids) = await PublishedProvincialAsync(App, 2053, [("Gốm Bát Tràng " + Token(), 91m, 1, true), ("Tranh " + Token(), 55m, 2, false)], Ct);
        var (recognised, notRecognised) = (ids[0], ids[1]);
        var north = await CreateRoundAsync(App, Ministry, Round(2053, AwardLevel.Regional, region: "North"), Ct);
        var centre = await CreateRoundAsync(App, Ministry, Round(2053, AwardLevel.Regional, region: "Centre"), Ct);
        var national = await CreateRoundAsync(App, Ministry, Round(2053, AwardLevel.National), Ct);
        var later = await CreateRoundAsync(App, Ministry, Round(2055, AwardLevel.Regional, region: "North"), Ct);

        async Task<(HttpStatusCode, string)> Forward(int round, int? previous, string caller = HaNoiDept)
        {
            var r = await PostAsync(App, caller, "/api/v1/awards/nominations", new { roundId = round, previousNominationId = previous }, Ct);
            return (r.StatusCode, await r.Content.ReadAsStringAsync(Ct));
        }
        var (status, body) = await Forward(north.Id, notRecognised);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("chưa được công nhận", body);
        (status, body) = await Forward(north.Id, null);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("chỉ nhận sản phẩm đã được công nhận ở cấp dưới", body);
        (status, _) = await Forward(north.Id, recognised, TuyenQuangDept);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, body) = await Forward(national.Id, recognised);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("chỉ nhận sản phẩm đã được công nhận cấp khu vực", body);
        (status, body) = await Forward(centre.Id, recognised);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("không thuộc khu vực miền trung", body);
        (status, body) = await Forward(later.Id, recognised);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("năm 2055 hoặc năm 2054", body);
        (status, _) = await Forward(north.Id, int.MaxValue);
        Assert.Equal(HttpStatusCode.NotFound, status);

        var forwarded = await NominateAsync(App, HaNoiDept, new { roundId = north.Id, previousNominationId = recognised }, Ct);
        var original = provincial.Nominations.Single(n => n.Id == recognised);
        Assert.Equal((original.ProductName, original.FacilityName, HaNoi, recognised), (forwarded.ProductName, forwarded.FacilityName, forwarded.ProvinceCode, forwarded.PreviousNominationId!.Value));
        (status, body) = await Forward(north.Id, recognised);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("đã được đề nghị lên cấp trên", body);

        // A provincial round names no previous product.
        var own = await CreateRoundAsync(App, HaNoiDept, Round(2053, AwardLevel.Provincial), Ct);
        var twice = await PostAsync(App, HaNoiDept, "/api/v1/awards/nominations", new { roundId = own.Id, productName = "X", group = "Other", facilityName = "Y", communeCode = HoanKiem, previousNominationId = recognised }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var wrongCommune = await PostAsync(App, HaNoiDept, "/api/v1/awards/nominations", Product(own.Id, "Z " + Token(), commune: await CommuneOfAsync(TuyenQuang)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCommune.StatusCode);
        Assert.Contains("không thuộc tỉnh, thành phố của đợt bình chọn", await wrongCommune.Content.ReadAsStringAsync(Ct));
        var badTax = await PostAsync(App, HaNoiDept, "/api/v1/awards/nominations", new { roundId = own.Id, productName = "X", group = "Other", facilityName = "Y", communeCode = HoanKiem, facilityTaxCode = "12345" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badTax.StatusCode);
        Assert.Contains("không hợp lệ: 10 chữ số, hoặc 13 chữ số", await badTax.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, TuyenQuangDept, "/api/v1/awards/nominations", Product(own.Id, "Q " + Token()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, Ministry, "/api/v1/awards/nominations", Product(own.Id, "Q " + Token()), Ct)).StatusCode);
    }

    /// <summary>
    /// Hà Nội (North) and Tuyên Quang (North) each climb one product: provincial 2054 → regional North 2054 → national 2055
    /// (a round takes what was recognised the same year or the year before). Expected national list of 2055:
    /// 2 products, 2 provinces; by group Handicraft 1, ProcessedFood 1, the others 0.
    /// </summary>
    [Fact]
    public async Task AProductClimbsTheLevels_ItsHistoryReadsBothWays_AndTheNationalListCountsIt()
    {
        var tqCommune = await CommuneOfAsync(TuyenQuang);
        var hn = await CreateRoundAsync(App, HaNoiDept, Round(2054, AwardLevel.Provincial), Ct);
        var tq = await CreateRoundAsync(App, TuyenQuangDept, Round(2054, AwardLevel.Provincial), Ct);
        var hnProduct = await NominateAsync(App, HaNoiDept, Product(hn.Id, "Gốm men lam " + Token(), ProductGroup.Handicraft), Ct);
        var tqProduct = await NominateAsync(App, TuyenQuangDept, Product(tq.Id, "Chè Shan tuyết " + Token(), ProductGroup.ProcessedFood, tqCommune), Ct);
        foreach (var (round, caller, n) in new[] { (hn, HaNoiDept, hnProduct.Id), (tq, TuyenQuangDept, tqProduct.Id) })
        {
            Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, caller, round.Id, "start-scoring", Ct)).StatusCode);
            await CloseCouncilAsync(App, round.CouncilId!.Value, new Dictionary<int, (decimal, int, bool)> { [n] = (80m, 1, true) }, Ct);
            Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, caller, round.Id, "publish", Ct)).StatusCode);
        }
        var regional = await CreateRoundAsync(App, Ministry, Round(2054, AwardLevel.Regional, region: "North"), Ct);
        var hnRegional = await NominateAsync(App, HaNoiDept, new { roundId = regional.Id, previousNominationId = hnProduct.Id }, Ct);
        var tqRegional = await NominateAsync(App, TuyenQuangDept, new { roundId = regional.Id, previousNominationId = tqProduct.Id }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Ministry, regional.Id, "start-scoring", Ct)).StatusCode);
        await CloseCouncilAsync(App, regional.CouncilId!.Value, new Dictionary<int, (decimal, int, bool)> { [hnRegional.Id] = (86.25m, 1, true), [tqRegional.Id] = (79m, 2, true) }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Ministry, regional.Id, "publish", Ct)).StatusCode);

        var national = await CreateRoundAsync(App, Ministry, Round(2055, AwardLevel.National), Ct);
        var hnNational = await NominateAsync(App, HaNoiDept, new { roundId = national.Id, previousNominationId = hnRegional.Id }, Ct);
        var tqNational = await NominateAsync(App, TuyenQuangDept, new { roundId = national.Id, previousNominationId = tqRegional.Id }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Ministry, national.Id, "start-scoring", Ct)).StatusCode);
        await CloseCouncilAsync(App, national.CouncilId!.Value, new Dictionary<int, (decimal, int, bool)> { [hnNational.Id] = (92m, 1, true), [tqNational.Id] = (75.5m, 2, true) }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Ministry, national.Id, "publish", Ct)).StatusCode);

        var api = await App.ApiAs(HaNoiDept);
        foreach (var start in new[] { hnProduct.Id, hnRegional.Id, hnNational.Id })
        {
            var history = (await api.GetFromJsonAsync<List<AwardQueries.HistoryItem>>($"/api/v1/awards/nominations/{start}/history", ApiJson.Options, Ct))!;
            Assert.Equal([(AwardLevel.Provincial, 2054, 80m, 1), (AwardLevel.Regional, 2054, 86.25m, 1), (AwardLevel.National, 2055, 92m, 1)],
                history.Select(h => (h.Level, h.Year, h.Average!.Value, h.Rank!.Value)));
            Assert.Equal([$"001/{hn.CertificateSeries}", $"001/{regional.CertificateSeries}", $"001/{national.CertificateSeries}"], history.Select(h => h.CertificateNumber));
        }

        var list = (await api.GetFromJsonAsync<NationalList>("/api/v1/awards/national-list?year=2055", ApiJson.Options, Ct))!;
        Assert.Equal((2, 2), (list.Products, list.Provinces));
        Assert.Equal([1, 1, 0, 0], list.ByGroup.Select(g => g.Products));
        Assert.Equal(["Handicraft", "ProcessedFood", "ToolsAndMachinery", "Other"], list.ByGroup.Select(g => g.Code));
        Assert.Equal([1, 1], list.ByProvince.Select(p => p.Products));
        Assert.Equal([$"001/{national.CertificateSeries}", $"002/{national.CertificateSeries}"], list.Items.Select(i => i.CertificateNumber).Order());
        var xlsx = await api.GetAsync("/api/v1/awards/national-list?year=2055&format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/awards/national-list?year=2055&format=pdf", Ct)).StatusCode);

        // The certificate, read back.
        var docx = await api.GetAsync($"/api/v1/awards/nominations/{hnNational.Id}/certificate.docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync(Ct);
        // Kept for looking at as pages (docs/awards.md: LibreOffice → PDF → PNG).
        if (Environment.GetEnvironmentVariable("CAUNOI_SCREENSHOTS") == "1") await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "caunoi-awards-certificate.docx"), bytes, Ct);
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains($"001/{national.CertificateSeries}", text);
        Assert.Contains(hnProduct.ProductName, text);
        Assert.Contains(hnProduct.FacilityName, text);
        Assert.Contains("Thành phố Hà Nội", text);
        Assert.Contains("BỘ CÔNG THƯƠNG", text);
        Assert.Contains("cấp quốc gia năm 2055", text);
        var provincialCertificate = await api.GetAsync($"/api/v1/awards/nominations/{hnProduct.Id}/certificate.docx", Ct);
        using var provincialWord = WordprocessingDocument.Open(new MemoryStream(await provincialCertificate.Content.ReadAsByteArrayAsync(Ct)), false);
        var provincialText = provincialWord.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("ỦY BAN NHÂN DÂN", provincialText);
        Assert.Contains("THÀNH PHỐ HÀ NỘI", provincialText);
        Assert.Contains("cấp tỉnh năm 2054", provincialText);
    }

    [Fact]
    public async Task Scope_AnotherProvinceSeesNotItsNominations_UntilRecognised_AndLeadersOnlyRead()
    {
        var round = await CreateRoundAsync(App, HaNoiDept, Round(2056, AwardLevel.Provincial), Ct);
        var n = await NominateAsync(App, HaNoiDept, Product(round.Id, "Đồ đồng " + Token()), Ct);
        var other = await App.ApiAs(TuyenQuangDept);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/awards/nominations/{n.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/awards/nominations/{n.Id}/history", Ct)).StatusCode);
        Assert.DoesNotContain(n.Id, (await other.GetFromJsonAsync<List<AwardQueries.NominationItem>>($"/api/v1/awards/nominations?round={round.Id}", ApiJson.Options, Ct))!.Select(x => x.Id));
        Assert.Empty((await GetRoundAsync(App, TuyenQuangDept, round.Id, Ct)).Nominations);
        Assert.Equal(HttpStatusCode.OK, (await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/awards/nominations/{n.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.badinh")).GetAsync($"/api/v1/awards/nominations/{n.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.ApiAs("lanhdao")).GetAsync($"/api/v1/awards/nominations/{n.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, "lanhdao", "/api/v1/awards/nominations", Product(round.Id, "L " + Token()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, "lanhdao", round.Id, "start-scoring", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDept, round.Id, "start-scoring", Ct)).StatusCode);
        await CloseCouncilAsync(App, round.CouncilId!.Value, new Dictionary<int, (decimal, int, bool)> { [n.Id] = (77m, 1, true) }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, HaNoiDept, round.Id, "publish", Ct)).StatusCode);
        // Published results are everyone's.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/awards/nominations/{n.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/awards/nominations/{n.Id}/certificate.docx", Ct)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AwardNominationOnSqlite(SqliteApp app) : AwardNominationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AwardNominationOnPostgres(PostgresApp app) : AwardNominationTests(app);
