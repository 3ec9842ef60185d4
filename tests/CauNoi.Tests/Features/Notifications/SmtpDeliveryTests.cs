using System.Text;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using MimeKit;
using netDumbster.smtp;

namespace CauNoi.Tests.Features.Notifications;

/// <summary>E-mails sent to a real SMTP server listening on 127.0.0.1 inside the test.</summary>
public abstract class SmtpDeliveryTests(CauNoiApp app) : AppTests(app)
{
    private const string Site = "https://caunoi.moit.gov.vn";

    private static SimpleSmtpServer StartServer() => Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(Ports.Free()).Build();

    private static SmtpSettings To(SimpleSmtpServer server) =>
        new() { Host = "127.0.0.1", Port = server.Configuration.Port, EnableSsl = false, PublicBaseUrl = Site };

    /// <summary>What the server received: the envelope's recipients, and subject and text as a mail client reads them.</summary>
    private static List<(string[] Recipients, string[] To, string Subject, string Text)> Received(SimpleSmtpServer server) =>
        [.. server.ReceivedEmail.Select(m =>
        {
            using var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)));
            return (m.ToAddresses.Select(a => a.Address).ToArray(), message.To.Mailboxes.Select(a => a.Address).ToArray(),
                message.Subject ?? "", (message.TextBody ?? "").ReplaceLineEndings("\n").TrimEnd('\n'));
        })];

    /// <summary>Runs the sender until it finds nothing left to send (other tests' e-mails go too).</summary>
    private async Task SendAllAsync(SmtpSettings smtp)
    {
        await using var scope = App.Db();
        for (var run = 0; run < 100 && await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System, smtp, NullLogger.Instance, Ct) > 0; run++) { }
    }

    private async Task<OutboxEmail> StoredAsync(long id)
    {
        await using var scope = App.Db();
        return await scope.Context.OutboxEmails.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
    }

    private async Task<long> QueueAsync(string to, string subject)
    {
        await using var scope = App.Db();
        var mail = new OutboxEmail { To = to, Subject = subject, Body = "Kiến nghị đã được trả lời.\n\nXem chi tiết: /kien-nghi/1", CreatedAt = DateTime.UtcNow };
        scope.Context.OutboxEmails.Add(mail);
        await scope.Context.SaveChangesAsync(Ct);
        return mail.Id;
    }

    [Fact]
    public async Task Submission_ArrivesForTheUnitAndTheFocalLeader_InVietnamese_WithAnAbsoluteLink()
    {
        var unitAddress = $"cucdienluc-{Guid.NewGuid():N}"[..24] + "@moit.gov.vn";
        string? previous;
        await using (var scope = App.Db())
        {
            previous = await scope.Context.Organisations.Where(o => o.Code == "DL").Select(o => o.Email).SingleAsync(Ct);
            await scope.Context.Organisations.Where(o => o.Code == "DL").ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, unitAddress), Ct);
        }
        try
        {
            using var server = StartServer();
            var title = "Điện chập chờn ở phường Hoàn Kiếm, đề nghị Cục Điện lực kiểm tra " + Guid.NewGuid().ToString("N")[..6];
            var submitted = (await App.SubmitAsync("xa.hoankiem", title, "Lưới điện hạ thế quá tải vào giờ cao điểm.", "NL", ct: Ct)).Summary;
            var (_, leaderAddress) = await RecommendationSetup.UserAsync(App, "phutrach.hanoi", Ct);

            await SendAllAsync(To(server));

            var ours = Received(server).Where(r => r.Subject.Contains(submitted.Number)).ToList();
            var body = $"{title}\nHạn trả lời: {submitted.DueOn:dd'/'MM'/'yyyy}\n\nXem chi tiết: https://caunoi.moit.gov.vn/kien-nghi/{submitted.Id}";
            var expected = new[]
            {
                (unitAddress, $"[Cầu Nối] Kiến nghị mới {submitted.Number}"),
                (leaderAddress, $"[Cầu Nối] Kiến nghị mới của tỉnh phụ trách: {submitted.Number}"),
            };
            Assert.Equal(expected.Order(), ours.Select(r => (Assert.Single(r.Recipients), r.Subject)).Order());
            Assert.All(ours, r =>
            {
                Assert.Equal(r.Recipients, r.To);
                Assert.Equal(body, r.Text);
            });
        }
        finally
        {
            await using var scope = App.Db();
            await scope.Context.Organisations.Where(o => o.Code == "DL").ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, previous), Ct);
        }
    }

    [Fact]
    public async Task RecipientTheServerRefuses_CountsAnAttemptAndWaits_AndTheNextEmailStillArrives()
    {
        using var server = StartServer();
        var marker = Guid.NewGuid().ToString("N")[..10];
        // This server refuses a recipient whose domain is shorter than five characters ("451 Address is invalid").
        var refused = await QueueAsync($"{marker}@x.vn", $"[Cầu Nối] Bị từ chối {marker}");
        var accepted = await QueueAsync($"{marker}@thu.caunoi.local", $"[Cầu Nối] Được nhận {marker}");

        await SendAllAsync(To(server));

        var (failed, sent) = (await StoredAsync(refused), await StoredAsync(accepted));
        Assert.Equal((1, null), (failed.Attempts, failed.SentAt));
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        Assert.True(failed.LockedUntil > DateTime.UtcNow, "a refused e-mail waits before it is tried again");
        Assert.NotNull(sent.SentAt);
        Assert.Equal([$"{marker}@thu.caunoi.local"], Received(server).Where(r => r.Subject.Contains(marker)).SelectMany(r => r.Recipients));
    }

    [Fact]
    public async Task ServerWithoutStartTls_WhenTlsIsRequired_GetsNothing_AndTheMailWaitsForRetry()
    {
        using var server = StartServer();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var id = await QueueAsync($"{marker}@thu.caunoi.local", $"[Cầu Nối] Thư thử {marker}");
        var smtp = To(server);
        smtp.EnableSsl = true;
        smtp.UserName = "caunoi";
        smtp.Password = "Mật-khẩu-bí-mật-5172";

        // Other tests' e-mails are queued before ours: run until ours has been tried.
        for (var run = 0; run < 50 && (await StoredAsync(id)).Attempts == 0; run++)
        {
            await using var scope = App.Db();
            await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System, smtp, NullLogger.Instance, Ct);
        }

        var failed = await StoredAsync(id);
        Assert.Equal((1, null), (failed.Attempts, failed.SentAt));
        Assert.True(failed.LockedUntil > DateTime.UtcNow, "a failed e-mail waits before it is tried again");
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        Assert.DoesNotContain(smtp.Password, failed.LastError!);
        Assert.Equal(0, server.ReceivedEmailCount);
    }

}

[Collection(SqliteCollection.Name)]
public sealed class SmtpDeliveryOnSqlite(SqliteApp app) : SmtpDeliveryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SmtpDeliveryOnPostgres(PostgresApp app) : SmtpDeliveryTests(app);

/// <summary>CauNoi:PublicBaseUrl, the site's address that links in e-mails start with.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData("Development", null, "http://localhost:5080")]
    [InlineData("Production", null, null)]
    [InlineData("Production", "https://caunoi.moit.gov.vn/", "https://caunoi.moit.gov.vn")]
    [InlineData("Development", " http://10.0.0.5:8080 ", "http://10.0.0.5:8080")]
    public void Read_DefaultsToLocalhostInDevelopmentOnly(string environment, string? setting, string? expected)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CauNoi:PublicBaseUrl"] = setting }).Build();

        var smtp = SmtpSettings.Read(config, new HostingEnvironment { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });

        Assert.Equal(expected, smtp.PublicBaseUrl);
    }

    [Theory]
    [InlineData("Smtp:Host", "smtp.moit.gov.vn")]
    [InlineData("Smtp:PickupDirectory", "thu")]
    public void Missing_WhereEmailIsSentOutsideDevelopment_StopsTheStart_SayingWhatToSet(string key, string value)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value, ["CauNoi:PublicBaseUrl"] = "" }).Build();

        var e = Assert.Throws<InvalidOperationException>(() =>
            SmtpSettings.Read(config, new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() }));

        Assert.Contains("CauNoi:PublicBaseUrl chưa được đặt", e.Message);
    }

    [Fact]
    public void Missing_WhereNoEmailIsSent_IsAllowed()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Smtp:Host"] = "" }).Build();

        var smtp = SmtpSettings.Read(config, new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });

        Assert.Null(smtp.PublicBaseUrl);
    }

    [Theory]
    [InlineData("caunoi.moit.gov.vn")]
    [InlineData("ftp://caunoi.moit.gov.vn")]
    [InlineData("/kien-nghi")]
    public void MalformedAddress_StopsTheStart_SayingWhatIsExpected(string value)
    {
        using var app = new AppWithPublicBaseUrl(value);

        var e = Assert.ThrowsAny<Exception>(() => app.Services);

        var messages = string.Join(" | ", Chain(e).Select(x => x.Message));
        Assert.Contains($"CauNoi:PublicBaseUrl '{value}' không hợp lệ", messages);
        Assert.Contains("http:// hoặc https://", messages);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }

    private sealed class AppWithPublicBaseUrl(string value) : CauNoiApp(Engine.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CauNoi:PublicBaseUrl", value);
        }
    }
}
