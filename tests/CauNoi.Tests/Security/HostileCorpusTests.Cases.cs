using System.Text;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared.Excel;
using Microsoft.AspNetCore.Hosting;

namespace CauNoi.Tests.Security;

public abstract partial class HostileCorpusTests
{
    /// <summary>The kinds of hostile input issue 4 names, one or more cases each.</summary>
    public enum Category
    {
        OverLongFields, OversizedBodies, ControlCharacters, Nfd, LegacyEncodings, Script, Sql, UnreadableJson,
        MalformedSpreadsheets, FakeAttachments, FileNames, SignIn,
    }

    /// <summary>One hostile input: its Vietnamese name, how it is sent, what must come back and be stored.</summary>
    private sealed record HostileCase(string Name, Category Category, Func<Run, Task<HttpResponseMessage>> Send, Expect Expect, Needs Needs = Needs.Nothing);

    /// <summary>The answer's status, the reason it must give when it refuses, what is stored, and what else must hold.</summary>
    private sealed record Expect(HttpStatusCode Status, string? Says, Delta Stores, Func<Run, Task>? Then = null);

    private static Expect Refused(HttpStatusCode status, string? says, Func<Run, Task>? then = null) => new(status, says, Delta.None, then);
    private static Expect BadRequest(string? says, Func<Run, Task>? then = null) => Refused(HttpStatusCode.BadRequest, says, then);
    /// <summary>The workflow refuses a step it cannot take (409), leaving the record as it was.</summary>
    private static Expect StepRefused(string says, RecommendationStatus stays) => Refused(HttpStatusCode.Conflict, says, async r =>
        Assert.Equal(stays, (await r.RecordAsync()).Status));
    private static Expect Stored(Func<Run, Task> then, HttpStatusCode status = HttpStatusCode.Created) => new(status, null, Delta.Recommendation, then);

    /// <summary>Kept under a generated name inside the attachment folder, named for download by <paramref name="fileName"/>, and nowhere else.</summary>
    private static Expect Attached(Func<Run, string> fileName) => new(HttpStatusCode.Created, null, Delta.Attachment, async r =>
    {
        var row = await r.AttachedAsync();
        Assert.Equal(fileName(r), row.FileName);
        Assert.Matches("^[0-9a-f]{32}$", row.StoredName);
        Assert.Equal(SampleFiles.Pdf, await File.ReadAllBytesAsync(Path.Combine(r.Stage.Folder, row.StoredName), r.Ct));
        foreach (var up in new[] { ".", "..", Path.Combine("..", "..") })
            Assert.False(File.Exists(Path.Combine(r.Stage.Folder, up, row.FileName)), $"a file {row.FileName} in {up}");
    });

    /// <summary>A text of exactly <paramref name="length"/> characters once trimmed, Vietnamese words repeated.</summary>
    private static string Long(int length) => string.Concat(Enumerable.Repeat("Kiến nghị về đường dây điện ", length / 28 + 1))[..(length - 1)] + ".";

    private static readonly string Nfd = "Vướng mắc giải phóng mặt bằng đường dây 110 kV".Normalize(NormalizationForm.FormD);
    private const string Tcvn3Title = "V\u00adíng m¾c gi¶i phãng mÆt b»ng", Tcvn3Content = "§Ò nghÞ Bé h\u00adíng dÉn.";
    private const string VniTitle = "Vöôùng maéc giaûi phoùng maët baèng", VniContent = "Ñeà nghò Boä höôùng daãn.";

    private static readonly Lazy<byte[]> ZipBomb = new(() => SampleFiles.ZipOfZeros(300 * 1024 * 1024));
    private static readonly Lazy<byte[]> LyingZipBomb = new(() => SampleFiles.ZipThatHidesItsSize(250 * 1024 * 1024, declared: 1024));

    /// <summary>A conference list in the template's columns, with one row.</summary>
    private static byte[] ConferenceList(string title, string content) => XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị",
        ["STT", "Mã tỉnh (2 số)", "Tiêu đề", "Nội dung", "Mã lĩnh vực"], [[1, "01", title, content, "CCN"]]));

    private static byte[] FirstHalf(byte[] bytes) => bytes[..(bytes.Length / 2)];
    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] WindowsProgram = [.. Ascii("MZ"), .. new byte[510]];
    private static readonly byte[] BrokenCompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))];

    private static byte[] ZipOf(string entry, string text)
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write(text);
        return output.ToArray();
    }

    /// <summary>Five wrong passwords (the first four told only that the name or password is wrong, the fifth locks); then the right one.</summary>
    private static async Task<HttpResponseMessage> GuessFiveTimesThenRight(Run r, Func<string, Task<HttpResponseMessage>> signIn)
    {
        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await signIn($"Doan@MatKhau{i}");
            if (i < 5) Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", await wrong.Content.ReadAsStringAsync(r.Ct));
        }
        return await signIn(Run.VictimPassword);
    }

    private static async Task LockedForAQuarterOfAnHour(Run r) =>
        Assert.True(await r.LockedUntilAsync() > DateTimeOffset.UtcNow.AddMinutes(14), "the account is not locked");

    private static readonly HostileCase[] Corpus =
    [
        // ----- over-long fields: refused with the field's limit, nothing stored -----
        new("Tiêu đề dài 501 ký tự", Category.OverLongFields, r => r.SubmitAsync(Long(501)), BadRequest("Tiêu đề dài quá 500 ký tự")),
        new("Nội dung dài 20.001 ký tự", Category.OverLongFields, r => r.SubmitAsync("Nội dung quá dài", Long(20_001)), BadRequest("Nội dung dài quá 20.000 ký tự")),
        new("Người liên hệ dài 201 ký tự", Category.OverLongFields, r => r.SubmitAsync("Người liên hệ quá dài", extra: new { contactName = Long(201) }),
            BadRequest("Người liên hệ dài quá 200 ký tự")),
        new("Khóa Idempotency-Key dài 101 ký tự", Category.OverLongFields, r => r.SubmitAsync("Khóa quá dài", idempotencyKey: new string('k', 101)),
            BadRequest("Idempotency-Key dài quá 100 ký tự")),
        new("Trao đổi dài 20.001 ký tự", Category.OverLongFields, r => r.MessageAsync(Long(20_001)),
            BadRequest("Nội dung trao đổi dài quá 20.000 ký tự"), Needs.Record),
        new("Câu trả lời dài 20.001 ký tự", Category.OverLongFields, r => r.ActAsync(new { action = "answer", answer = Long(20_001) }),
            StepRefused("Nội dung trả lời dài quá 20.000 ký tự", RecommendationStatus.Received), Needs.Received),
        new("Cơ quan có thẩm quyền dài 301 ký tự", Category.OverLongFields, r => r.ActAsync(new { action = "outside-remit", competentBody = Long(301) }),
            StepRefused("Cơ quan có thẩm quyền dài quá 300 ký tự", RecommendationStatus.Received), Needs.Received),
        new("Lý do chưa hài lòng dài 2.001 ký tự", Category.OverLongFields, r => r.ActAsync(new { action = "rate", satisfied = false, comment = Long(2_001) }, byStaff: false),
            StepRefused("Lý do đánh giá dài quá 2.000 ký tự", RecommendationStatus.Answered), Needs.Answered),
        new("Tên đăng nhập dài 100.000 ký tự", Category.OverLongFields, r => r.TokenAsync(new string('a', 100_000), "Sai@MatKhau1"),
            Refused(HttpStatusCode.Unauthorized, "Tên đăng nhập hoặc mật khẩu không đúng")),

        // ----- oversized bodies and uploads: refused by the server's limits before they are read whole -----
        new("Thân JSON 31 MB", Category.OversizedBodies,
            r => r.PostAsync("/api/v1/recommendations", new StringContent($"{{\"title\":\"{new string('a', 31 * 1024 * 1024)}\"}}", Encoding.UTF8, "application/json")),
            Refused(HttpStatusCode.RequestEntityTooLarge, "Dữ liệu gửi lên quá lớn")),
        new("Danh sách hội nghị 12 MB", Category.OversizedBodies, r => r.ImportAsync(new byte[12 * 1024 * 1024], "hoi-nghi.xlsx"),
            Refused(HttpStatusCode.RequestEntityTooLarge, "tệp lớn hơn 10 MB")),
        new("Tệp đính kèm 20 MB và 1 byte", Category.OversizedBodies, r => r.AttachAsync(([.. SampleFiles.Pdf, .. new byte[20 * 1024 * 1024 + 1 - SampleFiles.Pdf.Length]], "qua-lon.pdf")),
            Refused(HttpStatusCode.RequestEntityTooLarge, "Mỗi tệp tối đa 20 MB"), Needs.Record),
        new("11 tệp đính kèm một lần", Category.OversizedBodies, r => r.AttachAsync([.. Enumerable.Range(1, 11).Select(i => (SampleFiles.Pdf, $"tep-{i}.pdf"))]),
            BadRequest("tối đa 10 tệp"), Needs.Record),

        // ----- control characters: refused by name of the field -----
        new("Ký tự NUL trong tiêu đề", Category.ControlCharacters, r => r.SubmitAsync("Kiến nghị\u0000 thử"), BadRequest("Tiêu đề chứa ký tự điều khiển")),
        new("Mã màu terminal (ESC) trong nội dung", Category.ControlCharacters, r => r.SubmitAsync("Mã màu terminal", "\u001b[31mĐỏ\u001b[0m"),
            BadRequest("Nội dung chứa ký tự điều khiển")),
        new("Ký tự chuông (BEL) và DEL trong người liên hệ", Category.ControlCharacters,
            r => r.SubmitAsync("Chuông và DEL", extra: new { contactName = "Nguyễn\u0007Văn\u007fAn" }), BadRequest("Người liên hệ chứa ký tự điều khiển")),
        new("Ký tự điều khiển C1 (U+0085) trong tiêu đề", Category.ControlCharacters, r => r.SubmitAsync("Kiến nghị\u0085thử"), BadRequest("Tiêu đề chứa ký tự điều khiển")),
        // PostgreSQL cannot hold or compare NUL in text: refused before it reaches the database, or answered 400 when it does.
        new("Ký tự NUL trong mã xã", Category.ControlCharacters, r => r.SubmitAsync("Mã xã có NUL", extra: new { communeCode = "0007\u0000" }), BadRequest(null)),
        new("Ký tự NUL trong ghi chú tiếp nhận", Category.ControlCharacters, r => r.ActAsync(new { action = "receive", comment = "Đã nhận\u0000" }),
            StepRefused("Ghi chú chứa ký tự điều khiển", RecommendationStatus.Submitted), Needs.Record),
        new("Ký tự NUL trong tên đăng nhập (API)", Category.ControlCharacters, r => r.TokenAsync("so.hanoi\u0000", DemoData.Password),
            Refused(HttpStatusCode.Unauthorized, "Tên đăng nhập hoặc mật khẩu không đúng")),
        new("Ký tự NUL trong mật khẩu (trang đăng nhập)", Category.ControlCharacters, r => r.SignInPageAsync("so.hanoi", DemoData.Password + "\u0000"),
            BadRequest("Dữ liệu không hợp lệ")),

        // ----- NFD Vietnamese: stored as NFC -----
        new("Tiêu đề và nội dung dạng NFD", Category.Nfd, r => r.SubmitAsync($"{Nfd} {r.Marker}", Nfd), Stored(async r =>
        {
            var stored = await r.StoredAsync();
            var nfc = Nfd.Normalize(NormalizationForm.FormC);
            Assert.NotEqual(Nfd, nfc);
            Assert.Equal(($"{nfc} {r.Marker}", nfc), (stored.Title, stored.Content));
            var found = await r.Stage.OfficerApi.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/recommendations?q={Uri.EscapeDataString($"vuong mac giai phong mat bang duong day 110 kv {r.Marker}")}", r.Ct);
            Assert.Equal(1, found.GetProperty("total").GetInt32());
        })),
        new("Tên tệp đính kèm dạng NFD", Category.Nfd, r => r.AttachAsync((SampleFiles.Pdf, $"Biên bản hiện trường {r.Marker}.pdf".Normalize(NormalizationForm.FormD))),
            Attached(r => $"Biên bản hiện trường {r.Marker}.pdf"), Needs.Record),

        // ----- legacy encodings: TCVN3 converted to Unicode, VNI refused with a message saying so -----
        new("Tiêu đề và nội dung gõ bằng TCVN3", Category.LegacyEncodings, r => r.SubmitAsync($"{Tcvn3Title} {r.Marker}", Tcvn3Content), Stored(async r =>
        {
            var stored = await r.StoredAsync();
            Assert.Equal(($"Vướng mắc giải phóng mặt bằng {r.Marker}", "Đề nghị Bộ hướng dẫn."), (stored.Title, stored.Content));
        })),
        new("Tiêu đề gõ bằng VNI", Category.LegacyEncodings, r => r.SubmitAsync(VniTitle), BadRequest("Tiêu đề có vẻ được gõ bằng bảng mã VNI")),
        new("Trao đổi gõ bằng VNI", Category.LegacyEncodings, r => r.MessageAsync(VniContent), BadRequest("bảng mã VNI"), Needs.Record),
        new("Câu trả lời gõ bằng VNI", Category.LegacyEncodings, r => r.ActAsync(new { action = "answer", answer = VniContent }),
            StepRefused("Nội dung trả lời có vẻ được gõ bằng bảng mã VNI", RecommendationStatus.Received), Needs.Received),
        new("Câu trả lời gõ bằng TCVN3", Category.LegacyEncodings, r => r.ActAsync(new { action = "answer", answer = $"{Tcvn3Content} {r.Marker}", letterNumber = "1234/BCT-ĐL", signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng" }),
            new(HttpStatusCode.OK, null, Delta.Step, async r => Assert.Equal($"Đề nghị Bộ hướng dẫn. {r.Marker}", (await r.RecordAsync()).Answer)), Needs.Received),
        new("Danh sách hội nghị có dòng gõ bằng VNI", Category.LegacyEncodings, r => r.ImportAsync(ConferenceList(VniTitle, VniContent), "hoi-nghi.xlsx"),
            BadRequest("bảng mã VNI")),
        new("Danh sách hội nghị có dòng gõ bằng TCVN3", Category.LegacyEncodings,
            r => r.ImportAsync(ConferenceList($"{Tcvn3Title} {r.Marker}", Tcvn3Content), "hoi-nghi.xlsx"),
            Stored(async r => Assert.Equal($"Vướng mắc giải phóng mặt bằng {r.Marker}", (await r.StoredAsync()).Title), HttpStatusCode.OK)),

        // ----- script injection: stored as typed, shown as text -----
        new("Thẻ script, img onerror và iframe trong kiến nghị", Category.Script,
            r => r.SubmitAsync($"<script>alert('{r.Marker}')</script><img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(2)\"></iframe><a href=\"javascript:alert(3)\">bấm vào đây</a>"),
            Stored(async r =>
            {
                var stored = await r.StoredAsync();
                Assert.Equal($"<script>alert('{r.Marker}')</script><img src=x onerror=alert(1)>", stored.Title);
                foreach (var url in new[] { $"/kien-nghi/{stored.Id}", $"/kien-nghi?q={r.Marker}" })
                    AssertInert(await r.PageAsync(url), r.Marker, "<img src=x", "<iframe", "href=\"javascript:");
            })),
        new("Thẻ script trong trao đổi", Category.Script, r => r.MessageAsync($"<script>alert('{r.Marker}')</script>"), new(HttpStatusCode.Created, null, Delta.Message,
            async r => AssertInert(await r.PageAsync($"/kien-nghi/{r.Record}"), r.Marker)), Needs.Record),
        new("Thẻ img onerror trong tên tệp đính kèm", Category.Script, r => r.AttachAsync((SampleFiles.Pdf, "<img src=x onerror=alert(1)>.pdf")),
            Attached(_ => "_img src=x onerror=alert(1)_.pdf"), Needs.Record),
        new("Địa chỉ javascript: làm thư điện tử liên hệ", Category.Script,
            r => r.SubmitAsync("Thư điện tử giả", extra: new { contactEmail = "javascript:alert(document.cookie)" }), BadRequest("Địa chỉ thư điện tử không hợp lệ")),

        // ----- SQL injection: stored as typed, searched as text, the tables intact -----
        new("Lệnh DROP TABLE trong tiêu đề", Category.Sql, r => r.SubmitAsync($"Tiêu đề {r.Marker}'; DROP TABLE \"Recommendations\"; --", "1' OR '1'='1"),
            Stored(async r =>
            {
                var stored = await r.StoredAsync();
                Assert.Equal(($"Tiêu đề {r.Marker}'; DROP TABLE \"Recommendations\"; --", "1' OR '1'='1"), (stored.Title, stored.Content));
                var found = await r.Stage.OfficerApi.GetStringAsync($"/api/v1/recommendations?q={Uri.EscapeDataString($"{r.Marker}'; DROP TABLE")}", r.Ct);
                Assert.Contains(r.Marker, found);
            })),
        // (Not a column holding secrets: the audit tests look for those names anywhere in the log.)
        new("UNION SELECT tài khoản trong nội dung", Category.Sql,
            r => r.SubmitAsync($"Hợp nhất {r.Marker}", "' UNION SELECT \"UserName\", \"Email\" FROM \"AspNetUsers\" --"),
            Stored(async r =>
            {
                var stored = await r.StoredAsync();
                Assert.Equal("' UNION SELECT \"UserName\", \"Email\" FROM \"AspNetUsers\" --", stored.Content);
                var detail = await r.Stage.OfficerApi.GetStringAsync($"/api/v1/recommendations/{stored.Id}", r.Ct);
                Assert.Contains("UNION SELECT", detail);
                Assert.DoesNotContain("phutrach.tuyenquang", detail);   // an account that has nothing to do with this record
            })),
        new("SQL trong mã tỉnh (cán bộ Bộ ghi nhận thay)", Category.Sql,
            r => r.SubmitAsync("Mã tỉnh có SQL", extra: new { provinceCode = "01' OR '1'='1", channel = "Hotline" }, byStaff: true),
            BadRequest("Không có tỉnh, thành phố mã '01' OR '1'='1'")),

        // ----- JSON the server cannot read -----
        new("Nửa cặp surrogate (\\ud800) trong tiêu đề", Category.UnreadableJson,
            r => r.PostJsonAsync("/api/v1/recommendations", $"{{\"title\":\"Kiến nghị \\ud800 thử\",\"content\":\"Nội dung.\",\"fieldId\":{r.Stage.FieldId}}}"),
            BadRequest("Dữ liệu không hợp lệ")),
        new("Byte UTF-8 sai trong thân JSON", Category.UnreadableJson,
            r => r.PostAsync("/api/v1/recommendations", new ByteArrayContent([.. Ascii("{\"title\":\"Ki"), 0xFF, 0xFE, .. Ascii("\"}")]) { Headers = { ContentType = new("application/json") } }),
            BadRequest("Dữ liệu không hợp lệ")),
        new("JSON bị cắt ngang", Category.UnreadableJson, r => r.PostJsonAsync("/api/v1/recommendations", "{ \"title\": \"Kiến nghị"), BadRequest("Dữ liệu không hợp lệ")),
        new("Lĩnh vực là chữ thay vì số", Category.UnreadableJson,
            r => r.PostJsonAsync("/api/v1/recommendations", "{\"title\":\"Kiến nghị\",\"content\":\"Nội dung.\",\"fieldId\":\"1 OR 1=1\"}"), BadRequest("Dữ liệu không hợp lệ")),
        new("Biểu mẫu thay vì JSON", Category.UnreadableJson,
            r => r.PostAsync("/api/v1/recommendations", new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "Kiến nghị" })),
            Refused(HttpStatusCode.UnsupportedMediaType, "Định dạng dữ liệu không được hỗ trợ")),

        // ----- conference lists that are not what they claim -----
        new("Bom zip 300 MB đặt tên .xlsx", Category.MalformedSpreadsheets, r => r.ImportAsync(ZipBomb.Value, "hoi-nghi.xlsx"), BadRequest("giải nén quá lớn")),
        new("Bom zip khai dối kích thước", Category.MalformedSpreadsheets, r => r.ImportAsync(LyingZipBomb.Value, "hoi-nghi.xlsx"), BadRequest("Không đọc được tệp")),
        new("Tệp .xlsx bị cắt cụt", Category.MalformedSpreadsheets,
            r => r.ImportAsync(FirstHalf(ConferenceList("Bị cắt", "Nội dung.")), "hoi-nghi.xlsx"), BadRequest("tệp .xlsx bị hỏng")),
        new("Tệp zip không chứa bảng tính", Category.MalformedSpreadsheets, r => r.ImportAsync(ZipOf("doc-toi.txt", "Không phải bảng tính"), "hoi-nghi.xlsx"),
            BadRequest("Không đọc được tệp")),
        new("Tệp PDF đặt tên .xlsx", Category.MalformedSpreadsheets, r => r.ImportAsync(SampleFiles.Pdf, "hoi-nghi.xlsx"), BadRequest("Tệp không phải bảng tính Excel")),
        new("Tệp văn bản đặt tên .xls", Category.MalformedSpreadsheets, r => r.ImportAsync(Utf8("STT;Tiêu đề\n1;Kiến nghị"), "hoi-nghi.xls"),
            BadRequest("Tệp không phải bảng tính Excel")),
        new("Tệp .xls hỏng (đầu tệp OLE, thân rác)", Category.MalformedSpreadsheets, r => r.ImportAsync(BrokenCompoundFile, "hoi-nghi.xls"), BadRequest("Không đọc được tệp")),
        new("Danh sách hội nghị rỗng", Category.MalformedSpreadsheets, r => r.ImportAsync([], "hoi-nghi.xlsx"), BadRequest("Vui lòng chọn tệp danh sách kiến nghị")),
        new("Danh sách gửi bằng JSON thay vì multipart", Category.MalformedSpreadsheets,
            r => r.PostAsync("/api/v1/recommendations/import", JsonContent.Create(new { conferenceName = "Hội nghị" }), byStaff: true),
            Refused(HttpStatusCode.UnsupportedMediaType, "multipart/form-data")),
        new("Tên hội nghị chứa ký tự điều khiển", Category.MalformedSpreadsheets,
            r => r.ImportAsync(ConferenceList($"Hội nghị có ký tự lạ {r.Marker}", "Nội dung."), "hoi-nghi.xlsx", conference: "Hội nghị\u0007 khu vực"),
            BadRequest("Tên hội nghị chứa ký tự điều khiển")),

        // ----- attachments whose content is not what their name says, or not allowed at all: none kept -----
        new("Tệp văn bản đặt tên .pdf", Category.FakeAttachments, r => r.AttachAsync((Utf8("Đây không phải tệp PDF"), "gia-mao.pdf")),
            BadRequest("\"gia-mao.pdf\" không phải loại được phép"), Needs.Record),
        new("Ảnh PNG đặt tên .pdf", Category.FakeAttachments, r => r.AttachAsync((Png, "anh.pdf")), BadRequest("có đuôi .pdf nhưng nội dung là ảnh PNG"), Needs.Record),
        new("Trang HTML có script đặt tên .pdf", Category.FakeAttachments, r => r.AttachAsync((Utf8("<html><script>alert(1)</script></html>"), "trang.pdf")),
            BadRequest("không phải loại được phép"), Needs.Record),
        new("Tệp chạy Windows (MZ) đặt tên .pdf", Category.FakeAttachments, r => r.AttachAsync((WindowsProgram, "cong-van.pdf")),
            BadRequest("không phải loại được phép"), Needs.Record),
        new("Bom zip đặt tên .xlsx", Category.FakeAttachments, r => r.AttachAsync((ZipBomb.Value, "so-lieu.xlsx")), BadRequest("không phải loại được phép"), Needs.Record),
        new("Tệp đính kèm rỗng", Category.FakeAttachments, r => r.AttachAsync(([], "rong.pdf")), BadRequest("không phải loại được phép"), Needs.Record),
        new("Một tệp thật kèm một tệp giả", Category.FakeAttachments, r => r.AttachAsync((SampleFiles.Pdf, "that.pdf"), (Utf8("giả"), "gia.pdf")),
            BadRequest("Không tệp nào được lưu"), Needs.Record),
        new("Biểu mẫu không có tệp nào", Category.FakeAttachments,
            r => r.PostAsync("/api/v1/recommendations/{id}/attachments", new MultipartFormDataContent { { new StringContent("x"), "ghi-chu" } }),
            BadRequest("Chọn ít nhất một tệp"), Needs.Record),
        new("Tệp đính kèm gửi bằng JSON", Category.FakeAttachments,
            r => r.PostAsync("/api/v1/recommendations/{id}/attachments", JsonContent.Create(new { files = "JVBERi0xLjQ=" })),
            BadRequest("multipart/form-data"), Needs.Record),

        // ----- file names that try to leave the folder or disguise themselves: kept under a generated name, shown by their last part -----
        new("Tên tệp ../../ thoát khỏi thư mục", Category.FileNames, r => r.AttachAsync((SampleFiles.Pdf, $"../../doc-{r.Marker}.pdf")),
            Attached(r => $"doc-{r.Marker}.pdf"), Needs.Record),
        new("Tên tệp ..\\..\\ kiểu Windows", Category.FileNames, r => r.AttachAsync((SampleFiles.Pdf, $"..\\..\\Windows\\System32\\doc-{r.Marker}.pdf")),
            Attached(r => $"doc-{r.Marker}.pdf"), Needs.Record),
        new("Tên tệp là đường dẫn tuyệt đối /etc/passwd", Category.FileNames, r => r.AttachAsync((SampleFiles.Pdf, "/etc/passwd")),
            Attached(_ => "passwd.pdf"), Needs.Record),
        new("Tên tệp chỉ là ..", Category.FileNames, r => r.AttachAsync((SampleFiles.Pdf, "..")), Attached(_ => "tep-dinh-kem.pdf"), Needs.Record),
        new("Tên tệp có ký tự đảo chiều (RLO) giấu đuôi .exe", Category.FileNames, r => r.AttachAsync((SampleFiles.Pdf, $"doc-{r.Marker}\u202Efdp.exe")),
            Attached(r => $"doc-{r.Marker}fdp.exe.pdf"), Needs.Record),

        // ----- sign-in: guessing passwords locks the account; hammering from one address is slowed down -----
        new("Đoán mật khẩu qua API: sai 5 lần thì khóa", Category.SignIn,
            r => GuessFiveTimesThenRight(r, password => r.TokenAsync(r.Victim, password)),
            Refused(HttpStatusCode.Unauthorized, "Tên đăng nhập hoặc mật khẩu không đúng", LockedForAQuarterOfAnHour), Needs.Victim),
        // The page answers with the form again (200), saying so, and without a sign-in cookie.
        new("Đoán mật khẩu trên trang: sai 5 lần thì khóa", Category.SignIn, async r =>
            {
                var response = await GuessFiveTimesThenRight(r, password => r.SignInPageAsync(r.Victim, password));
                Assert.DoesNotContain("CauNoi.Auth", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
                return response;
            },
            Refused(HttpStatusCode.OK, "Tên đăng nhập hoặc mật khẩu không đúng", LockedForAQuarterOfAnHour), Needs.Victim),
        // An instance with the production limit (ten a minute per address): the eleventh attempt is refused, right password or not.
        new("Đăng nhập lần thứ 11 trong một phút", Category.SignIn, async r =>
            {
                await using var strict = r.App.WithWebHostBuilder(b => b.UseSetting("CauNoi:SignInPermitsPerMinute", "10"));
                var client = strict.CreateClient();
                for (var i = 0; i < 10; i++)
                {
                    using var attempt = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = $"khong.ton.tai.{i}", password = "Sai@MatKhau1" }, r.Ct);
                    Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
                }
                var eleventh = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "so.hanoi", password = DemoData.Password }, r.Ct);
                await eleventh.Content.LoadIntoBufferAsync(r.Ct);
                return eleventh;
            },
            Refused(HttpStatusCode.TooManyRequests, "Bạn đã thử đăng nhập quá nhiều lần")),
    ];

    /// <summary>The page shows the hostile text (it carries the marker) as text: none of its markup reaches the browser as markup.</summary>
    private static void AssertInert(string html, string marker, params string[] markup)
    {
        Assert.Contains(marker, html);
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert", html);
        foreach (var m in markup) Assert.DoesNotContain(m, html);
    }
}
