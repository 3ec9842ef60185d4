using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Web.Features.Accounts;

/// <summary>
/// Production never ships a known password: the first administrator is created either by
/// <c>--create-admin NAME</c> (password from CAUNOI_ADMIN_PASSWORD or typed at the prompt) or
/// on the one-time setup page with the setup code written to the log at start-up.
/// </summary>
public static class FirstAdministrator
{
    public const string OrganisationCode = "VPB";

    public static async Task<bool> ExistsAsync(CauNoiDb db) =>
        await db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SystemAdministrator));

    public static async Task<IdentityResult> CreateAsync(IServiceProvider services, string userName, string fullName, string password)
    {
        var db = services.GetRequiredService<CauNoiDb>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (await ExistsAsync(db))
            return IdentityResult.Failed(new IdentityError { Code = "AdminExists", Description = "Đã có quản trị hệ thống; hãy đăng nhập bằng tài khoản đó." });
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
            await roles.CreateAsync(new IdentityRole(role));

        var org = await db.Organisations.SingleAsync(o => o.Code == OrganisationCode);
        var user = new AppUser { UserName = userName.Trim(), FullName = fullName.Trim(), OrganisationId = org.Id, JobTitle = "Quản trị hệ thống" };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.SystemAdministrator);
        return result;
    }

    /// <summary>Handles <c>--create-admin NAME</c>; true when the process should stop after it.</summary>
    public static async Task<bool> RunCommandLineAsync(IServiceProvider services, string[] args)
    {
        var at = Array.IndexOf(args, "--create-admin");
        using var scope = services.CreateScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("CauNoi.Setup");
        if (at < 0)
        {
            if (!await ExistsAsync(scope.ServiceProvider.GetRequiredService<CauNoiDb>()))
                logger.LogWarning("Chưa có quản trị hệ thống. Mở /cai-dat với mã cài đặt {SetupCode}, hoặc chạy lại với --create-admin TEN", SetupCode(services));
            return false;
        }
        if (at + 1 >= args.Length) { Console.Error.WriteLine("Cách dùng: --create-admin TEN_DANG_NHAP"); Environment.ExitCode = 2; return true; }

        var password = Environment.GetEnvironmentVariable("CAUNOI_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password)) { Console.Write("Mật khẩu: "); password = Console.ReadLine() ?? ""; }
        var result = await CreateAsync(scope.ServiceProvider, args[at + 1], "Quản trị hệ thống", password);
        if (result.Succeeded) Console.WriteLine($"Đã tạo quản trị hệ thống '{args[at + 1]}'.");
        else { Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description))); Environment.ExitCode = 1; }
        return true;
    }

    /// <summary>
    /// A code valid for a day, derived from the shared data-protection keys, so that any
    /// instance accepts the code any other instance logged.
    /// </summary>
    public static string SetupCode(IServiceProvider services) =>
        Protector(services).Protect("first-admin", TimeSpan.FromDays(1));

    public static bool IsValidSetupCode(IServiceProvider services, string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return false;
        try { return Protector(services).Unprotect(code.Trim()) == "first-admin"; }
        catch (System.Security.Cryptography.CryptographicException) { return false; }
    }

    private static ITimeLimitedDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CauNoi.FirstAdministrator").ToTimeLimitedDataProtector();
}
