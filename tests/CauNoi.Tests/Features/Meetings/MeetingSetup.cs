using CauNoi.Web.Features.Meetings;

namespace CauNoi.Tests.Features.Meetings;

/// <summary>Meetings made through the API by the coordinating hub's officer, and what the tests read of them.</summary>
public static class MeetingSetup
{
    public const string Organiser = "cuc.ctdp";
    public const string HaNoi = "01", TuyenQuang = "08";

    public static async Task<MeetingDetail> CreateAsync(CauNoiApp app, object body, CancellationToken ct)
    {
        var response = await (await app.ApiAs(Organiser)).PostAsJsonAsync("/api/v1/meetings", body, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(ApiJson.Options, ct))!;
    }

    /// <summary>A mission of the coming week to the provinces given, titled with <paramref name="token"/>.</summary>
    public static Task<MeetingDetail> MissionAsync(CauNoiApp app, string token, CancellationToken ct, params string[] provinces) =>
        CreateAsync(app, new
        {
            kind = "WorkingMission", title = $"Đoàn công tác {token} làm việc với địa phương", startsOn = Today, endsOn = Today.AddDays(1),
            place = "Trụ sở UBND tỉnh", chairName = "Thứ trưởng Nguyễn Sinh Nhật Tân",
            provinces = provinces.Select(p => new { provinceCode = p }).ToArray(),
        }, ct);

    public static async Task<MeetingDetail> ReadAsync(CauNoiApp app, string caller, int id, CancellationToken ct)
    {
        var response = await (await app.ApiAs(caller)).GetAsync($"/api/v1/meetings/{id}", ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(ApiJson.Options, ct))!;
    }

    public static async Task<int> FieldAsync(CauNoiApp app, string code, CancellationToken ct)
    {
        await using var scope = app.Db();
        return await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(ct);
    }

    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);
}
