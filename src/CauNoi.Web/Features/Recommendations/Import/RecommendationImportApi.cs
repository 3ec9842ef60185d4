using System.Globalization;
using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Recommendations.Import;

public static class RecommendationImportApi
{
    public sealed record Imported(int Count, IReadOnlyList<int> Ids);

    public static void MapRecommendationImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recommendations").WithTags("Kiến nghị");
        group.MapGet("/import/template", Template).WithSummary("Tệp mẫu .xlsx để nhập danh sách kiến nghị từ hội nghị");
        group.MapPost("/import", Import)
            .WithSummary("Nhập danh sách kiến nghị từ hội nghị (.xlsx hoặc .xls, multipart: file, conferenceName hoặc meetingId của hội nghị trong sổ, receivedOn yyyy-MM-dd, channel); cán bộ của Bộ")
            .TakesSpreadsheet();
    }

    private static Task<FileStreamHttpResult> Template(CauNoiDb db, CancellationToken ct) =>
        ImportAnswers.TemplateAsync(file => ConferenceTemplate.WriteAsync(db, file, ct), "mau-nhap-kien-nghi-hoi-nghi.xlsx");

    private static async Task<Results<Ok<Imported>, ProblemHttpResult>> Import(
        HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (!ConferenceImport.MayImport(actor))
            return TypedResults.Problem("Chỉ cán bộ của Bộ nhập danh sách kiến nghị từ hội nghị.", statusCode: 403, title: "Không có quyền");
        var (form, refused) = await ImportAnswers.ReadFormAsync(http, "file, conferenceName (or meetingId), receivedOn, channel", ct);
        if (form is null) return refused!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp danh sách kiến nghị (.xlsx hoặc .xls).");
        string? conferenceName = form["conferenceName"], receivedOn = form["receivedOn"], channel = form["channel"], meeting = form["meetingId"];

        List<ImportProblem> problems = [];
        DateOnly? on = null;
        if (!string.IsNullOrWhiteSpace(receivedOn))
        {
            if (DateOnly.TryParseExact(receivedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) on = d;
            else problems.Add(new(null, ConferenceImport.DateColumn, "Ngày hội nghị không hợp lệ: ghi dạng yyyy-MM-dd, ví dụ 2026-11-21."));
        }
        var kind = Channel.Conference;
        if (!string.IsNullOrWhiteSpace(channel) && !(Enum.TryParse(channel.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind)))
        {
            problems.Add(new(null, ConferenceImport.ChannelColumn, "Kênh tiếp nhận không hợp lệ: Conference, Hotline, Letter, Email hoặc WorkingVisit."));
            kind = Channel.Conference;
        }

        int? meetingId = null;
        if (!string.IsNullOrWhiteSpace(meeting))
        {
            if (int.TryParse(meeting.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) meetingId = id;
            else problems.Add(new(null, ConferenceImport.MeetingColumn, "Số hội nghị (meetingId) không hợp lệ: ghi số, ví dụ 12."));
        }
        var request = new ConferenceImport.Request(conferenceName, on, kind, meetingId);
        var at = clock.GetUtcNow().UtcDateTime;
        SpreadsheetImport.Checked<Recommendation> list;
        await using (var stream = file.OpenReadStream())
            list = await ConferenceImport.CheckAsync(db, actor!, stream, request, problems, at, VietnamTime.Today(clock), ct);
        if (list.Problems is { Count: > 0 } found)
            return ImportAnswers.Refused(found, ConferenceTemplate.Definition.RowIs);
        var ids = await ConferenceImport.StoreAsync(db, list.Items, request, at, ct);
        return TypedResults.Ok(new Imported(ids.Count, ids));
    }
}
