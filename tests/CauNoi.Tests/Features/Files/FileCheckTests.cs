using System.Text.RegularExpressions;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Files;

/// <summary>
/// <c>--check-files</c> reads every stored file a record refers to and reports, one line each, those missing from the
/// store and those whose content is no longer what was uploaded. The collection's database also holds the files other
/// tests attached, so this test counts what it adds on top of what it found first.
/// </summary>
public abstract partial class FileCheckTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task MissingAndAlteredFiles_AreReportedOneLineEach_WithTheRecordAndBothNames_AndTheCheckFails()
    {
        var before = await CheckAsync();
        var id = (await App.SubmitAsync("so.hanoi", "Kiểm tra tệp lưu trữ " + RecommendationSteps.Token(), "Kèm ba tệp.", ct: Ct)).Summary.Id;
        var number = Recommendation.FormatNumber(id);
        await App.AttachAsync("so.hanoi", id,
            [("Biên bản hiện trường.pdf", StoredFileSteps.UniquePdf(2000)), ("Công văn.pdf", StoredFileSteps.UniquePdf(3000)), ("Ảnh chụp.pdf", StoredFileSteps.UniquePdf())], Ct);

        var whole = await CheckAsync();

        Assert.Equal((before.Checked + 3, before.Whole + 3, before.Missing, before.Altered), (whole.Checked, whole.Whole, whole.Missing, whole.Altered));
        Assert.Equal(before.ExitCode, whole.ExitCode);
        Assert.DoesNotContain(whole.Lines, l => l.StartsWith(number));

        Dictionary<string, string> stored;
        await using (var scope = App.Db())
            stored = await scope.Context.RecommendationAttachments.Where(a => a.RecommendationId == id).ToDictionaryAsync(a => a.FileName, a => a.StoredName, Ct);
        File.Delete(Path.Combine(App.FilesFolder(), stored["Biên bản hiện trường.pdf"]));
        var altered = Path.Combine(App.FilesFolder(), stored["Công văn.pdf"]);
        var bytes = await File.ReadAllBytesAsync(altered, Ct);
        bytes[^1] ^= 0xFF;   // the same size, one byte different: only the hash can tell
        await File.WriteAllBytesAsync(altered, bytes, Ct);

        var damaged = await CheckAsync();

        Assert.Equal(1, damaged.ExitCode);
        Assert.Equal((before.Checked + 3, before.Whole + 1, before.Missing + 1, before.Altered + 1), (damaged.Checked, damaged.Whole, damaged.Missing, damaged.Altered));
        var ours = damaged.Lines.Where(l => l.StartsWith(number)).ToList();
        Assert.Equal(2, ours.Count);
        Assert.Single(ours, l => l.Contains("\"Biên bản hiện trường.pdf\"") && l.Contains(stored["Biên bản hiện trường.pdf"]) && l.Contains("thiếu"));
        Assert.Single(ours, l => l.Contains("\"Công văn.pdf\"") && l.Contains(stored["Công văn.pdf"]) && l.Contains("bị thay đổi"));
    }

    private sealed record Outcome(int ExitCode, IReadOnlyList<string> Lines, long Checked, long Whole, long Missing, long Altered);

    /// <summary>Runs the check as the command does, and reads its summary line back as numbers.</summary>
    private async Task<Outcome> CheckAsync()
    {
        var output = new StringWriter();
        var exitCode = await FileCheck.RunAsync(App.Services, output, Ct);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var summary = Summary().Match(lines[^1]);
        Assert.True(summary.Success, lines[^1]);
        long N(int group) => long.Parse(summary.Groups[group].Value.Replace(".", ""));
        return new(exitCode, lines, N(1), N(2), N(3), N(4));
    }

    [GeneratedRegex(@"^Đã kiểm tra ([\d.]+) tệp: ([\d.]+) nguyên vẹn, ([\d.]+) thiếu, ([\d.]+) bị thay đổi$")]
    private static partial Regex Summary();
}

[Collection(SqliteCollection.Name)]
public sealed class FileCheckOnSqlite(SqliteApp app) : FileCheckTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FileCheckOnPostgres(PostgresApp app) : FileCheckTests(app);
