using MailKit.Net.Smtp;
using MailKit.Security;

namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Where e-mails go (section <c>Smtp</c>): an SMTP server, or, when <see cref="PickupDirectory"/>
/// is set, .eml files in a folder (the Development default) instead of a server.
/// </summary>
public sealed class SmtpSettings
{
    public const string DevelopmentBaseUrl = "http://localhost:5080";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    /// <summary>Never logged, never stored with an error.</summary>
    public string? Password { get; set; }
    public string From { get; set; } = "Cầu Nối <no-reply@caunoi.local>";
    /// <summary>Encrypted or not at all: STARTTLS required (TLS from the first byte on port 465); false: no TLS.</summary>
    public bool EnableSsl { get; set; } = true;
    /// <summary>A folder for .eml files; relative paths are under the content root.</summary>
    public string? PickupDirectory { get; set; }
    /// <summary>
    /// The site's address as users reach it, without a trailing slash (<c>CauNoi:PublicBaseUrl</c>, not this
    /// section): links in e-mails are made absolute with it as they are sent. Required when e-mail is configured
    /// (outside Development, where it defaults to <see cref="DevelopmentBaseUrl"/>); null, no e-mail is sent.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PickupDirectory) || !string.IsNullOrWhiteSpace(Host);

    /// <summary>Where mail goes, for the log: never the credentials.</summary>
    public string Destination => string.IsNullOrWhiteSpace(PickupDirectory) ? $"{Host}:{Port}" : PickupDirectory;

    public static SmtpSettings Read(IConfiguration config, IHostEnvironment environment)
    {
        var settings = config.GetSection("Smtp").Get<SmtpSettings>() ?? new SmtpSettings();
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
            settings.PickupDirectory = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
        settings.PublicBaseUrl = ReadPublicBaseUrl(config) ?? (environment.IsDevelopment() ? DevelopmentBaseUrl : null);
        // An e-mail's link is how its reader gets to the record; a relative one opens nothing in a mail client.
        if (settings.IsConfigured && settings.PublicBaseUrl is null)
            throw new InvalidOperationException(
                "CauNoi:PublicBaseUrl chưa được đặt: cần địa chỉ của trang (ví dụ https://caunoi.moit.gov.vn) để gửi e-mail có đường dẫn dùng được. "
                + "Đặt CauNoi:PublicBaseUrl, hoặc bỏ cấu hình Smtp nếu không gửi e-mail.");
        return settings;
    }

    /// <summary><c>CauNoi:PublicBaseUrl</c> without its trailing slash, null when not set; anything but an absolute http(s) address is refused.</summary>
    public static string? ReadPublicBaseUrl(IConfiguration config)
    {
        var value = config["CauNoi:PublicBaseUrl"]?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || url.UserInfo != "" || url.Query != "" || url.Fragment != "")
            throw new InvalidOperationException(
                $"CauNoi:PublicBaseUrl '{value}' không hợp lệ: cần địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://, không có tham số, ví dụ https://caunoi.moit.gov.vn.");
        return url.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>A client connected to the server, and signed in when <see cref="UserName"/> is set; null when e-mails go to <see cref="PickupDirectory"/>.</summary>
    public async Task<SmtpClient?> ConnectAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(PickupDirectory))
        {
            Directory.CreateDirectory(PickupDirectory);
            return null;
        }
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = !EnableSsl ? SecureSocketOptions.None : Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(Host!, Port, security, ct);
            if (!string.IsNullOrEmpty(UserName)) await client.AuthenticateAsync(UserName, Password ?? "", ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
