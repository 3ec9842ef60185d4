using System.Net;
using System.Net.Mail;

namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Where e-mails go (section <c>Smtp</c>): an SMTP server, or, when <see cref="PickupDirectory"/>
/// is set, .eml files in a folder (the Development default) instead of a server.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    /// <summary>Never logged, never stored with an error.</summary>
    public string? Password { get; set; }
    public string From { get; set; } = "Cầu Nối <no-reply@caunoi.local>";
    /// <summary>STARTTLS on the SMTP connection.</summary>
    public bool EnableSsl { get; set; } = true;
    /// <summary>A folder for .eml files; relative paths are under the content root.</summary>
    public string? PickupDirectory { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PickupDirectory) || !string.IsNullOrWhiteSpace(Host);

    /// <summary>Where mail goes, for the log: never the credentials.</summary>
    public string Destination => string.IsNullOrWhiteSpace(PickupDirectory) ? $"{Host}:{Port}" : PickupDirectory;

    public static SmtpSettings Read(IConfiguration config, string contentRoot)
    {
        var settings = config.GetSection("Smtp").Get<SmtpSettings>() ?? new SmtpSettings();
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
            settings.PickupDirectory = Path.GetFullPath(settings.PickupDirectory, contentRoot);
        return settings;
    }

    public SmtpClient CreateClient()
    {
        if (!string.IsNullOrWhiteSpace(PickupDirectory))
        {
            Directory.CreateDirectory(PickupDirectory);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = PickupDirectory };
        }
        var client = new SmtpClient(Host, Port) { EnableSsl = EnableSsl, Timeout = 30_000, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(UserName)) client.Credentials = new NetworkCredential(UserName, Password);
        return client;
    }
}
