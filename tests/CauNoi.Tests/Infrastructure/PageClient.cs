using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CauNoi.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CauNoi.Tests.Infrastructure;

/// <summary>A browser-like client for the server-rendered pages: cookies, antiforgery tokens, forms.</summary>
public sealed class PageClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public static PageClient For(CauNoiApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<PageClient> SignedIn(CauNoiApp app, string userName, string password = DemoData.Password)
    {
        var client = For(app);
        var response = await client.PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    public async Task<(HttpStatusCode Status, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return (response.StatusCode, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Loads the form's page for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var (_, page) = await GetAsync(formPage ?? url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await http.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
