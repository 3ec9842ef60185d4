namespace CauNoi.Web.Features.Files;

/// <summary>
/// Files in one folder of this machine (<c>Attachments:Path</c>, by default data/attachments under the content root):
/// the embedded default, fine for one instance or for several on a shared volume.
/// </summary>
public sealed class FolderFileStore(string folder) : IFileStore
{
    private const int Buffer = 81920;

    public string Folder => folder;
    public string Location => folder;

    public async Task PutAsync(string name, Stream content, CancellationToken ct = default)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(folder);
        // Written under a name of its own, then renamed: the final name only ever holds a whole file.
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, Buffer, useAsync: true))
            {
                await content.CopyToAsync(output, Buffer, ct);
                await output.FlushAsync(ct);
                output.Flush(flushToDisk: true);
            }
            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken ct = default)
    {
        try
        {
            return Task.FromResult<Stream?>(new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read, Buffer, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string name, CancellationToken ct = default)
    {
        var path = PathOf(name);
        // File.Delete ignores a missing file but not a missing folder: nothing has been stored yet.
        if (Directory.Exists(folder)) File.Delete(path);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFile> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
        {
            ct.ThrowIfCancellationRequested();
            yield return new StoredFile(file.Name, file.Length, file.LastWriteTimeUtc);
        }
        await Task.CompletedTask;
    }

    private string PathOf(string name) => Path.Combine(folder, StoredNames.Checked(name));
}
