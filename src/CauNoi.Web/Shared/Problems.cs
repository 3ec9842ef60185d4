using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Shared;

/// <summary>ProblemDetails answers with Vietnamese titles, the API's only error shape.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: 400, title: "Dữ liệu không hợp lệ", extensions: extensions);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: 401, title: "Chưa xác thực");

    public static ProblemHttpResult NotFound(string detail = "Không tìm thấy bản ghi, hoặc bản ghi nằm ngoài phạm vi của bạn.") =>
        TypedResults.Problem(detail, statusCode: 404, title: "Không tìm thấy");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: 409, title: "Xung đột dữ liệu");

    /// <summary>A workflow step refused: 403 to a caller who may not take it, 409 from the record's state or for what it lacks.</summary>
    public static ProblemHttpResult Refused(Workflow.WorkflowRefusal refusal) =>
        refusal.Forbidden ? TypedResults.Problem(refusal.Message, statusCode: 403, title: "Không có quyền") : Conflict(refusal.Message);

    /// <summary>Vietnamese titles for the status codes the framework itself answers with.</summary>
    public static string TitleFor(int status) => status switch
    {
        400 => "Dữ liệu không hợp lệ",
        401 => "Chưa xác thực",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        409 => "Xung đột dữ liệu",
        413 => "Dữ liệu gửi lên quá lớn",
        415 => "Định dạng dữ liệu không được hỗ trợ",
        429 => "Quá nhiều yêu cầu",
        503 => "Hệ thống tạm thời gián đoạn",
        _ when status >= 500 => "Lỗi hệ thống",
        _ => "Yêu cầu không thực hiện được",
    };

    public static string DetailFor(int status) => status switch
    {
        401 => "Bạn cần đăng nhập (cookie hoặc bearer token) để dùng chức năng này.",
        403 => "Vai trò của bạn không được phép thực hiện thao tác này.",
        404 => "Không tìm thấy bản ghi, hoặc bản ghi nằm ngoài phạm vi của bạn.",
        503 => "Cơ sở dữ liệu tạm thời không phản hồi; yêu cầu chưa được ghi nhận. Vui lòng gửi lại sau ít giây.",
        _ when status >= 500 => "Hệ thống gặp lỗi khi xử lý yêu cầu. Lỗi đã được ghi lại; vui lòng thử lại sau.",
        _ => TitleFor(status),
    };
}
