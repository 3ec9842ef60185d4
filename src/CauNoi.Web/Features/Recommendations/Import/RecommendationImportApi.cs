using System.Globalization;
using CauNoi.Web.Features.Recommendations.Export;
using CauNoi.Web.Shared.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Recommendations.Import;

public static class RecommendationImportApi
{
    /// <summary>Problems listed in one answer; a list wrong on every row still gets a readable reply.</summary>
    public const int MaxProblemsReported = 1_000;
    /// <summary>Room for the form fields and multipart framing around the largest file accepted.</summary>
    private const long MaxRequestBytes = SpreadsheetReader.MaxBytes + 1024 * 1024;

    public sealed record Imported(int Count, IReadOnlyList<int> Ids);

    public static void MapRecommendationImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recommendations").WithTags("Kiến nghị");
        group.MapGet("/import/template", Template).WithSummary("Tệp mẫu .xlsx để nhập danh sách kiến nghị từ hội nghị");
        group.MapPost("/import", Import)
            .WithSummary("Nhập danh sách kiến nghị từ hội nghị (.xlsx hoặc .xls, multipart: file, conferenceName, receivedOn yyyy-MM-dd, channel); cán bộ của Bộ")
            // Bearer clients send no antiforgery token; the sign-in cookie is SameSite=Lax, so no other site can post with it.
            .DisableAntiforgery()
            // No Accepts metadata: routing would answer 415 before authentication says 401;
            // the handler checks the content type itself, after the caller is known.
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes });
    }

    private static async Task<FileStreamHttpResult> Template(CauNoiDb db, CancellationToken ct)
    {
        var file = new MemoryStream();
        await ImportTemplate.WriteAsync(db, file, ct);
        file.Position = 0;
        return TypedResults.File(file, RecommendationExport.XlsxType, "mau-nhap-kien-nghi-hoi-nghi.xlsx");
    }

    private static async Task<Results<Ok<Imported>, ProblemHttpResult>> Import(
        HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (!ConferenceImport.MayImport(actor))
            return TypedResults.Problem("Chỉ cán bộ của Bộ nhập danh sách kiến nghị từ hội nghị.", statusCode: 403, title: "Không có quyền");
        if (!http.HasFormContentType)
            return TypedResults.Problem("Gửi tệp và các trường dạng multipart/form-data: file, conferenceName, receivedOn, channel.", statusCode: 415, title: "Định dạng dữ liệu không được hỗ trợ");
        // Read here rather than bound, so that a file over the limit is answered in words, not a bare 400.
        IFormCollection form;
        try { form = await http.ReadFormAsync(ct); }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return TypedResults.Problem($"Không đọc được dữ liệu gửi lên: tệp lớn hơn {SpreadsheetReader.MaxBytes / 1024 / 1024} MB hoặc biểu mẫu bị hỏng.",
                statusCode: 413, title: "Dữ liệu gửi lên quá lớn");
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp danh sách kiến nghị (.xlsx hoặc .xls).");
        string? conferenceName = form["conferenceName"], receivedOn = form["receivedOn"], channel = form["channel"];

        List<ConferenceImport.Problem> problems = [];
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

        var request = new ConferenceImport.Request(conferenceName, on, kind);
        var at = clock.GetUtcNow().UtcDateTime;
        ConferenceImport.Checked list;
        await using (var stream = file.OpenReadStream())
            list = await ConferenceImport.CheckAsync(db, actor!, stream, request, problems, at, VietnamTime.Today(clock), ct);
        if (list.Problems is { Count: > 0 } found)
            return Problems.BadRequest(Summary(found), new Dictionary<string, object?>
            {
                ["errors"] = found.Take(MaxProblemsReported).ToList(),
                ["errorCount"] = found.Count,
            });
        var ids = await ConferenceImport.StoreAsync(db, list.Recommendations, request, at, ct);
        return TypedResults.Ok(new Imported(ids.Count, ids));
    }

    private static string Summary(IReadOnlyList<ConferenceImport.Problem> problems)
    {
        var rows = problems.Where(p => p.Row is not null).Select(p => p.Row).Distinct().Count();
        var head = rows > 0 ? $"Có {Display.Number(problems.Count)} lỗi ở {Display.Number(rows)} dòng" : $"Có {Display.Number(problems.Count)} lỗi";
        return $"{head}; chưa kiến nghị nào được lưu. Sửa tệp rồi nhập lại. "
            + string.Join(" ", problems.Take(20).Select(p => p + (p.Message.EndsWith('.') ? "" : ".")))
            + (problems.Count > 20 ? $" Và {Display.Number(problems.Count - 20)} lỗi khác." : "");
    }
}
