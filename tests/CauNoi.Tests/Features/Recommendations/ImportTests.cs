using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Import;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class ImportTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string Today = VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");

    private static string NewConference() => "Hội nghị ngành Công Thương khu vực " + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> Upload(string userName, byte[] file, string fileName, string? conference, string? receivedOn = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        if (conference is not null) form.Add(new StringContent(conference), "conferenceName");
        form.Add(new StringContent(receivedOn ?? Today), "receivedOn");
        return await (await App.ApiAs(userName)).PostAsync("/api/v1/recommendations/import", form, Ct);
    }

    /// <summary>A list as a secretariat would type it: headers in their own case and without diacritics.</summary>
    private static byte[] List(params object?[][] rows) => XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị",
        ["STT", "MA TINH", "Mã xã", "Tieu de", "NỘI DUNG", "mã lĩnh vực", "Loại nội dung", "Độ khẩn"], rows));

    private async Task<int> CountByConference(string conference)
    {
        await using var scope = App.Db();
        return await scope.Context.Recommendations.CountAsync(r => r.ConferenceName == conference, Ct);
    }

    [Fact]
    public async Task Template_OpensWithTheOpenXmlSdk_WithTheHeaderAndTheCodesToUse()
    {
        var response = await (await App.ApiAs("cuc.ctdp")).GetAsync("/api/v1/recommendations/import/template", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Kiến nghị", "Lĩnh vực", "Tỉnh"], sheets.Take(3).Select(s => s.Name!.Value));
        List<string> Row(Sheet sheet, int index) => ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .ElementAt(index).Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["STT", "Mã tỉnh (2 số)", "Mã xã (5 số, có thể trống)", "Tiêu đề", "Nội dung", "Mã lĩnh vực", "Loại nội dung",
            "Số hiệu văn bản/thủ tục/dự án", "Độ khẩn", "Người liên hệ", "Điện thoại", "Thư điện tử"], Row(sheets[0], 0));
        Assert.Equal("CN", Row(sheets[1], 1)[0]);
        Assert.Equal(["01", "Thành phố Hà Nội"], Row(sheets[2], 1));
    }

    [Fact]
    public async Task ValidList_ImportsEveryRow_FromTheConference_RoutedByField()
    {
        var conference = NewConference();
        var file = List(
            [1, "01", "00070", "Vướng mắc đấu nối lưới điện", "Đề nghị Bộ hướng dẫn đấu nối.", "NL", "Thủ tục hành chính", "Khẩn"],
            [2, "08", null, "Hạ tầng cụm công nghiệp", "Đề nghị hỗ trợ hạ tầng cụm công nghiệp.", "CCN", null, null],
            [3, 1, null, "Thủ tục xuất khẩu nông sản", "Đề nghị rút ngắn thời gian kiểm tra.", "xnk", "Khac", "hoả tốc"]);   // 1: Excel dropped the 0

        var response = await Upload("cuc.ctdp", file, "hoi-nghi.xlsx", conference);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var imported = await response.Content.ReadFromJsonAsync<RecommendationImportApi.Imported>(Ct);
        Assert.Equal(3, imported!.Count);
        await using var scope = App.Db();
        var db = scope.Context;
        var units = await db.Organisations.Where(o => o.Code == "DL" || o.Code == "CTDP" || o.Code == "XNK").ToDictionaryAsync(o => o.Id, o => o.Code, Ct);
        var stored = await db.Recommendations.Where(r => r.ConferenceName == conference).OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(imported.Ids, stored.Select(r => r.Id));
        Assert.All(stored, r => Assert.Equal(Channel.Conference, r.Channel));
        Assert.Equal(["DL", "CTDP", "XNK"], stored.Select(r => units.GetValueOrDefault(r.RoutedUnitId)));
        Assert.Equal([("01", "00070"), ("08", null), ("01", null)], stored.Select(r => (r.ProvinceCode, r.CommuneCode)));
        Assert.Equal([Urgency.Urgent, Urgency.Normal, Urgency.VeryUrgent], stored.Select(r => r.Urgency));
        Assert.Equal(ConcernKind.AdministrativeProcedure, stored[0].ConcernKind);
        // Hà Nội's focal leader hears once of the two Hà Nội rows, not once a row.
        var focal = await db.Users.Where(u => u.UserName == "phutrach.hanoi").Select(u => u.Id).SingleAsync(Ct);
        var told = Assert.Single(await db.Notifications.Where(n => n.UserId == focal && n.Body!.Contains(conference)).ToListAsync(Ct));
        Assert.Equal($"2 kiến nghị mới của tỉnh phụ trách từ hội nghị ngày {Display.Date(stored[0].ReceivedOn)}", told.Title);
        Assert.Contains(stored[2].Number, told.Body!);
    }

    [Fact]
    public async Task ImportedRecommendation_IsStoredHistoriedAndAudited_LikeOneRecordedByHand()
    {
        var conference = NewConference();
        var title = "Vướng mắc đấu nối điện mặt trời mái nhà " + Guid.NewGuid().ToString("N")[..8];
        const string content = "Đề nghị Bộ hướng dẫn thủ tục đấu nối cho doanh nghiệp trong cụm công nghiệp.";
        var file = List(
            [1, "01", "00070", title, content, "NL", "Thủ tục hành chính", "Khẩn"],
            [2, "08", null, title + " (tỉnh khác)", content, "CCN", null, null]);
        int fieldId;
        await using (var scope = App.Db()) fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);

        var imported = await (await Upload("cuc.ctdp", file, "hoi-nghi.xlsx", conference)).Content.ReadFromJsonAsync<RecommendationImportApi.Imported>(Ct);
        var byHand = await (await App.ApiAs("cuc.ctdp")).PostAsJsonAsync("/api/v1/recommendations", new
        {
            title, content, fieldId, concernKind = "AdministrativeProcedure", urgency = "Urgent", channel = "Conference",
            provinceCode = "01", communeCode = "00070", conferenceName = conference, receivedOn = Today,
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, byHand.StatusCode);
        var (fromList, fromHand) = (imported!.Ids[0], JsonDocument.Parse(await byHand.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("summary").GetProperty("id").GetInt32());
        Assert.True(fromHand > imported.Ids.Max(), "the table's counter goes on past the keys the import drew");
        await using var check = App.Db();
        var db = check.Context;
        var rows = await db.Recommendations.AsNoTracking().Include(r => r.Events).Where(r => r.Id == fromList || r.Id == fromHand).ToDictionaryAsync(r => r.Id, Ct);
        var (a, b) = (rows[fromList], rows[fromHand]);
        string[] ownValues = ["Id", "RecommendationId", "CreatedAt", "UpdatedAt", "At"];
        foreach (var p in typeof(Recommendation).GetProperties().Where(p => p.CanWrite && !ownValues.Contains(p.Name)
            && (p.PropertyType == typeof(string) || !p.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable)))))
            Assert.True(Equals(p.GetValue(a), p.GetValue(b)), $"{p.Name}: {p.GetValue(a)} / {p.GetValue(b)}");
        var (ea, eb) = (Assert.Single(a.Events), Assert.Single(b.Events));
        Assert.Equal((fromList, eb.ActorId, eb.ActorName, eb.ActorOrganisation, eb.Action, eb.FromStatus, eb.ToStatus, eb.Comment),
            (ea.RecommendationId, ea.ActorId, ea.ActorName, ea.ActorOrganisation, ea.Action, ea.FromStatus, ea.ToStatus, ea.Comment));

        // The audit trail tells the two apart only by keys and times: same user, same fields in the same order, same values.
        async Task<List<AuditEntry>> Audit(Recommendation r) => await db.AuditEntries.Where(e => e.Action == AuditTrail.Created
                && ((e.EntityType == nameof(Recommendation) && e.EntityKey == r.Id.ToString()) || (e.EntityType == nameof(RecommendationEvent) && e.EntityKey == r.Events[0].Id.ToString())))
            .OrderBy(e => e.EntityType).ToListAsync(Ct);
        var (auditA, auditB) = (await Audit(a), await Audit(b));
        Assert.Equal([nameof(Recommendation), nameof(RecommendationEvent)], auditA.Select(e => e.EntityType));
        Assert.Equal(auditB.Select(e => (e.EntityType, e.UserName)), auditA.Select(e => (e.EntityType, e.UserName)));
        foreach (var (x, y) in auditA.Zip(auditB))
        {
            var (vx, vy) = (JsonDocument.Parse(x.NewValues!).RootElement.EnumerateObject().ToList(), JsonDocument.Parse(y.NewValues!).RootElement.EnumerateObject().ToList());
            Assert.Equal(vy.Select(v => (v.Name, v.Value.ValueKind)), vx.Select(v => (v.Name, v.Value.ValueKind)));
            Assert.Equal(vy.Where(v => !ownValues.Contains(v.Name)).Select(v => v.Value.GetRawText()), vx.Where(v => !ownValues.Contains(v.Name)).Select(v => v.Value.GetRawText()));
        }

        // SQLite keeps dates as text: the bulk path must write them exactly as SaveChanges does, or comparisons in SQL go wrong.
        if (App.Engine == Engine.Sqlite)
            Assert.Equal(await StoredShapes(db, "Recommendations", fromHand), await StoredShapes(db, "Recommendations", fromList));
    }

    /// <summary>
    /// Each column's storage class and, for text that is a date, its layout with the digits masked. Read on one opening
    /// of the connection that is closed again: the context goes back to the app's pool.
    /// </summary>
    private Task<List<string>> StoredShapes(CauNoiDb db, string table, int id) =>
        OneConnection.ReadAsync(db, async () =>
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" = {id}";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            Assert.True(await reader.ReadAsync(Ct));
            return (List<string>)[.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + ": " + reader.GetFieldType(i).Name + " " +
                (reader.GetValue(i) is string text && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d\d-\d\d")
                    ? System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(text, @"\.\d+$", ""), @"\d", "9") : ""))];
        }, Ct);

    [Fact]
    public async Task StoringAList_WhenOneRowCannotBeWritten_LeavesNothingOfTheList()
    {
        var conference = NewConference();
        await using var scope = App.Db();
        var db = scope.Context;
        var hub = await db.Users.Where(u => u.UserName == "cuc.ctdp").Select(u => new { u.Id, u.FullName, Org = u.Organisation! }).SingleAsync(Ct);
        var actor = new Actor(hub.Id, hub.FullName, hub.Org.Name, hub.Org.Kind, hub.Org.Id, null, null, IsHub: true, IsAdministrator: false, IsLeader: false);
        var (at, today) = (DateTime.UtcNow, VietnamTime.Today(TimeProvider.System));
        var calendar = await WorkingCalendar.LoadAsync(db, Ct);
        var field = await db.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);
        var list = new List<Recommendation>();
        foreach (var title in new[] { "Dòng ghi được", "Dòng không ghi được" })
        {
            var input = new Intake.Input(title, "Nội dung.", field, null, null, null, Channel.Conference, "01", null, null, null, null, conference, today);
            list.Add((await Intake.PrepareAsync(db, actor, input, at, today, calendar, Ct)).Recommendation!);
        }
        list[1].FieldId = int.MaxValue;   // say the field was removed after the list was checked: the database refuses the row

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ConferenceImport.StoreAsync(db, list, new(conference, today), at, Ct));

        await using var check = App.Db();
        Assert.Equal(0, await check.Context.Recommendations.CountAsync(r => r.ConferenceName == conference, Ct));
        Assert.False(await check.Context.AuditEntries.AnyAsync(e => e.NewValues!.Contains(conference), Ct));
        Assert.False(await check.Context.Notifications.AnyAsync(n => n.Body!.Contains(conference), Ct));
    }

    [Fact]
    public async Task ListWithBadRows_ListsEveryRowToFix_AndStoresNothing()
    {
        var conference = NewConference();
        var file = List(
            [1, "01", "00070", "Dòng hợp lệ", "Nội dung hợp lệ.", "NL", null, null],
            [2, "01", null, "Lĩnh vực sai", "Nội dung.", "ZZ", null, null],
            [3, "01", "00694", "Xã của tỉnh khác", "Phường Hà Giang 1 thuộc Tuyên Quang.", "CCN", null, null]);
        int before;
        await using (var scope = App.Db()) before = await scope.Context.Recommendations.CountAsync(Ct);

        var response = await Upload("cuc.ctdp", file, "hoi-nghi.xlsx", conference);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Dòng 3, cột Mã lĩnh vực: Không có lĩnh vực mã 'ZZ'", body);
        Assert.Contains("Dòng 4, cột Mã xã (5 số, có thể trống): Xã, phường mã '00694' không thuộc tỉnh", body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "Mã lĩnh vực"), (4, "Mã xã (5 số, có thể trống)")], errors);
        await using (var scope = App.Db()) Assert.Equal(before, await scope.Context.Recommendations.CountAsync(Ct));
        Assert.Equal(0, await CountByConference(conference));
    }

    [Fact]
    public async Task LegacyXls_IsImported()
    {
        var conference = NewConference();

        var response = await Upload("cuc.ctdp", await File.ReadAllBytesAsync(Fixture("hoi-nghi.xls"), Ct), "hoi-nghi.xls", conference);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = App.Db();
        var stored = await scope.Context.Recommendations.Where(r => r.ConferenceName == conference).OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(["Vướng mắc đấu nối điện mặt trời mái nhà (tệp .xls)", "Chậm giải ngân hạ tầng cụm công nghiệp (tệp .xls)"], stored.Select(r => r.Title));
        Assert.Equal([("01", "00070"), ("08", null)], stored.Select(r => (r.ProvinceCode, r.CommuneCode)));   // 8 typed as a number
        Assert.Equal(["0912 345 678", null], stored.Select(r => r.ContactPhone));
        Assert.Equal([ConcernKind.AdministrativeProcedure, ConcernKind.Project], stored.Select(r => r.ConcernKind));
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")]
    [InlineData("STT,Mã tỉnh,Tiêu đề\n1,01,Kiến nghị trong tệp văn bản\n")]
    public async Task FileNamedXlsx_ThatIsNotASpreadsheet_IsRefusedInVietnamese(string content)
    {
        var conference = NewConference();

        var response = await Upload("cuc.ctdp", System.Text.Encoding.UTF8.GetBytes(content), "danh-sach.xlsx", conference);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp không phải bảng tính Excel (.xlsx hoặc .xls)", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await CountByConference(conference));
    }

    [Fact]
    public async Task FileOverTheSizeLimit_IsRefusedInWords()
    {
        var response = await Upload("cuc.ctdp", new byte[12 * 1024 * 1024], "hoi-nghi.xlsx", NewConference());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("tệp lớn hơn 10 MB", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ZipBomb_IsRefusedWithoutInflatingIt()
    {
        var bomb = SampleFiles.ZipOfZeros(300 * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);

        await App.ApiAs("cuc.ctdp");   // the app and the token ready before the clock starts
        var clock = Stopwatch.StartNew();
        var response = await Upload("cuc.ctdp", bomb, "hoi-nghi.xlsx", NewConference());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("giải nén quá lớn", await response.Content.ReadAsStringAsync(Ct));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ProvinceOfficer_IsForbidden_OnTheApiAndThePage()
    {
        var conference = NewConference();
        var file = List([1, "01", null, "Sở tự nhập", "Nội dung.", "NL", null, null]);

        var api = await Upload("so.hanoi", file, "hoi-nghi.xlsx", conference);
        var (page, _) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync("/kien-nghi/nhap-hoi-nghi");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("Chỉ cán bộ của Bộ", await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, page);
        Assert.Equal(0, await CountByConference(conference));
    }

    [Fact]
    public async Task Page_ShowsTheRowsToFix_ThenImportsTheCorrectedList()
    {
        var conference = NewConference();
        var client = await PageClient.SignedIn(App, "cuc.ctdp");
        async Task<HttpResponseMessage> Post(byte[] file)
        {
            var (_, form) = await client.GetAsync("/kien-nghi/nhap-hoi-nghi");
            using var body = new MultipartFormDataContent
            {
                { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
                { new StringContent(conference), "ConferenceName" },
                { new StringContent(Display.Date(VietnamTime.Today(TimeProvider.System))), "ReceivedOn" },
                { new ByteArrayContent(file), "Upload", "hoi-nghi.xlsx" },
            };
            return await client.Http.PostAsync("/kien-nghi/nhap-hoi-nghi", body, Ct);
        }

        var wrong = await Post(List([1, "01", null, "Thiếu nội dung", "", "NL", null, null]));
        var right = await Post(List([1, "01", null, "Đủ nội dung", "Nội dung đầy đủ.", "NL", null, null]));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongPage = PageClient.Parse(await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["2", "Nội dung", "Vui lòng nhập nội dung."], wrongPage.QuerySelectorAll("[data-testid=problems] tbody td").Select(td => td.TextContent));
        Assert.Contains("Không kiến nghị nào được lưu.", wrongPage.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var (_, done) = await client.GetAsync(right.Headers.Location!.ToString());
        Assert.Contains($"Đã nhập 1 kiến nghị từ hội nghị \"{conference}\"", done.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("/kien-nghi?channel=Conference", done.QuerySelector("[data-testid=imported] a")!.GetAttribute("href"));
        Assert.Equal(1, await CountByConference(conference));
    }

    private static string Fixture(string name, [CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name);
}

[Collection(SqliteCollection.Name)]
public sealed class ImportOnSqlite(SqliteApp app) : ImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportOnPostgres(PostgresApp app) : ImportTests(app);
