using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Files;

public static class FilesSetup
{
    /// <summary>The file store that <c>Attachments:Store</c> names (<c>Folder</c> by default), the attachment limits, and the orphan sweep.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var store = FileStoreFor(config, contentRoot);
        // Made now, so that a wrong setting stops the start; given by a factory, so that the host disposes it (an S3 client).
        services.AddSingleton<IFileStore>(_ => store);
        services.AddSingleton(new AttachmentStore(store, config.GetValue("Attachments:MaxBytes", AttachmentStore.DefaultMaxBytes),
            Path.GetFullPath(config["Attachments:TempPath"] is { Length: > 0 } temp ? temp : Path.Combine(Path.GetTempPath(), "caunoi-uploads"), contentRoot)));
        services.AddSingleton(OrphanSweep.Settings.Read(config));
        services.AddSingleton<OrphanSweep>();
        return services;
    }

    /// <summary>The configured store; a name it does not know stops the start with the reason.</summary>
    public static IFileStore FileStoreFor(IConfiguration config, string contentRoot) => config["Attachments:Store"] switch
    {
        null or "" or "Folder" => FolderFor(config, contentRoot),
        "S3" => new S3FileStore(S3Settings.Read(config)),
        var other => throw new InvalidOperationException($"Attachments:Store is '{other}': it must be 'Folder' or 'S3'."),
    };

    /// <summary>The folder <c>Attachments:Path</c> names (data/attachments by default), whichever store is chosen: the source of --copy-files-to-s3.</summary>
    public static FolderFileStore FolderFor(IConfiguration config, string contentRoot) => new(
        Path.GetFullPath(config["Attachments:Path"] is { Length: > 0 } path ? path : Path.Combine("data", "attachments"), contentRoot));
}
