using System.Linq.Expressions;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Import;
using Input = CauNoi.Web.Features.Tasks.TaskIntake.TaskInput;

namespace CauNoi.Web.Features.Tasks.Import;

/// <summary>
/// Tasks taken in from the Ministry's workbook. Every row goes through <see cref="TaskIntake.CheckTaskAsync"/>, the rules a
/// task assigned on its page meets; if any row is wrong nothing is stored and every problem is listed by row and column.
/// </summary>
public static class TaskImport
{
    /// <summary>
    /// What the cells are read against, loaded once for the list: the documents the importer sees by number, the units by
    /// code and by name, active accounts by user name, provinces by code and by name.
    /// </summary>
    public sealed record Lookups(
        IReadOnlyDictionary<string, List<int>> Documents, IReadOnlyDictionary<string, int> Units, IReadOnlyDictionary<string, string> Users,
        IReadOnlyDictionary<string, string> Provinces, WorkingCalendar Calendar);

    /// <summary>The units a task may be led by or coordinated with, as intake accepts them.</summary>
    public static readonly Expression<Func<Organisation, bool>> MayLead = o =>
        o.IsActive && (o.Kind == OrganisationKind.MinistryUnit || o.Kind == OrganisationKind.ProvincialDepartment);

    public static Task<SpreadsheetImport.Checked<TaskIntake.Checked>> CheckAsync(
        CauNoiDb db, Actor actor, Scope scope, Stream file, DateOnly today, CancellationToken ct = default)
    {
        List<ImportProblem> form = TaskIntake.MayAssign(actor) ? [] : [new(null, SpreadsheetImport.FileColumn, "Tài khoản của bạn không được giao nhiệm vụ.")];
        return SpreadsheetImport.CheckAsync(file, TaskTemplate.Definition, form, LoadAsync, async (row, lookups, ct) =>
        {
            var input = new Input(
                row.Text(nameof(Input.Title)), row.Value<int?>(nameof(Input.LeadOrganisationId)), row.Value<string>(nameof(Input.OwnerId)),
                row.Text(nameof(Input.AssignedBy)), row.Value<DateOnly?>(nameof(Input.DueOn)),
                DocumentId: row.Value<int?>(nameof(Input.DocumentId)),
                CoordinatingOrganisationIds: row.Value<int[]>(nameof(Input.CoordinatingOrganisationIds)),
                AssignedOn: row.Value<DateOnly?>(nameof(Input.AssignedOn)),
                Recurrence: row.Value<Recurrence?>(nameof(Input.Recurrence)),
                LastDueOn: row.Value<DateOnly?>(nameof(Input.LastDueOn)),
                ExpectedResult: row.Text(nameof(Input.ExpectedResult)),
                ResultForm: row.Value<ResultForm?>(nameof(Input.ResultForm)),
                Priority: row.Value<TaskPriority?>(nameof(Input.Priority)),
                ProvinceCodes: row.Value<string[]>(nameof(Input.ProvinceCodes)));
            var (task, errors) = await TaskIntake.CheckTaskAsync(db, actor, scope, input, today, lookups.Calendar, ct);
            row.Refuse(errors);
            return task;
        }, ct);

        async Task<Lookups> LoadAsync(CancellationToken ct)
        {
            var documents = await db.Documents.VisibleTo(db, scope, actor).Select(d => new { d.Number, d.Id }).ToListAsync(ct);
            var units = await db.Organisations.Where(MayLead).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(ct);
            var users = await db.Users.Where(u => u.IsActive && u.UserName != null).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
            var provinces = await db.Provinces.Select(p => new { p.Code, p.Name }).ToListAsync(ct);
            var byUnit = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var u in units) byUnit.TryAdd(u.Name, u.Id);
            foreach (var u in units) byUnit[u.Code] = u.Id;   // a code wins over a unit named like it
            var byProvince = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in provinces) { byProvince[p.Name] = p.Code; byProvince.TryAdd(OrganisationsSeed.ShortProvinceName(p.Name), p.Code); byProvince[p.Code] = p.Code; }
            return new(
                documents.GroupBy(d => d.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToList(), StringComparer.OrdinalIgnoreCase),
                byUnit, users.ToDictionary(u => u.UserName!, u => u.Id, StringComparer.OrdinalIgnoreCase), byProvince,
                await WorkingCalendar.LoadAsync(db, ct));
        }
    }

    /// <summary>Stores the checked list in one transaction, each task as its page would (history, occurrences, notices); the new tasks' ids.</summary>
    public static async Task<IReadOnlyList<int>> SaveAsync(CauNoiDb db, Actor actor, IReadOnlyList<TaskIntake.Checked> tasks, DateTime at, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = new List<int>(tasks.Count);
        foreach (var task in tasks) ids.Add((await TaskIntake.SaveAsync(db, actor, task, at, ct)).Id);
        await tx.CommitAsync(ct);
        return ids;
    }
}
