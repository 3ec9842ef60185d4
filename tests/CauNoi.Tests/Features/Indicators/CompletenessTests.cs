using System.Text.Json;
using CauNoi.Web.Features.Indicators;
using static CauNoi.Tests.Features.Indicators.IndicatorSetup;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>Completeness and timeliness of a form on a hand-worked example: who reported, on time or late, and who is missing.</summary>
public abstract class CompletenessTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>A report of the form first approved at <paramref name="receivedUtc"/>, or never.</summary>
    private async Task ReceivedAsync(TestForm form, int organisation, int month, DateTime? receivedUtc, ReportState state = ReportState.Approved)
    {
        await using var scope = App.Db();
        scope.Context.FormReports.Add(new FormReport
        {
            FormId = form.Id, OrganisationId = organisation, ProvinceCode = organisation == form.HaNoi ? "01" : "08", PeriodType = PeriodType.Month,
            Year = 2024, Number = month, State = state, ReceivedAt = receivedUtc, UpdatedAt = DateTime.UtcNow,
        });
        await scope.Context.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task CountsExpectedReceivedOnTimeLateAndMissing_ByTheFirstApprovalAgainstTheDueDayInVietnam()
    {
        var form = await FormAsync(App, Ct, dueDays: 5);   // January due 05/02/2024, February 05/03/2024, March 05/04/2024
        await ReceivedAsync(form, form.HaNoi, 1, new DateTime(2024, 2, 3, 2, 0, 0, DateTimeKind.Utc));          // on time
        await ReceivedAsync(form, form.TuyenQuang, 1, new DateTime(2024, 2, 6, 1, 0, 0, DateTimeKind.Utc));     // late
        await ReceivedAsync(form, form.HaNoi, 2, new DateTime(2024, 3, 5, 16, 30, 0, DateTimeKind.Utc));        // 23:30 on 05/03 in Hà Nội: on time
        await ReceivedAsync(form, form.TuyenQuang, 2, null, ReportState.Draft);                                  // being entered: missing
        await ReceivedAsync(form, form.HaNoi, 3, new DateTime(2024, 4, 5, 17, 30, 0, DateTimeKind.Utc), ReportState.Draft);   // 00:30 on 06/04, later sent back: late
        // Tuyên Quang never opened March: missing.

        var response = await (await App.ApiAs(Owner)).GetAsync($"/api/v1/completeness?form={form.Id}&year=2024", Ct);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var months = (await response.Content.ReadFromJsonAsync<List<JsonElement>>(Ct))!;
        Assert.Equal(12, months.Count);
        string Row(JsonElement m) => string.Join(" ", new[] { "expected", "received", "onTime", "late", "missing", "pending" }.Select(p => m.GetProperty(p).GetInt32()))
            + $" {m.GetProperty("reportingRate").GetDouble()} {m.GetProperty("onTimeRate").GetDouble()}";
        Assert.Equal("2 2 1 1 0 0 100 50", Row(months[0]));
        Assert.Equal("2 1 1 0 1 0 50 50", Row(months[1]));
        Assert.Equal("2 1 0 1 1 0 50 0", Row(months[2]));
        Assert.Equal("2 0 0 0 2 0 0 0", Row(months[3]));
        Assert.Equal(["OnTime", "Late"], months[0].GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("standing").GetString()));
    }

    [Fact]
    public async Task ADepartmentSeesOnlyItsOwnRow()
    {
        var form = await FormAsync(App, Ct, dueDays: 5);

        var response = await (await App.ApiAs(OtherProvince)).GetAsync($"/api/v1/completeness?form={form.Id}&year=2024", Ct);

        var months = (await response.Content.ReadFromJsonAsync<List<JsonElement>>(Ct))!;
        var row = Assert.Single(months[0].GetProperty("organisations").EnumerateArray());
        Assert.Equal("08", row.GetProperty("provinceCode").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CompletenessOnSqlite(SqliteApp app) : CompletenessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CompletenessOnPostgres(PostgresApp app) : CompletenessTests(app);
