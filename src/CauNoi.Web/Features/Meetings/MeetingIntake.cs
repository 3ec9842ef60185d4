using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// A meeting taken in from a page or the API: every field checked, every unit, province and account it names looked up,
/// the errors in Vietnamese by field. Nothing is written unless all of it holds.
/// </summary>
public static class MeetingIntake
{
    public sealed record UnitInput(int OrganisationId, string? Delegates = null);

    /// <param name="VisitOn">On a mission, the day it visits the province (its plan).</param>
    public sealed record ProvinceInput(string ProvinceCode, string? Delegates = null, DateOnly? VisitOn = null);

    /// <param name="Provinces">For a national conference, every province when none is named.</param>
    public sealed record MeetingInput(
        MeetingKind? Kind, string? Title, DateOnly? StartsOn, DateOnly? EndsOn, string? Place, string? ChairName,
        string? ChairId = null, Region? Region = null, string? Agenda = null, string? Report = null,
        UnitInput[]? Units = null, ProvinceInput[]? Provinces = null);

    /// <summary>The longest meeting: a mission of several provinces runs over days, not months.</summary>
    public const int LongestDays = 31;

    public static async Task<(Meeting? Meeting, FieldErrors Errors)> CheckAsync(CauNoiDb db, Actor actor, MeetingInput input, DateTime at, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!MeetingScope.MayOrganise(actor)) errors.Add("", "Tài khoản của bạn không được cập nhật hội nghị, đoàn công tác.");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(nameof(input.Kind), "Chọn loại: hội nghị toàn quốc, hội nghị khu vực hoặc đoàn công tác.");
        Region? region = null;
        if (input.Kind == MeetingKind.RegionalConference)
        {
            if (input.Region is { } r && Enum.IsDefined(r)) region = r;
            else errors.Add(nameof(input.Region), "Chọn khu vực của hội nghị: phía Bắc, miền Trung hoặc phía Nam.");
        }
        var title = CleanText.Of(input.Title, nameof(input.Title), "Tên hội nghị, đoàn công tác", MeetingConfiguration.TitleLength, required: true, errors);
        var place = CleanText.Of(input.Place, nameof(input.Place), "Địa điểm", MeetingConfiguration.PlaceLength, required: true, errors);
        var agenda = CleanText.Of(input.Agenda, nameof(input.Agenda), "Chương trình", MeetingConfiguration.TextLength, required: false, errors, multiline: true);
        var report = CleanText.Of(input.Report, nameof(input.Report), "Báo cáo kết quả", MeetingConfiguration.TextLength, required: false, errors, multiline: true);
        if (input.StartsOn is not { } starts) errors.Add(nameof(input.StartsOn), "Nhập ngày bắt đầu.");
        else if (input.EndsOn is { } ends && ends < starts) errors.Add(nameof(input.EndsOn), $"Ngày kết thúc ({Display.Date(ends)}) không được trước ngày bắt đầu ({Display.Date(starts)}).");
        else if (input.EndsOn is { } last && last.DayNumber - starts.DayNumber >= LongestDays)
            errors.Add(nameof(input.EndsOn), $"Một hội nghị, đoàn công tác kéo dài tối đa {LongestDays} ngày.");

        // The chair: an account of the Ministry when named; the name as the meeting records it, else the account's.
        var chairName = CleanText.Of(input.ChairName, nameof(input.ChairName), "Lãnh đạo chủ trì", MeetingConfiguration.ChairLength, required: false, errors);
        string? chairId = null;
        if (!string.IsNullOrWhiteSpace(input.ChairId))
        {
            var chair = await db.Users.Where(u => u.Id == input.ChairId && u.IsActive)
                .Select(u => new { u.Id, u.FullName, u.JobTitle, u.Organisation!.Kind }).FirstOrDefaultAsync(ct);
            if (chair is null || chair.Kind != OrganisationKind.MinistryUnit) errors.Add(nameof(input.ChairId), "Lãnh đạo chủ trì phải là một tài khoản đang hoạt động của Bộ.");
            else (chairId, chairName) = (chair.Id, chairName ?? (string.IsNullOrWhiteSpace(chair.JobTitle) ? chair.FullName : $"{chair.JobTitle} {chair.FullName}"));
        }
        if (chairName is null && !errors.ContainsKey(nameof(input.ChairId))) errors.Add(nameof(input.ChairName), "Nhập lãnh đạo chủ trì.");

        var unitIds = (input.Units ?? []).Select(u => u.OrganisationId).ToList();
        if (unitIds.Count != unitIds.Distinct().Count()) errors.Add(nameof(input.Units), "Mỗi đơn vị chỉ ghi một lần.");
        var units = await db.Organisations.Where(o => unitIds.Contains(o.Id) && o.Kind == OrganisationKind.MinistryUnit && o.IsActive).Select(o => o.Id).ToListAsync(ct);
        foreach (var missing in unitIds.Except(units)) errors.Add(nameof(input.Units), $"Không có đơn vị thuộc Bộ mã số {missing}.");

        var named = (input.Provinces ?? []).Select(p => p with { ProvinceCode = p.ProvinceCode?.Trim() ?? "" }).ToList();
        if (named.Select(p => p.ProvinceCode).Distinct().Count() != named.Count) errors.Add(nameof(input.Provinces), "Mỗi tỉnh, thành phố chỉ ghi một lần.");
        var codes = await db.Provinces.Select(p => p.Code).ToListAsync(ct);
        foreach (var p in named.Where(p => !codes.Contains(p.ProvinceCode))) errors.Add(nameof(input.Provinces), $"Không có tỉnh, thành phố mã '{p.ProvinceCode}'.");
        if (named.Count == 0 && input.Kind is MeetingKind.RegionalConference or MeetingKind.WorkingMission)
            errors.Add(nameof(input.Provinces), input.Kind == MeetingKind.WorkingMission ? "Chọn tỉnh, thành phố đoàn công tác đến làm việc." : "Chọn các tỉnh, thành phố dự hội nghị.");
        foreach (var p in named.Where(p => p.VisitOn is { } on && input.StartsOn is { } s && (on < s || on > (input.EndsOn ?? s))))
            errors.Add(nameof(input.Provinces), $"Ngày làm việc tại tỉnh mã {p.ProvinceCode} ({Display.Date(p.VisitOn!.Value)}) nằm ngoài thời gian của đoàn.");
        foreach (var p in named)
            CleanText.Of(p.Delegates, nameof(input.Provinces), "Thành phần của tỉnh", MeetingConfiguration.DelegatesLength, required: false, errors);
        if (errors.Count > 0) return (null, errors);

        // A national conference gathers every province unless told otherwise.
        if (named.Count == 0) named = [.. codes.Order(StringComparer.Ordinal).Select(c => new ProvinceInput(c))];
        return (new Meeting
        {
            Kind = input.Kind!.Value, Region = region, Title = title!, StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn ?? input.StartsOn!.Value,
            Place = place!, ChairId = chairId, ChairName = chairName!, Agenda = agenda, Report = report,
            OrganisedByOrganisationId = actor.OrganisationId, CreatedById = actor.UserId, CreatedAt = at, UpdatedAt = at,
            Units = [.. (input.Units ?? []).Select(u => new MeetingUnit { OrganisationId = u.OrganisationId, Delegates = VietnameseText.Clean(u.Delegates) is { Length: > 0 } d ? d : null })],
            // A one-day mission visits its provinces that day.
            Provinces = [.. named.Select(p => new MeetingProvince
            {
                ProvinceCode = p.ProvinceCode, Delegates = VietnameseText.Clean(p.Delegates) is { Length: > 0 } d ? d : null,
                VisitOn = p.VisitOn ?? (input.Kind == MeetingKind.WorkingMission && (input.EndsOn ?? input.StartsOn) == input.StartsOn ? input.StartsOn : null),
            })],
        }, errors);
    }
}
