using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// A form of its own for each test, with indicators of its own (so that accepted figures of one test never meet another's),
/// reported by the departments of Hà Nội and Tuyên Quang and owned by the Cục Công Thương địa phương.
/// </summary>
public static class IndicatorSetup
{
    public const string Officer = "so.hanoi", Head = "lanhdao.so.hanoi", Owner = "cuc.ctdp", OtherProvince = "so.tuyenquang";

    /// <param name="Whole">Tỷ đồng, sum; <see cref="Part"/> may not exceed it; a change beyond 30% on a year earlier needs an explanation.</param>
    /// <param name="Share">A percentage between 0 and 100.</param>
    public sealed record TestForm(int Id, string Code, string Whole, string Part, string Share, int WholeId, int HaNoi, int TuyenQuang);

    /// <summary>A monthly form open for every period from 2010 to 2040 unless <paramref name="lockDaysAfter"/> says otherwise.</summary>
    public static async Task<TestForm> FormAsync(CauNoiApp app, CancellationToken ct, int dueDays = 0, int opensDaysBefore = 20_000, int lockDaysAfter = 20_000)
    {
        var token = RecommendationSteps.Token().ToUpperInvariant();
        await using var scope = app.Db();
        var db = scope.Context;
        var owner = await db.Organisations.Where(o => o.Code == "CTDP").Select(o => o.Id).SingleAsync(ct);
        var haNoi = await db.Organisations.Where(o => o.Code == "SCT-01").Select(o => o.Id).SingleAsync(ct);
        var tuyenQuang = await db.Organisations.Where(o => o.Code == "SCT-08").Select(o => o.Id).SingleAsync(ct);
        var whole = new Indicator { Code = $"W{token}", Name = $"Tổng mức {token}", Unit = "tỷ đồng", Decimals = 1, ChangeThreshold = 30, Minimum = 0, Source = "Thử nghiệm" };
        var part = new Indicator { Code = $"P{token}", Name = $"Phần {token}", Unit = "tỷ đồng", Decimals = 1, Minimum = 0, Source = "Thử nghiệm" };
        var share = new Indicator { Code = $"S{token}", Name = $"Tỷ lệ {token}", Unit = "%", Decimals = 1, Minimum = 0, Maximum = 100, OverPlaces = Aggregation.None, Source = "Thử nghiệm" };
        db.Indicators.AddRange(whole, part, share);
        await db.SaveChangesAsync(ct);
        db.ConsistencyRules.Add(new ConsistencyRule { LeftIndicatorId = part.Id, RightIndicatorId = whole.Id, Message = $"Phần {token} không thể lớn hơn tổng." });
        var form = new ReportForm
        {
            Code = $"F{token}", Name = $"Biểu mẫu thử {token}", PeriodType = PeriodType.Month, DueDays = dueDays, OpensDaysBefore = opensDaysBefore,
            LockDaysAfter = lockDaysAfter, OwningUnitId = owner,
            Indicators = [new() { IndicatorId = whole.Id, Order = 1 }, new() { IndicatorId = part.Id, Order = 2 }, new() { IndicatorId = share.Id, Order = 3 }],
            Organisations = [new() { OrganisationId = haNoi }, new() { OrganisationId = tuyenQuang }],
        };
        db.ReportForms.Add(form);
        await db.SaveChangesAsync(ct);
        return new TestForm(form.Id, form.Code, whole.Code, part.Code, share.Code, whole.Id, haNoi, tuyenQuang);
    }

    /// <summary>Posts figures for the caller's own department; the response as it came.</summary>
    public static async Task<HttpResponseMessage> PostAsync(CauNoiApp app, string caller, TestForm form, string period, object[] figures, CancellationToken ct, int? organisation = null) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync("/api/v1/values", new { form = form.Id, period, organisation, figures }, ct);

    public static async Task<ReportDetail> ReportAsync(HttpResponseMessage response, CancellationToken ct)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<ReportDetail>(ApiJson.Options, ct))!;
    }

    public static async Task<HttpResponseMessage> StepAsync(CauNoiApp app, string caller, long report, string action, CancellationToken ct, string? comment = null) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync($"/api/v1/form-reports/{report}/steps", new { action, comment }, ct);

    /// <summary>An accepted figure of Hà Nội put in place directly, as an earlier period's history.</summary>
    public static async Task AcceptedAsync(CauNoiApp app, int indicator, string period, double value, CancellationToken ct, string province = "01", string? former = null)
    {
        Assert.True(Period.TryParse(period, out var p));
        await using var scope = app.Db();
        scope.Context.IndicatorValues.Add(new IndicatorValue
        {
            IndicatorId = indicator, ProvinceCode = province, FormerProvinceCode = former, PeriodType = p.Type, Year = p.Year, Number = p.Number,
            Value = value, AcceptedAt = DateTime.UtcNow,
        });
        await scope.Context.SaveChangesAsync(ct);
    }
}
