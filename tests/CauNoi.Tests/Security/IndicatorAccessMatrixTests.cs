using System.Collections.Concurrent;
using CauNoi.Tests.Features.Indicators;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what with the indicators' reports, written out by hand from the rules (ReportScope's summary, ReportActor,
/// ReportScope.MayReopen), never computed from the code. The catalogue, the forms, the accepted figures and completeness
/// are open to every signed-in account (a department's completeness rows are its own). A report is seen by every Ministry
/// account and by its own department; only its department's officers (or an administrator) enter its figures; only the
/// form's owning unit (Cục Công Thương địa phương here) accepts it and reopens a locked period; targets are set by the
/// indicator's owning unit (none here), the coordinating hub or an administrator, and read by everyone; a workbook of them is
/// imported by whoever may set some indicator's targets (the Cục Điện lực follows DIEN_TP, so its row for this indicator is
/// refused, 400; a Ministry leader directs and does not import), and the template is open to every account. The results report (JSON, .xlsx, .docx)
/// is open to every signed-in account, its figures being open data. A report's template is
/// read by whoever sees the report and imported by whoever enters it; published figures are loaded by a Ministry unit that
/// follows an indicator (Cục Điện lực: its row for this indicator refused, 400), the hub or an administrator. The open data needs
/// no account, whatever token comes with the request (a disabled account's too: the figures are public). The report: Hà Nội's draft.
/// </summary>
public abstract class IndicatorAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Table =
    [
        "                  catalogue  forms  values  completeness  exceptions  open  create  post  figures  accept  reopen  series  targets  setTarget  template  import  openCatalogue  openValues  openCsv  results  reportTemplate  reportImport  historyTemplate  historyImport",
        "xa.hoankiem       200        200    200     200           200         404   403     403   404      404     403     200     200      403        200       403     200            200         200     200     404            404            200            403",
        "xa.badinh         200        200    200     200           200         404   403     403   404      404     403     200     200      403        200       403     200            200         200     200     404            404            200            403",
        "so.hanoi          200        200    200     200           200         200   200     200   200      403     403     200     200      403        200       403     200            200         200     200     200            200            200            403",
        "so.tuyenquang     200        200    200     200           200         404   403     403   404      404     403     200     200      403        200       403     200            200         200     200     404            404            200            403",
        "phutrach.hanoi    200        200    200     200           200         200   403     403   403      403     403     200     200      403        200       403     200            200         200     200     200            403            200            403",
        "cuc.dienluc       200        200    200     200           200         200   403     403   403      403     403     200     200      403        200       400     200            200         200     200     200            403            200            400",
        "lanhdao.dienluc   200        200    200     200           200         200   403     403   403      403     403     200     200      403        200       400     200            200         200     200     200            403            200            400",
        "cuc.ctdp          200        200    200     200           200         200   403     403   403      409     201     200     200      201        200       200     200            200         200     200     200            403            200            200",
        "lanhdao           200        200    200     200           200         200   403     403   403      403     403     200     200      403        200       403     200            200         200     200     200            403            200            403",
        "admin             200        200    200     200           200         200   200     200   200      409     201     200     200      201        200       200     200            200         200     200     200            200            200            200",
        "disabled          401        401    401     401           401         401   401     401   401      401     401     401     401      401        401       401     200            200         200     401     401            401            401            401",
        "anonymous         401        401    401     401           401         401   401     401   401      401     401     401     401      401        401       401     200            200         200     401     401            401            401            401",
    ];

    private sealed record World(AccessMatrixWorld Callers, IndicatorSetup.TestForm Form, long Report);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var form = await IndicatorSetup.FormAsync(a, ct);
        var report = await IndicatorSetup.ReportAsync(await IndicatorSetup.PostAsync(a, IndicatorSetup.Officer, form, "2024-01",
            [new { indicator = form.Whole, value = 10 }], ct), ct);
        return new World(callers, form, report.Id);
    })).Value;

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnHaNoisReport(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = w.Callers.Api(caller);
        var form = w.Form.Id;
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var figures = new[] { new { indicator = w.Form.Whole, value = 12 } };
        HttpResponseMessage response = operation switch
        {
            "catalogue" => await api.GetAsync("/api/v1/indicators", Ct),
            "forms" => await api.GetAsync("/api/v1/forms", Ct),
            "values" => await api.GetAsync($"/api/v1/values?indicator={w.Form.Whole}&from=2024-01", Ct),
            "completeness" => await api.GetAsync($"/api/v1/completeness?form={form}&year=2024", Ct),
            "exceptions" => await api.GetAsync($"/api/v1/forms/{form}/lock-exceptions", Ct),
            "open" => await api.GetAsync($"/api/v1/form-reports/{w.Report}", Ct),
            "create" => await api.PostAsJsonAsync($"/api/v1/forms/{form}/reports", new { period = "2024-02", organisation = w.Form.HaNoi }, Ct),
            "post" => await api.PostAsJsonAsync("/api/v1/values", new { form, period = "2024-01", organisation = w.Form.HaNoi, figures }, Ct),
            "figures" => await api.PutAsJsonAsync($"/api/v1/form-reports/{w.Report}/figures", new { figures }, Ct),
            "accept" => await api.PostAsJsonAsync($"/api/v1/form-reports/{w.Report}/steps", new { action = "accept" }, Ct),
            "reopen" => await api.PostAsJsonAsync($"/api/v1/forms/{form}/lock-exceptions", new
            {
                organisation = w.Form.HaNoi, period = "2024-01", until = VietnamTime.Today(TimeProvider.System).AddDays(1), reason = "Ma trận quyền",
            }, Ct),
            "series" => await api.GetAsync($"/api/v1/reports/indicators?indicator={w.Form.Whole}&from=2024-01&to=2024-12", Ct),
            "results" => await api.GetAsync($"/api/v1/reports/indicators/results?indicator={w.Form.Whole}&period=2024-01&format=docx", Ct),
            "targets" => await api.GetAsync($"/api/v1/targets?indicator={w.Form.Whole}", Ct),
            "openCatalogue" => await api.GetAsync("/api/v1/open-data/indicators", Ct),
            "openValues" => await api.GetAsync($"/api/v1/open-data/values?indicator={w.Form.Whole}&from=2024-01", Ct),
            "openCsv" => await api.GetAsync($"/api/v1/open-data/values.csv?indicator={w.Form.Whole}&from=2024-01", Ct),
            "template" => await api.GetAsync("/api/v1/targets/template", Ct),
            "import" => await ImportAsync(api, w.Form.Whole),
            "setTarget" => await api.PostAsJsonAsync("/api/v1/targets", new { indicator = w.Form.Whole, year = 2024, province = "01", value = 100, documentNumber = "12/QĐ-BCT" }, Ct),
            "reportTemplate" => await api.GetAsync($"/api/v1/form-reports/{w.Report}/template", Ct),
            "reportImport" => await api.PostAsync($"/api/v1/form-reports/{w.Report}/import", Upload($"Mã chỉ tiêu,Số liệu\n{w.Form.Whole},12\n"), Ct),
            "historyTemplate" => await api.GetAsync("/api/v1/values/template", Ct),
            // The test form's indicator has no owning unit: Cục Điện lực may load its own indicators' figures, not this one's (400, the row refused).
            "historyImport" => await api.PostAsync("/api/v1/values/import", Upload($"Mã chỉ tiêu,Mã tỉnh,Kỳ,Số liệu,Nguồn\n{w.Form.Whole},01,2024-01,12,Ma trận quyền\n"), Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        var status = ((int)response.StatusCode).ToString();
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
        if (operation == "open" && status == "200")
            Assert.Equal(w.Report, (await response.Content.ReadFromJsonAsync<ReportDetail>(ApiJson.Options, Ct))!.Id);
    }

    /// <summary>A workbook of one target for Hà Nội: taken from who may set it, refused row by row (400) to a unit that follows other indicators.</summary>
    private async Task<HttpResponseMessage> ImportAsync(HttpClient api, string indicator)
    {
        var content = new ByteArrayContent(TargetImportTests.File([indicator, 2024, null, "01", null, 100, "12/QĐ-BCT"]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return await api.PostAsync("/api/v1/targets/import", new MultipartFormDataContent { { content, "file", "chi-tieu.xlsx" } }, Ct);
    }

    private static MultipartFormDataContent Upload(string csv) => new() { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "ma-tran.csv" } };

    /// <summary>Every indicator operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedIndicatorOperation_HasItsColumn()
    {
        string[] covered =
        [
            "GET /api/v1/indicators", "GET /api/v1/forms", "GET /api/v1/values", "GET /api/v1/completeness", "GET /api/v1/forms/{id}/lock-exceptions",
            "GET /api/v1/form-reports/{id}", "POST /api/v1/forms/{id}/reports", "POST /api/v1/values", "PUT /api/v1/form-reports/{id}/figures",
            "POST /api/v1/form-reports/{id}/steps", "POST /api/v1/forms/{id}/lock-exceptions", "GET /api/v1/reports/indicators",
            "GET /api/v1/targets", "POST /api/v1/targets", "GET /api/v1/targets/template", "POST /api/v1/targets/import",
            "GET /api/v1/open-data/indicators", "GET /api/v1/open-data/values",
            "GET /api/v1/open-data/values.csv", "GET /api/v1/reports/indicators/results",
            "GET /api/v1/form-reports/{id}/template", "POST /api/v1/form-reports/{id}/import", "GET /api/v1/values/template", "POST /api/v1/values/import",
        ];
        await AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsIndicatorsPillar, covered, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IndicatorAccessMatrixOnSqlite(SqliteApp app) : IndicatorAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IndicatorAccessMatrixOnPostgres(PostgresApp app) : IndicatorAccessMatrixTests(app);
