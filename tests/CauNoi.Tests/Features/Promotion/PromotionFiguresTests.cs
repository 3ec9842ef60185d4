using System.Collections.Concurrent;
using System.Text.Json;
using CauNoi.Web.Features.Promotion;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Promotion;

/// <summary>
/// The figures of plan year 2003 (a year no one else writes in) equal a small programme worked out by hand. Amounts in
/// triệu đồng; "state" is national + local funds; N = national, L = local, C = counterpart.
/// <code>
/// Plans 2003: national (no province) N 1000, C 300; Hà Nội (01) local L 400, C 100; Tuyên Quang (08) local L 200, C 50.
///
/// code  plan      prov  stage       requested    approved now  first  disbursed settled  outputs (promised / achieved)
/// A     national  01    Settled     N100 C30     N100 C30      100    100       95       50 người trained / 48
/// B     national  01    Accepted    N200 C50     N180 C50      200    150       –        20 người / 20; 1 mô hình / 1   adjusted once (10/06/2003)
/// C     national  01    Stopped     N120 C40     N120 C40      120    30        –        2 cơ sở machinery (stopped: not counted)  stopped 01/08/2003
/// D     national  01    InProgress  N80          N60           80     20        –        30 người / –                   adjusted twice (02/05, 15/09/2003)
/// E     national  08    Approved    N50 C10      N50 C10       50     0         –        5 cơ sở at fairs / –
/// F     national  01    Rejected    N70          –             –      0         –
/// G     national  –     Registered  N40          –             –      0         –        (a Ministry unit's: no province)
/// H     local 01  01    Settled     L60 C20      L60 C20       60     60        58       3 ấn phẩm (other) / 3
/// I     local 01  01    Appraised   L30          –             –      0         –
/// J     local 08  08    Accepted    L40          L40           40     40        –        25 người / 22
///
/// Hà Nội, national plan only (the four approved: one settled, one accepted and adjusted, one stopped, one in progress and adjusted):
///   numerator   = state funds now of A, B (accepted/settled) = 100 + 180 = 280
///   denominator = first approved of A, B, C, D (C stopped stays) = 100 + 200 + 120 + 80 = 500      → 280 ÷ 500 = 56,0%
/// Hà Nội, both plans: 280 + 60 (H) = 340 ÷ (500 + 60) = 560 → 60,714…% → 60,7%
/// Tuyên Quang: J 40 ÷ (E 50 + J 40) = 90 → 44,444…% → 44,4%
/// Country: 340 + 40 = 380 ÷ 560 + 90 = 650 → 58,461…% → 58,5%
/// Country budget: planned N 1000, L 600, C 450; requested state 100+200+120+80+50+70+40+60+30+40 = 790, counterpart 30+50+40+10+20 = 150;
///   approved now (not stopped) state 100+180+60+50+60+40 = 490, counterpart 30+50+10+20 = 110; first approved 650;
///   disbursed 100+150+30+20+60+40 = 400; settled 95 + 58 = 153.
/// Outputs (approved, not stopped: A B D E H J): người trained 50+20+30+25 = 125 promised, 48+20+22 = 90 achieved (A B J done), 4 proposals;
///   mô hình 1/1 (1); cơ sở at fairs 5/0 (1); ấn phẩm 3/3 (1); machinery none (C stopped).
/// </code>
/// </summary>
public abstract class PromotionFiguresTests(CauNoiApp app) : AppTests(app)
{
    private const int Year = 2003;

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<string>>> Programmes = new();

    /// <summary>The programme above, once per app; its codes' token.</summary>
    private Task<string> ProgrammeAsync() => Programmes.GetOrAdd(App, app => new Lazy<Task<string>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Db();
        var db = scope.Context;
        var token = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var now = DateTime.UtcNow;
        PromotionPlan Plan(PlanKind kind, string? province, decimal n, decimal l, decimal c) => new()
        {
            Year = Year, Kind = kind, ProvinceCode = province, Title = $"Kế hoạch thử {token} {province}", BudgetNational = n, BudgetLocal = l, BudgetCounterpart = c,
            CreatedAt = now, UpdatedAt = now,
        };
        var national = Plan(PlanKind.National, null, 1000, 0, 300);
        var haNoi = Plan(PlanKind.Local, "01", 0, 400, 100);
        var tuyenQuang = Plan(PlanKind.Local, "08", 0, 200, 50);
        db.PromotionPlans.AddRange(national, haNoi, tuyenQuang);
        await db.SaveChangesAsync(ct);

        PromotionProposal P(string letter, PromotionPlan plan, string? province, ProposalStage stage, decimal requested, decimal counterpart,
            decimal? approved = null, decimal? approvedCounterpart = null, decimal? first = null, decimal disbursed = 0, decimal? settled = null)
        {
            var local = plan.Kind == PlanKind.Local;
            return new()
            {
                Code = $"KCT-{token}-{letter}", PlanId = plan.Id, ProvinceCode = province, ProposerKind = ProposerKind.PromotionCentre, ProposerName = "Trung tâm thử",
                Activity = letter is "C" ? PromotionActivity.AdvancedMachinery : PromotionActivity.VocationalTraining, Title = $"Đề án thử {letter} {token}",
                BeneficiaryName = "Cơ sở thử", Stage = stage, StartOn = new(Year, 3, 1), EndOn = new(Year, 11, 30),
                RequestedNational = local ? 0 : requested, RequestedLocal = local ? requested : 0, RequestedCounterpart = counterpart,
                ApprovedNational = approved is null ? null : local ? 0 : approved, ApprovedLocal = approved is null ? null : local ? approved : 0,
                ApprovedCounterpart = approved is null ? null : approvedCounterpart ?? 0, FirstApprovedStateFunds = first, Disbursed = disbursed, Settled = settled,
                CreatedAt = now, UpdatedAt = now,
            };
        }
        static ProposalOutput Out(OutputKind kind, string unit, decimal promised, decimal? achieved = null) => new() { Kind = kind, Unit = unit, Promised = promised, Achieved = achieved };
        static ProposalEvent Adjust(DateOnly on, string note) => new() { Step = ProposalStep.Adjust, At = on.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc), OnDate = on, ByName = "Cán bộ thử", Note = note };

        var a = P("A", national, "01", ProposalStage.Settled, 100, 30, 100, 30, 100, 100, 95);
        a.Outputs = [Out(OutputKind.PeopleTrained, "người", 50, 48)];
        var b = P("B", national, "01", ProposalStage.Accepted, 200, 50, 180, 50, 200, 150);
        b.Adjustments = 1;
        b.Outputs = [Out(OutputKind.PeopleTrained, "người", 20, 20), Out(OutputKind.DemonstrationModels, "mô hình", 1, 1)];
        b.Events = [Adjust(new(Year, 6, 10), "Giảm quy mô do cơ sở thu hẹp sản xuất")];
        var c = P("C", national, "01", ProposalStage.Stopped, 120, 40, 120, 40, 120, 30);
        c.StoppedOn = new(Year, 8, 1);
        c.StopReason = "Cơ sở thụ hưởng giải thể";
        c.Outputs = [Out(OutputKind.FacilitiesWithMachinery, "cơ sở", 2)];
        var d = P("D", national, "01", ProposalStage.InProgress, 80, 0, 60, null, 80, 20);
        d.Adjustments = 2;
        d.Outputs = [Out(OutputKind.PeopleTrained, "người", 30)];
        d.Events = [Adjust(new(Year, 9, 15), "Giảm kinh phí theo khối lượng thực tế"), Adjust(new(Year, 5, 2), "Lùi tiến độ khai giảng lớp học")];
        var e = P("E", national, "08", ProposalStage.Approved, 50, 10, 50, 10, 50);
        e.Outputs = [Out(OutputKind.FacilitiesAtFairs, "cơ sở", 5)];
        var f = P("F", national, "01", ProposalStage.Rejected, 70, 0);
        var g = P("G", national, null, ProposalStage.Registered, 40, 0);
        var h = P("H", haNoi, "01", ProposalStage.Settled, 60, 20, 60, 20, 60, 60, 58);
        h.Outputs = [Out(OutputKind.Other, "ấn phẩm", 3, 3)];
        var i = P("I", haNoi, "01", ProposalStage.Appraised, 30, 0);
        var j = P("J", tuyenQuang, "08", ProposalStage.Accepted, 40, 0, 40, null, 40, 40);
        j.Outputs = [Out(OutputKind.PeopleTrained, "người", 25, 22)];
        db.PromotionProposals.AddRange(a, b, c, d, e, f, g, h, i, j);
        await db.SaveChangesAsync(ct);
        return token;
    })).Value;

    private async Task<JsonElement> FiguresAsync(string query, string caller = "cuc.khuyencong")
    {
        await ProgrammeAsync();
        var response = await (await App.ApiAs(caller)).GetAsync("/api/v1/promotion/figures?" + query, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static JsonElement Line(JsonElement figures, string code) =>
        code == "total" ? figures.GetProperty("total") : figures.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);

    private static decimal? Completion(JsonElement line) =>
        line.GetProperty("completion").ValueKind == JsonValueKind.Null ? null : line.GetProperty("completion").GetDecimal();

    private static (int, int, int, int, int, int, int, int, int) Stages(JsonElement l) => (l.GetProperty("registered").GetInt32(), l.GetProperty("appraised").GetInt32(),
        l.GetProperty("rejected").GetInt32(), l.GetProperty("approved").GetInt32(), l.GetProperty("inProgress").GetInt32(), l.GetProperty("accepted").GetInt32(),
        l.GetProperty("settled").GetInt32(), l.GetProperty("stopped").GetInt32(), l.GetProperty("adjusted").GetInt32());

    private static decimal[] Money(JsonElement l) =>
    [
        .. new[] { "plannedNational", "plannedLocal", "plannedCounterpart", "requestedState", "requestedCounterpart", "approvedState", "approvedCounterpart",
            "firstApprovedState", "disbursed", "settledFunds", "completedState" }.Select(n => l.GetProperty(n).GetDecimal()),
    ];

    [Fact]
    public async Task TheCompletionRate_EqualsTheHandWorkedTable_ForTheNationalPlanBothPlansAProvinceAndTheCountry()
    {
        var national = await FiguresAsync($"year={Year}&kind=National");
        var all = await FiguresAsync($"year={Year}");

        // Hà Nội's four approved national proposals: (100 + 180) ÷ (100 + 200 + 120 + 80) = 56,0%; the stopped one stays below the line.
        Assert.Equal((280m, 500m, 56.0m), (Line(national, "01").GetProperty("completedState").GetDecimal(), Line(national, "01").GetProperty("firstApprovedState").GetDecimal(), Completion(Line(national, "01"))));
        Assert.Equal(60.7m, Completion(Line(all, "01")));
        Assert.Equal(44.4m, Completion(Line(all, "08")));
        Assert.Equal(58.5m, Completion(all.GetProperty("total")));
        Assert.Null(Completion(Line(all, "96")));
        Assert.Equal(("total", "Cả nước", 10), (all.GetProperty("total").GetProperty("code").GetString(), all.GetProperty("total").GetProperty("name").GetString(),
            all.GetProperty("total").GetProperty("proposals").GetInt32()));
    }

    [Fact]
    public async Task TheStagesAndTheBudget_EqualTheHandWorkedTable()
    {
        var all = await FiguresAsync($"year={Year}");

        Assert.Equal((0, 1, 1, 0, 1, 1, 2, 1, 2), Stages(Line(all, "01")));
        Assert.Equal((0, 0, 0, 1, 0, 1, 0, 0, 0), Stages(Line(all, "08")));
        Assert.Equal((1, 1, 1, 1, 1, 2, 2, 1, 2), Stages(all.GetProperty("total")));
        // Planned N L C, requested state and counterpart, approved now state and counterpart, first approved, disbursed, settled, completed.
        Assert.Equal([0m, 400, 100, 660, 140, 400, 100, 560, 360, 153, 340], Money(Line(all, "01")));
        Assert.Equal([0m, 200, 50, 90, 10, 90, 10, 90, 40, 0, 40], Money(Line(all, "08")));
        Assert.Equal([1000m, 600, 450, 790, 150, 490, 110, 650, 400, 153, 380], Money(all.GetProperty("total")));
        // The Ministry unit's proposal and the national plan's budget have their own line after the provinces.
        var central = all.GetProperty("provinces").EnumerateArray().Last();
        Assert.Equal(("central", (1, 0, 0, 0, 0, 0, 0, 0, 0)), (central.GetProperty("code").GetString(), Stages(central)));
        Assert.Equal([1000m, 0, 300, 40, 0, 0, 0, 0, 0, 0, 0], Money(central));
        Assert.Equal(35, all.GetProperty("provinces").GetArrayLength());
    }

    [Fact]
    public async Task TheOutputs_AreSummedByKindAndUnit_PromisedByTheApprovedAndAchievedByTheAccepted()
    {
        var all = await FiguresAsync($"year={Year}");

        var outputs = all.GetProperty("outputs").EnumerateArray()
            .Select(o => (o.GetProperty("kind").GetString(), o.GetProperty("unit").GetString(), o.GetProperty("promised").GetDecimal(), o.GetProperty("achieved").GetDecimal(), o.GetProperty("proposals").GetInt32()))
            .ToList();
        Assert.Equal([("PeopleTrained", "người", 125m, 90m, 4), ("DemonstrationModels", "mô hình", 1m, 1m, 1), ("FacilitiesAtFairs", "cơ sở", 5m, 0m, 1), ("Other", "ấn phẩm", 3m, 3m, 1)],
            outputs);
    }

    [Fact]
    public async Task TheStopsAndEachAdjustment_AreListedWithTheirReasons()
    {
        var token = await ProgrammeAsync();
        var all = await FiguresAsync($"year={Year}");

        var changes = all.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("code").GetString(), c.GetProperty("provinceName").GetString(), c.GetProperty("stepName").GetString(), c.GetProperty("on").GetString(), c.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal([
            ($"KCT-{token}-B", "Thành phố Hà Nội", "Điều chỉnh", "2003-06-10", "Giảm quy mô do cơ sở thu hẹp sản xuất"),
            ($"KCT-{token}-C", "Thành phố Hà Nội", "Dừng thực hiện", "2003-08-01", "Cơ sở thụ hưởng giải thể"),
            ($"KCT-{token}-D", "Thành phố Hà Nội", "Điều chỉnh", "2003-05-02", "Lùi tiến độ khai giảng lớp học"),
            ($"KCT-{token}-D", "Thành phố Hà Nội", "Điều chỉnh", "2003-09-15", "Giảm kinh phí theo khối lượng thực tế"),
        ], changes);
        Assert.Equal("Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ", all.GetProperty("changes")[1].GetProperty("activityName").GetString());
    }

    [Fact]
    public async Task ADepartment_SeesItsOwnProvinceOnly_NeverTheCountry_AndAnotherProvinceIsNotFound()
    {
        var own = await FiguresAsync($"year={Year}", "so.hanoi");
        var named = await FiguresAsync($"year={Year}&province=01", "so.hanoi");

        foreach (var figures in new[] { own, named })
        {
            Assert.Equal(("01", "Thành phố Hà Nội"), (figures.GetProperty("provinceCode").GetString(), figures.GetProperty("area").GetString()));
            Assert.Equal(["01"], figures.GetProperty("provinces").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
            Assert.Equal([0m, 400, 100, 660, 140, 400, 100, 560, 360, 153, 340], Money(figures.GetProperty("total")));
            Assert.Equal(60.7m, Completion(figures.GetProperty("total")));
            // Tuyên Quang's fairs are not Hà Nội's.
            Assert.DoesNotContain(figures.GetProperty("outputs").EnumerateArray(), o => o.GetProperty("kind").GetString() == "FacilitiesAtFairs");
        }
        var api = await App.ApiAs("so.hanoi");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/promotion/figures?year={Year}&province=08", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/promotion/figures.xlsx?year={Year}&province=08", Ct)).StatusCode);
        var commune = await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/promotion/figures?year={Year}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, commune.StatusCode);
        Assert.StartsWith("Số liệu khuyến công là số liệu kế hoạch", (await commune.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        // The Ministry asks for a province and sees the same Hà Nội.
        Assert.Equal(Money(own.GetProperty("total")), Money((await FiguresAsync($"year={Year}&province=01")).GetProperty("total")));
    }

    [Fact]
    public async Task TheXlsx_ReadsBackAsTheFigures_OnEachSheet()
    {
        var token = await ProgrammeAsync();
        var response = await (await App.ApiAs("cuc.khuyencong")).GetAsync($"/api/v1/promotion/figures.xlsx?year={Year}", Ct);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"so-lieu-khuyen-cong-{Year}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var sheet = SpreadsheetReader.Read(new MemoryStream(bytes));
        Assert.Equal($"Số liệu khuyến công: kế hoạch khuyến công quốc gia và địa phương năm {Year}, cả nước", sheet[0][0]);
        var header = sheet.Single(r => r[0] == "Mã tỉnh").Number;
        var rows = sheet.Where(r => r.Number > header).ToList();
        // Code, name, proposals, the eight stages, adjusted, planned N L C, requested state C, approved state C, first, disbursed, settled, completed, rate.
        Assert.Equal(["", "Cả nước", "10", "1", "1", "1", "1", "1", "2", "2", "1", "2", "1000", "600", "450", "790", "150", "490", "110", "650", "400", "153", "380", "58.5"], rows[0].Cells);
        Assert.Equal(["01", "Thành phố Hà Nội", "7", "0", "1", "1", "0", "1", "1", "2", "1", "2", "0", "400", "100", "660", "140", "400", "100", "560", "360", "153", "340", "60.7"],
            rows.Single(r => r[0] == "01").Cells);
        Assert.Equal(1 + 34 + 1, rows.Count);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<S.Sheet>().ToList();
        Assert.Equal(["Theo tỉnh", "Kết quả", "Dừng, điều chỉnh"], sheets.Select(s => s.Name!.Value));
        string[][] Read(S.Sheet s) => [.. ((WorksheetPart)workbook.WorkbookPart.GetPartById(s.Id!)).Worksheet.Descendants<S.Row>()
            .Select(r => r.Elements<S.Cell>().Select(c => c.InnerText).ToArray())];
        var outputs = Read(sheets[1]);
        Assert.Contains(["Lao động được đào tạo nghề", "người", "125", "90", "4"], outputs);
        var changes = Read(sheets[2]);
        Assert.Contains(changes, r => r.Length == 7 && r[0] == $"KCT-{token}-C" && r[4] == "Dừng thực hiện" && r[6] == "Cơ sở thụ hưởng giải thể");
        Assert.Equal(4, changes.Count(r => r.Length > 0 && r[0].StartsWith($"KCT-{token}-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheDocx_IsValid_AndItsTablesHoldTheFigures_IssuedByTheCallersOrganisation()
    {
        var token = await ProgrammeAsync();
        var response = await (await App.ApiAs("so.hanoi")).GetAsync($"/api/v1/promotion/figures.docx?year={Year}&kind=National", Ct);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"bao-cao-so-lieu-khuyen-cong-{Year}-quoc-gia-01.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document, Ct));
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Descendants<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .Where(t => t[0][0] == "STT").ToList();
        Assert.Equal(4, tables.Count);
        // Hà Nội in the national plan: 5 proposals (A B C D F), 4 approved, 2 accepted or settled, 1 stopped, 2 adjusted, 500 first approved, 280 done: 56,0%.
        Assert.Equal(["1", "Thành phố Hà Nội", "5", "4", "2", "1", "2", "500,00", "280,00", "56,0"], tables[0][1]);
        Assert.Equal(2, tables[0].Count);
        // Planned state (the national plan is no province's), requested, approved, counterpart approved, disbursed, settled.
        Assert.Equal(["1", "Thành phố Hà Nội", "0,00", "570,00", "340,00", "80,00", "300,00", "95,00"], tables[1][1]);
        Assert.Equal(["1", "Lao động được đào tạo nghề", "người", "100", "68", "3"], tables[2][1]);
        Assert.Equal(["2", $"KCT-{token}-C", "Thành phố Hà Nội", "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ", "Dừng thực hiện", "01/08/2003", "Cơ sở thụ hưởng giải thể"], tables[3][2]);
        Assert.Equal(5, tables[3].Count);
        var paragraphs = body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("3. Tỷ lệ hoàn thành kế hoạch: 56,0% (280,00 ÷ 500,00 triệu đồng).", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Sở Công Thương", StringComparison.Ordinal) && p.Contains("Hà Nội báo cáo số liệu thực hiện kế hoạch khuyến công quốc gia năm 2003, Thành phố Hà Nội"));
    }

    [Theory]
    [InlineData("year=1999", "Năm kế hoạch 1999 không hợp lệ: chọn một năm từ 2000 đến")]
    [InlineData("year=hai-nghin", "Năm kế hoạch “hai-nghin” không hợp lệ: ghi năm bằng bốn chữ số")]
    [InlineData("year=2003&kind=Regional", "Loại kế hoạch “Regional” không hợp lệ")]
    [InlineData("year=2003&kind=1", "Loại kế hoạch “1” không hợp lệ")]
    [InlineData("year=2003&province=99", "Không có tỉnh, thành phố mã “99”")]
    public async Task ABadQuestion_IsRefusedWithAVietnameseProblem(string query, string detail)
    {
        foreach (var path in new[] { "figures", "figures.xlsx", "figures.docx" })
        {
            var response = await (await App.ApiAs("cuc.khuyencong")).GetAsync($"/api/v1/promotion/{path}?{query}", Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("Dữ liệu không hợp lệ", problem.GetProperty("title").GetString());
            Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task ThePage_ShowsTheTables_TheFormulaInWordsAndSymbols_AndTheDownloads()
    {
        var token = await ProgrammeAsync();
        var client = await PageClient.SignedIn(App, "cuc.khuyencong");

        var (status, page) = await client.GetAsync($"/khuyen-cong/so-lieu?nam={Year}");

        Assert.Equal(HttpStatusCode.OK, status);
        string[] Cells(string table, string code) => [.. page.QuerySelector($"#{table} tr[data-code='{code}']")!.Children.Select(c => c.TextContent.Trim())];
        Assert.Equal(["Cả nước", "10", "1", "1", "1", "1", "1", "2", "2", "1", "2", "650,00", "380,00", "58,5%"], Cells("provinces", "total"));
        Assert.Equal(["Thành phố Hà Nội", "7", "0", "1", "1", "0", "1", "1", "2", "1", "2", "560,00", "340,00", "60,7%"], Cells("provinces", "01"));
        Assert.Equal(["Tỉnh Cao Bằng", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0,00", "0,00", "–"], Cells("provinces", "04"));
        Assert.Equal(["Cả nước", "1.000,00", "600,00", "450,00", "790,00", "150,00", "490,00", "110,00", "650,00", "400,00", "153,00"], Cells("budget", "total"));
        Assert.Equal(["Lao động được đào tạo nghề", "người", "125", "90", "4"], page.QuerySelector("#outputs tr[data-kind='PeopleTrained']")!.Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(["Điều chỉnh", "Dừng thực hiện", "Điều chỉnh", "Điều chỉnh"],
            page.QuerySelectorAll("#changes tbody tr").Where(r => r.GetAttribute("data-code")!.Contains(token)).Select(r => r.Children[3].TextContent.Trim()));
        Assert.Contains("58,5%", page.QuerySelector("#completion")!.TextContent);
        Assert.Contains("Kinh phí nhà nước của các đề án đã nghiệm thu hoặc quyết toán ÷ Kinh phí nhà nước được phê duyệt lần đầu của mọi đề án đã được phê duyệt (kể cả đề án dừng thực hiện)",
            page.QuerySelector("#formula")!.TextContent);
        Assert.Contains("× 100", page.QuerySelector("#symbols")!.TextContent);
        Assert.Equal($"/api/v1/promotion/figures.xlsx?year={Year}", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));
        Assert.Equal($"/api/v1/promotion/figures.docx?year={Year}", page.QuerySelector("#download-docx")!.GetAttribute("href"));

        var (refusedStatus, refused) = await client.GetAsync("/khuyen-cong/so-lieu?nam=1999");
        Assert.Equal(HttpStatusCode.OK, refusedStatus);
        Assert.StartsWith("Năm kế hoạch 1999 không hợp lệ", refused.QuerySelector("#refusal")!.TextContent);
    }

    [Fact]
    public async Task ThePage_ShowsADepartmentItsProvince_AndRefusesACommune()
    {
        await ProgrammeAsync();
        var department = await PageClient.SignedIn(App, "so.hanoi");

        var (status, page) = await department.GetAsync($"/khuyen-cong/so-lieu?nam={Year}&loai=National");
        var (otherStatus, _) = await department.GetAsync($"/khuyen-cong/so-lieu?nam={Year}&tinh=08");
        var (communeStatus, _) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync($"/khuyen-cong/so-lieu?nam={Year}");

        // A commune is refused as every page refuses: sent to the "no permission" page.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Found), (status, otherStatus, communeStatus));
        Assert.Equal(["01"], page.QuerySelectorAll("#provinces tbody tr").Select(r => r.GetAttribute("data-code")));
        Assert.Equal("56,0%", page.QuerySelector("#provinces tr[data-code='01'] [data-column='completion']")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#tinh"));
        Assert.Equal($"/api/v1/promotion/figures.xlsx?year={Year}&kind=National", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PromotionFiguresOnSqlite(SqliteApp app) : PromotionFiguresTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PromotionFiguresOnPostgres(PostgresApp app) : PromotionFiguresTests(app);
