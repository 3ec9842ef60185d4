using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// A task that follows up a finding (a working mission's, an inspection team's): its fields checked as any task's, its
/// title the finding's first words unless given, its description where the finding comes from, and the finding linked to
/// the task in the same transaction, so that neither is saved without the other.
/// </summary>
public static class FindingTasks
{
    /// <param name="origin">Where the finding was made, leading the description ("Theo kết quả kiểm tra ...").</param>
    /// <param name="provinceCode">The province the finding concerns: the task follows it too.</param>
    /// <param name="link">Records the saved task on the finding.</param>
    public static async Task<(WorkTask? Task, FieldErrors Errors)> AssignAsync(
        CauNoiDb db, Actor actor, Scope scope, TaskIntake.TaskInput input, string finding, string origin, string? provinceCode,
        Action<WorkTask> link, DateTime at, DateOnly today, CancellationToken ct)
    {
        var task = input with
        {
            Title = string.IsNullOrWhiteSpace(input.Title) ? Shorten(finding, 300) : input.Title,
            Description = input.Description ?? $"{origin}: {finding}",
            ProvinceCodes = provinceCode is { } p ? [.. (input.ProvinceCodes ?? []).Append(p).Distinct()] : input.ProvinceCodes,
        };
        var (checkedTask, errors) = await TaskIntake.CheckTaskAsync(db, actor, scope, task, today, await WorkingCalendar.LoadAsync(db, ct), ct);
        if (checkedTask is null) return (null, errors);
        return (await SaveLinkedAsync(db, actor, checkedTask, link, at, ct), errors);
    }

    /// <summary>Saves a checked task and, once it has its number, links the finding to it: one transaction.</summary>
    public static async Task<WorkTask> SaveLinkedAsync(CauNoiDb db, Actor actor, TaskIntake.Checked task, Action<WorkTask> link, DateTime at, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var saved = await TaskIntake.SaveAsync(db, actor, task, at, ct);
        link(saved);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return saved;
    }

    /// <summary>The first words of a text, cut at a word within the length, with "…" when cut.</summary>
    public static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        if (line.Length <= length) return line;
        var cut = line[..(length - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > length / 2 ? cut[..space] : cut).TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
