using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CauNoi.Web.Shared;

/// <summary>
/// The keys that sign cookies and tokens live in the database, so every instance accepts every other's sign-ins. With
/// <c>DataProtection:CertificatePath</c> (a .pfx) they are encrypted at rest with that certificate.
/// </summary>
public static class DataProtectionKeys
{
    public static IServiceCollection AddDataProtectionKeys(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var keys = services.AddDataProtection().SetApplicationName("CauNoi").PersistKeysToDbContext<CauNoiDb>();
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return services;

        path = Path.GetFullPath(path, contentRoot);
        if (!File.Exists(path))
            throw new InvalidOperationException($"Không tìm thấy chứng thư số DataProtection:CertificatePath '{path}'.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"Chứng thư số '{path}' không có khóa bí mật: không dùng được để mã hóa khóa bảo vệ dữ liệu.");
        keys.ProtectKeysWithCertificate(certificate);
        return services;
    }
}
