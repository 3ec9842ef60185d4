using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Home;

/// <summary>The page shown for any error status in the web interface; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Detail { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? Response.StatusCode);
    public void OnPost(int? code) => Describe(code ?? Response.StatusCode);

    private void Describe(int code)
    {
        Title = code == 404 ? "Không tìm thấy" : Problems.TitleFor(code);
        Detail = code == 404 ? "Không tìm thấy trang hoặc bản ghi này, hoặc bản ghi nằm ngoài phạm vi của bạn." : Problems.DetailFor(code);
    }
}
