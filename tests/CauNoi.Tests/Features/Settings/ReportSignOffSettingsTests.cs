using CauNoi.Web.Features.Settings;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Settings;

/// <summary>The signer and recipients of the weekly report, set by an administrator for each level of issuing body.</summary>
public abstract class ReportSignOffSettingsTests(CauNoiApp app) : AppTests(app)
{
    private const string Page = "/quan-tri/cai-dat/bao-cao";

    private static Dictionary<string, string> Form(string authority, string position, string name, string recipients) => new()
    {
        ["Input.Authority"] = authority, ["Input.Position"] = position, ["Input.Name"] = name, ["Input.Recipients"] = recipients,
    };

    private async Task<List<string>> ReportParagraphsAsync(string userName)
    {
        var response = await (await App.ApiAs(userName)).GetAsync("/api/v1/reports/weekly?from=2012-03-05&to=2012-03-11&format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>Back to the defaults: the app is shared with every other test.</summary>
    private async Task RestoreAsync(IssuerLevel level)
    {
        await using var scope = App.Db();
        await scope.Context.Settings.Where(s => s.Key.StartsWith($"Reports.SignOff.{level}.")).ExecuteDeleteAsync(Ct);
    }

    [Fact]
    public async Task ProvinceSignOff_ChangesTheSignerAndRecipientsOfEverySosReport_AndNotTheMinistrys()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        try
        {
            var saved = await admin.PostFormAsync(Page + "?cap=tinh", Form("tm. ban giám đốc", "giám đốc", "Nguyễn Thị Thu",
                "- Cục Công Thương địa phương;\r\n\r\n- {cấp trên};\r\n- Văn phòng UBND {tỉnh};\r\n- Lưu: VT, {ký hiệu}, QLTM."));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

            var province = await ReportParagraphsAsync("so.tuyenquang");
            foreach (var text in new[] { "TM. BAN GIÁM ĐỐC", "GIÁM ĐỐC", "Nguyễn Thị Thu",
                         "- Cục Công Thương địa phương;", "- UBND tỉnh Tuyên Quang;", "- Văn phòng UBND Tuyên Quang;", "- Lưu: VT, SCT, QLTM." })
                Assert.Contains(text, province);
            Assert.DoesNotContain("KT. GIÁM ĐỐC", province);
            Assert.DoesNotContain("- Bộ Công Thương (Cục Công Thương địa phương);", province);

            Assert.Contains("- UBND thành phố Hà Nội;", await ReportParagraphsAsync("so.hanoi"));
            var ministry = await ReportParagraphsAsync("lanhdao");
            Assert.Contains("KT. CỤC TRƯỞNG", ministry);
            Assert.DoesNotContain("Nguyễn Thị Thu", ministry);

            var (_, form) = await admin.GetAsync(Page + "?cap=tinh");
            Assert.Equal("Nguyễn Thị Thu", form.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
            await using var scope = App.Db();
            Assert.True(await scope.Context.AuditEntries.AnyAsync(e => e.EntityType == "AppSetting" && e.EntityKey == "Reports.SignOff.Province.Name" && e.UserName == "admin", Ct));
        }
        finally
        {
            await RestoreAsync(IssuerLevel.Province);
        }
    }

    [Fact]
    public async Task CommuneSignOff_IsItsOwn()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page + "?cap=xa", Form("", "Trưởng phòng", "Lê Văn Nam", "- {cấp trên};\n- Lưu: VT."))).StatusCode);

            var commune = await ReportParagraphsAsync("xa.hoankiem");

            Assert.Contains("Lê Văn Nam", commune);
            Assert.Contains("- UBND phường Hoàn Kiếm;", commune);
            Assert.DoesNotContain("Lê Văn Nam", await ReportParagraphsAsync("so.hanoi"));
        }
        finally
        {
            await RestoreAsync(IssuerLevel.Commune);
        }
    }

    [Theory]
    [InlineData("", "- Văn phòng Chính phủ;", "Vui lòng nhập chức vụ người ký.")]
    [InlineData("PHÓ CỤC TRƯỞNG", "  \n \n", "Nơi nhận cần từ 1 đến 15 dòng")]
    public async Task Invalid_IsRefusedInVietnamese_AndNothingChanges(string position, string recipients, string message)
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync(Page + "?cap=bo", Form("KT. CỤC TRƯỞNG", position, "", recipients));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
        await using var scope = App.Db();
        Assert.Equal(ReportSignOffs.Defaults[IssuerLevel.Ministry].Position, (await ReportSignOffs.ReadAsync(scope.Context, IssuerLevel.Ministry, Ct)).Position);
    }

    [Fact]
    public async Task NotAdministrator_IsShownAccessDenied()
    {
        var client = await PageClient.SignedIn(App, "lanhdao.ctdp");

        var response = await client.Http.GetAsync(Page, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportSignOffSettingsOnSqlite(SqliteApp app) : ReportSignOffSettingsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportSignOffSettingsOnPostgres(PostgresApp app) : ReportSignOffSettingsTests(app);
