using System.Globalization;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;

namespace CauNoi.Web.Shared;

/// <summary>What every feature relies on: pages, API documents, errors, health, headers.</summary>
public static class WebSetup
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        // Vietnamese text is written as is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Enumerations travel as their names ("Hotline", "InProgress"), readable and stable.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // What model binding says of a value it cannot take, in Vietnamese like every other message a user reads.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            var m = o.ModelBindingMessageProvider;
            m.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
            m.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
            m.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
            m.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị “{value}” không hợp lệ.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
            m.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
            m.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
            m.SetValueMustBeANumberAccessor(_ => "Vui lòng nhập một số.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Vui lòng nhập một số.");
            o.ModelBinderProviders.Insert(0, new CheckboxBinding());
        });
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Accounts/Setup");
            o.Conventions.AllowAnonymousToPage("/Home/Error");
        });
        services.AddDataProtectionKeys(configuration, contentRoot);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            if (context.ProblemDetails.Title is null or "" || context.ProblemDetails.Title.All(c => c < 128))
                context.ProblemDetails.Title = Problems.TitleFor(status);
            if (context.ProblemDetails.Detail is null || status >= 500)
                context.ProblemDetails.Detail = Problems.DetailFor(status);
            context.ProblemDetails.Extensions.Remove("exception");
            if (status == 503) context.HttpContext.Response.Headers.RetryAfter = "5";
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CauNoi API";
            document.Info.Description = "API của hệ thống Cầu Nối giữa Bộ Công Thương và địa phương. "
                + "Lấy token bằng POST /api/v1/auth/token rồi gửi kèm header Authorization: Bearer (token nhận được).";
            document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>
            {
                ["Bearer"] = new Microsoft.OpenApi.OpenApiSecurityScheme { Type = Microsoft.OpenApi.SecuritySchemeType.Http, Scheme = "bearer" },
            };
            document.Security = [new Microsoft.OpenApi.OpenApiSecurityRequirement { [new Microsoft.OpenApi.OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var vi = new CultureInfo("vi-VN");
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = [vi];
            o.SupportedUICultures = [vi];
            o.RequestCultureProviders.Clear();
        });
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedHeaders(app.Configuration));
        // The API answers every error as ProblemDetails; the web interface with its error page.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), web =>
        {
            web.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor, ExceptionHandlingPath = "/loi" });
            web.UseStatusCodePagesWithReExecute("/loi", "?code={0}");
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        // Every cookie (sign-in, antiforgery, TempData) is Secure over HTTPS, out of script's reach, and not sent by other sites' forms.
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            Secure = CookieSecurePolicy.SameAsRequest, HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always, MinimumSameSitePolicy = SameSiteMode.Lax,
        });
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAccountCheck();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o => { o.SwaggerEndpoint("/openapi/v1.json", "CauNoi API v1"); o.RoutePrefix = "api-docs"; o.DocumentTitle = "CauNoi API"; });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The client's address and scheme as a proxy in front says them (X-Forwarded-For, X-Forwarded-Proto), believed only
    /// from the proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c>
    /// (CIDR), besides this machine: otherwise every user would share the proxy's address in the sign-in limit.
    /// </summary>
    private static ForwardedHeadersOptions ForwardedHeaders(IConfiguration config)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        };
        foreach (var proxy in List(config["ForwardedHeaders:KnownProxies"]))
            options.KnownProxies.Add(System.Net.IPAddress.TryParse(proxy, out var address) ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' không phải là địa chỉ IP."));
        foreach (var network in List(config["ForwardedHeaders:KnownNetworks"]))
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' không phải là dải địa chỉ dạng 10.0.0.0/8."));
        return options;

        static string[] List(string? value) => (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>Bad input that slipped past validation is the caller's fault (400), not a crash (500).</summary>
    private static int StatusFor(Exception e) => e switch
    {
        BadHttpRequestException b => b.StatusCode,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => 400,
        InvalidDataException => 413,   // a multipart section beyond its limit
        _ when UnstorableText(e) => 400,
        _ when DatabaseUnavailable(e) => 503,
        _ => 500,
    };

    /// <summary>
    /// Text PostgreSQL cannot take (SQLSTATE 22021: a NUL character) in a value that no validation looked at, such as a
    /// search or a code: the request is wrong, not the server.
    /// </summary>
    private static bool UnstorableText(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException { SqlState: "22021" }) return true;
        return false;
    }

    /// <summary>
    /// The database is away for a moment (restarting, failing over, its pool exhausted): the request may be retried as it
    /// is, which a 503 with Retry-After tells a client; a 500 says the request itself broke something.
    /// </summary>
    private static bool DatabaseUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException { IsTransient: true } or TimeoutException) return true;
        return false;
    }

    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Set as the response starts: the exception handler clears the headers of an error answer before writing it.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            // What the API answers is one official's data: no browser or proxy keeps a copy.
            if (IsApi(context)) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next();
    });
}
