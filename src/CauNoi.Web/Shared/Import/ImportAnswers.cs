using CauNoi.Web.Shared.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Shared.Import;

/// <summary>How the API takes a list in and answers a refused one, the same for every import.</summary>
public static class ImportAnswers
{
    /// <summary>Problems listed in one answer; a list wrong on every row still gets a readable reply.</summary>
    public const int MaxProblemsReported = 1_000;
    /// <summary>Room for the form fields and multipart framing around the largest file accepted.</summary>
    public const long MaxRequestBytes = SpreadsheetReader.MaxBytes + 1024 * 1024;

    /// <summary>An import endpoint: a form up to the largest file accepted, posted by a page or a Bearer client.</summary>
    public static RouteHandlerBuilder TakesSpreadsheet(this RouteHandlerBuilder endpoint) => endpoint
        // Bearer clients send no antiforgery token; the sign-in cookie is SameSite=Lax, so no other site can post with it.
        .DisableAntiforgery()
        // No Accepts metadata: routing would answer 415 before authentication says 401;
        // the handler checks the content type itself, after the caller is known.
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes });

    /// <summary>A template to download, written by <paramref name="write"/>.</summary>
    public static async Task<FileStreamHttpResult> TemplateAsync(Func<Stream, Task> write, string fileName)
    {
        var file = new MemoryStream();
        await write(file);
        file.Position = 0;
        return TypedResults.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }

    /// <summary>
    /// The multipart form, read here rather than bound so that a file over the limit is answered in words, not a bare 400;
    /// or the problem to answer. <paramref name="fields"/> names what the form should hold, for the 415 answer.
    /// </summary>
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadFormAsync(HttpRequest http, string fields, CancellationToken ct)
    {
        if (!http.HasFormContentType)
            return (null, TypedResults.Problem($"Gửi tệp và các trường dạng multipart/form-data: {fields}.", statusCode: 415, title: "Định dạng dữ liệu không được hỗ trợ"));
        try { return (await http.ReadFormAsync(ct), null); }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, TypedResults.Problem($"Không đọc được dữ liệu gửi lên: tệp lớn hơn {SpreadsheetReader.MaxBytes / 1024 / 1024} MB hoặc biểu mẫu bị hỏng.",
                statusCode: 413, title: "Dữ liệu gửi lên quá lớn"));
        }
    }

    /// <summary>400 with a summary a person can read and the problems as data: errors (row, column, message) and errorCount.</summary>
    public static ProblemHttpResult Refused(IReadOnlyList<ImportProblem> problems, string rowIs) =>
        Problems.BadRequest(Summary(problems, rowIs), new Dictionary<string, object?>
        {
            ["errors"] = problems.Take(MaxProblemsReported).ToList(),
            ["errorCount"] = problems.Count,
        });

    private static string Summary(IReadOnlyList<ImportProblem> problems, string rowIs)
    {
        var rows = problems.Where(p => p.Row is not null).Select(p => p.Row).Distinct().Count();
        var head = rows > 0 ? $"Có {Display.Number(problems.Count)} lỗi ở {Display.Number(rows)} dòng" : $"Có {Display.Number(problems.Count)} lỗi";
        return $"{head}; chưa {rowIs} nào được lưu. Sửa tệp rồi nhập lại. "
            + string.Join(" ", problems.Take(20).Select(p => p + (p.Message.EndsWith('.') ? "" : ".")))
            + (problems.Count > 20 ? $" Và {Display.Number(problems.Count - 20)} lỗi khác." : "");
    }
}
