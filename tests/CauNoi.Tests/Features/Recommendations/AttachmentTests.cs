using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Shared.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class AttachmentTests(CauNoiApp app) : AppTests(app)
{
    private static readonly ConcurrentDictionary<CauNoiApp, (WebApplicationFactory<Program> Host, string Folder)> Hosts = new();

    /// <summary>The app on the same database, keeping attachments in a folder of this test run rather than under the source tree.</summary>
    private (WebApplicationFactory<Program> Host, string Folder) Stored => Hosts.GetOrAdd(App, app =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "caunoi-tests", "attachments-" + Guid.NewGuid().ToString("N"));
        return (app.WithWebHostBuilder(b => b.UseSetting("Attachments:Path", folder).UseSetting("Attachments:TempPath", folder + "-uploads")), folder);
    });

    private async Task<HttpClient> ApiAs(string userName)
    {
        var client = Stored.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = (await App.ApiAs(userName)).DefaultRequestHeaders.Authorization;
        return client;
    }

    private static readonly byte[] Pdf = SampleFiles.Pdf;

    /// <summary>Files in the store's folder and in the folder of uploads being received.</summary>
    private int FilesLeft() => new[] { Stored.Folder, Stored.Folder + "-uploads" }.Where(Directory.Exists).Sum(f => Directory.GetFiles(f).Length);

    private static MultipartFormDataContent Files(params (byte[] Bytes, string Name)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (bytes, name) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    private async Task<int> Recommendation(string userName = "so.hanoi") =>
        (await App.SubmitAsync(userName, "Hồ sơ đính kèm " + RecommendationSteps.Token(), "Kèm biên bản hiện trường.", ct: Ct)).Summary.Id;

    private async Task<HttpResponseMessage> Upload(string userName, int id, params (byte[] Bytes, string Name)[] files) =>
        await (await ApiAs(userName)).PostAsync($"/api/v1/recommendations/{id}/attachments", Files(files), Ct);

    private async Task<List<RecommendationAttachment>> Rows(int id)
    {
        await using var scope = App.Db();
        return await scope.Context.RecommendationAttachments.Where(a => a.RecommendationId == id).ToListAsync(Ct);
    }

    private static string DownloadName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');

    [Fact]
    public async Task UploadedPdf_DownloadsWithTheSameBytesAndName()
    {
        var id = await Recommendation();

        var upload = await Upload("so.hanoi", id, (Pdf, "Biên bản hiện trường.pdf"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var file = Assert.Single((await upload.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, Ct))!);
        Assert.Equal(("Biên bản hiện trường.pdf", "application/pdf", Pdf.Length), (file.FileName, file.ContentType, (int)file.Size));
        var download = await (await ApiAs("cuc.dienluc")).GetAsync($"/api/v1/recommendations/{id}/attachments/{file.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Biên bản hiện trường.pdf", DownloadName(download));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        var row = Assert.Single(await Rows(id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), row.Sha256);
        Assert.True(File.Exists(Path.Combine(Stored.Folder, row.StoredName)));
        var detail = await (await ApiAs("so.hanoi")).GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{id}", ApiJson.Options, Ct);
        Assert.Equal([file.Id], detail!.Attachments.Select(a => a.Id));
    }

    [Fact]
    public async Task TextFileNamedPdf_IsRefusedInVietnamese_AndNothingIsStored()
    {
        var id = await Recommendation();
        var before = FilesLeft();

        var response = await Upload("so.hanoi", id, (Pdf, "dung.pdf"), (Encoding.UTF8.GetBytes("Đây không phải tệp PDF"), "gia-mao.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct))!.Detail;
        Assert.Contains("\"gia-mao.pdf\" không phải loại được phép", body);
        Assert.Contains("Không tệp nào được lưu", body);
        Assert.Empty(await Rows(id));
        Assert.Equal(before, FilesLeft());
    }

    [Fact]
    public async Task PngNamedPdf_IsRefused_ForTheNameClaimsAnotherKind()
    {
        var id = await Recommendation();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

        var response = await Upload("so.hanoi", id, (png, "anh.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("có đuôi .pdf nhưng nội dung là ảnh PNG", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await Rows(id));
    }

    [Fact]
    public async Task PathInTheName_IsStoredUnderAGeneratedName_AndDownloadsAsItsLastPart()
    {
        var id = await Recommendation();

        var upload = await Upload("so.hanoi", id, (Pdf, "../../etc/passwd.pdf"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var row = Assert.Single(await Rows(id));
        Assert.Equal("passwd.pdf", row.FileName);
        Assert.Matches("^[0-9a-f]{32}$", row.StoredName);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(Stored.Folder, row.StoredName), Ct));
        var download = await (await ApiAs("so.hanoi")).GetAsync($"/api/v1/recommendations/{id}/attachments/{row.Id}", Ct);
        Assert.Equal("passwd.pdf", DownloadName(download));
    }

    [Fact]
    public async Task OfficerOfAnotherProvince_IsAnsweredNotFound_ForUploadAndDownload()
    {
        var id = await Recommendation();
        var upload = await Upload("so.hanoi", id, (Pdf, "ban-do.pdf"));
        var file = (await upload.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, Ct))![0];

        var foreignUpload = await Upload("so.tuyenquang", id, (Pdf, "la.pdf"));
        var foreignDownload = await (await ApiAs("so.tuyenquang")).GetAsync($"/api/v1/recommendations/{id}/attachments/{file.Id}", Ct);
        var wrongRecommendation = await (await ApiAs("so.hanoi")).GetAsync($"/api/v1/recommendations/{await Recommendation()}/attachments/{file.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, foreignUpload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignDownload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongRecommendation.StatusCode);
        Assert.Single(await Rows(id));
    }

    [Fact]
    public async Task FileOverTwentyMegabytes_Is413ProblemDetails_AndNothingStored()
    {
        var id = await Recommendation();
        var big = new byte[AttachmentStore.DefaultMaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var response = await Upload("so.hanoi", id, (big, "qua-lon.pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Mỗi tệp tối đa 20 MB", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await Rows(id));
    }

    [Fact]
    public async Task OfficeFiles_AreRecognisedByContent_AndAFileWithoutExtensionGetsOne()
    {
        var id = await Recommendation();
        var xlsx = XlsxWriter.ToBytes(new XlsxSheet("Số liệu", ["Tỉnh", "Số hộ"], [["Hà Nội", 12]]));

        var response = await Upload("so.hanoi", id, (xlsx, "so-lieu.xlsx"), (Pdf, "cong-van"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var rows = (await Rows(id)).OrderBy(r => r.FileName).ToList();
        Assert.Equal(["cong-van.pdf", "so-lieu.xlsx"], rows.Select(r => r.FileName));
        Assert.Equal([AttachmentKind.Pdf.ContentType, AttachmentKind.Xlsx.ContentType], rows.Select(r => r.ContentType));
    }

    [Fact]
    public async Task MoreThanTenFiles_AreRefused()
    {
        var id = await Recommendation();

        var response = await Upload("so.hanoi", id, [.. Enumerable.Range(1, 11).Select(i => (Pdf, $"tep-{i}.pdf"))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tối đa 10 tệp", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await Rows(id));
    }
}

/// <summary>What the content and the name of a file are taken to be, without the application.</summary>
public sealed class AttachmentContentTests
{
    private static AttachmentKind? Detect(byte[] bytes, string extension = "") => AttachmentKind.Detect(new MemoryStream(bytes), extension);

    private static byte[] Compound(string stream)
    {
        var bytes = new byte[1536];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(stream + "\0").CopyTo(bytes, 1024);
        return bytes;
    }

    private static byte[] Zip(params string[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write(entry == "[Content_Types].xml"
                    ? """<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>"""
                    : "<x/>");
            }
        return output.ToArray();
    }

    [Fact]
    public void LegacyOfficeFiles_AreTold_ByTheStreamTheirDirectoryNames()
    {
        Assert.Equal(AttachmentKind.Doc, Detect(Compound("WordDocument"), ".doc"));
        Assert.Equal(AttachmentKind.Xls, Detect(Compound("Workbook"), ".xls"));
        Assert.Null(Detect(Compound("PowerPoint Document"), ".doc"));
    }

    [Fact]
    public void MacroEnabledDocuments_AndPlainZips_AreNotAllowed()
    {
        Assert.Null(Detect(Zip("[Content_Types].xml", "word/document.xml"), ".docx"));
        Assert.Null(Detect(Zip("readme.txt"), ".docx"));
        Assert.Null(Detect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], ".docx"));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData(@"C:\Users\lan\Báo cáo tháng 7.pdf", "Báo cáo tháng 7.pdf")]
    [InlineData("ho\u202Efdp.exe", "hofdp.exe")]
    [InlineData("bao\u0000cao\n.pdf", "baocao.pdf")]
    [InlineData("..", AttachmentName.Fallback)]
    [InlineData("a<b>:c?.pdf", "a_b__c_.pdf")]
    public void FileNames_AreCleaned(string raw, string expected) => Assert.Equal(expected, AttachmentName.Clean(raw));

    [Fact]
    public void LongFileNames_AreCut_KeepingTheirExtension()
    {
        var name = AttachmentName.Clean(new string('ắ', 300) + ".docx");

        Assert.Equal(AttachmentName.MaxLength, name.Length);
        Assert.EndsWith("ắ.docx", name);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AttachmentsOnSqlite(SqliteApp app) : AttachmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AttachmentsOnPostgres(PostgresApp app) : AttachmentTests(app);
