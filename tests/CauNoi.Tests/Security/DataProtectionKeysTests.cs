using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Security;

/// <summary>
/// The keys that sign cookies and tokens are kept in the database for every instance to share; with a certificate
/// configured they are kept there encrypted, and a sign-in on one instance still works on another.
/// </summary>
public sealed class DataProtectionKeysTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithACertificate_TheKeysAreStoredEncrypted_AndATokenFromOneInstanceWorksOnAnother()
    {
        var (pfx, password) = NewCertificateFile();
        await using var app = new CauNoiApp(Engine.Sqlite);
        await using var first = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", pfx).UseSetting("DataProtection:CertificatePassword", password));
        await using var second = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", pfx).UseSetting("DataProtection:CertificatePassword", password));

        var token = await TokenAsync(first, "so.tuyenquang");
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<CauNoi.Web.Features.Accounts.AccountsApi.Me>("/api/v1/me", Ct);

        Assert.Equal("so.tuyenquang", me!.UserName);
        var keys = await KeysAsync(first);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml);   // where an unencrypted key keeps its secret
        });
    }

    [Fact]
    public async Task WithoutACertificate_TheKeysAreStoredInTheDatabase_AsBefore()
    {
        await using var app = new CauNoiApp(Engine.Sqlite);

        await TokenAsync(app, "so.tuyenquang");

        Assert.All(await KeysAsync(app), xml => Assert.Contains("<masterKey", xml));
    }

    [Fact]
    public async Task ACertificateFileThatIsNotThere_StopsTheStart_WithTheReason()
    {
        await using var app = new CauNoiApp(Engine.Sqlite);
        await using var misconfigured = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", "/khong-co/chung-thu.pfx"));

        var refused = Assert.Throws<InvalidOperationException>(() => misconfigured.Services);

        Assert.Contains("Không tìm thấy chứng thư số", refused.Message);
        Assert.Contains("/khong-co/chung-thu.pfx", refused.Message);
    }

    private static async Task<string> TokenAsync(WebApplicationFactory<Program> app, string userName)
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = CauNoi.Web.Data.DemoData.Password }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<List<string>> KeysAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CauNoi.Web.Data.CauNoiDb>();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct);
    }

    /// <summary>A self-signed certificate with its private key, as an operator would export it to a .pfx.</summary>
    private static (string Path, string Password) NewCertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Cau Noi data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"caunoi-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "Mật-khẩu-chứng-thư-2026"));
        return (path, "Mật-khẩu-chứng-thư-2026");
    }
}
