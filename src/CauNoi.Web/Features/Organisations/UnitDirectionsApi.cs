using System.Globalization;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Organisations;

/// <summary>Which Ministry units each leader directs: kept by an administrator, as the focal leaders' provinces are.</summary>
public static class UnitDirectionsApi
{
    public sealed record Item(int Id, string Leader, string LeaderName, string UnitCode, string UnitName, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? Decision);

    /// <param name="Leader">The leader's user name.</param>
    /// <param name="Unit">The Ministry unit's code ("DL").</param>
    /// <param name="EffectiveFrom">yyyy-MM-dd.</param>
    public sealed record Request(string? Leader, string? Unit, string? EffectiveFrom, string? Decision);

    /// <param name="EffectiveTo">The last day in force, yyyy-MM-dd.</param>
    public sealed record End(string? EffectiveTo);

    public static void MapUnitDirectionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/unit-directions").WithTags("Cơ quan, đơn vị");
        group.MapGet("/", List).WithSummary("Phân công lãnh đạo phụ trách đơn vị thuộc Bộ (chỉ quản trị hệ thống); leader=tên đăng nhập để lọc");
        group.MapPost("/", Add).WithSummary("Phân công một lãnh đạo phụ trách một đơn vị thuộc Bộ từ một ngày, theo một quyết định (chỉ quản trị hệ thống)");
        group.MapPost("/{id:int}/end", Finish).WithSummary("Kết thúc một phân công phụ trách đơn vị vào ngày effectiveTo (chỉ quản trị hệ thống)");
    }

    private static ProblemHttpResult AdministratorsOnly() =>
        TypedResults.Problem("Chỉ quản trị hệ thống được quản lý phân công lãnh đạo phụ trách đơn vị.", statusCode: 403, title: Problems.TitleFor(403));

    private static async Task<Results<Ok<List<Item>>, ProblemHttpResult>> List(string? leader, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        if (!current.IsInRole(Roles.SystemAdministrator)) return AdministratorsOnly();
        var query = db.UnitDirections.AsQueryable();
        if (!string.IsNullOrWhiteSpace(leader)) query = query.Where(d => d.Leader!.NormalizedUserName == leader.Trim().ToUpperInvariant());
        return TypedResults.Ok(await query.OrderBy(d => d.Leader!.UserName).ThenBy(d => d.EffectiveFrom)
            .Select(d => new Item(d.Id, d.Leader!.UserName!, d.Leader.FullName, d.Unit!.Code, d.Unit.Name, d.EffectiveFrom, d.EffectiveTo, d.Decision))
            .ToListAsync(ct));
    }

    private static async Task<Results<Created<Item>, ValidationProblem, ProblemHttpResult>> Add(Request request, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        if (!current.IsInRole(Roles.SystemAdministrator)) return AdministratorsOnly();
        var errors = new FieldErrors();
        var name = request.Leader?.Trim().ToUpperInvariant();
        var leaders = db.Roles.Where(r => r.Name == Roles.MinistryLeader || r.Name == Roles.FocalLeader).Select(r => r.Id);
        var leader = name is null ? null : await db.Users
            .Where(u => u.NormalizedUserName == name && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && leaders.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.UserName, u.FullName }).FirstOrDefaultAsync(ct);
        if (leader is null) errors.Add(nameof(Request.Leader), $"Không có lãnh đạo đang làm việc có tên đăng nhập “{request.Leader?.Trim()}”.");
        var unit = await db.Organisations.Where(o => o.Code == (request.Unit ?? "").Trim() && o.Kind == OrganisationKind.MinistryUnit && o.IsActive)
            .Select(o => new { o.Id, o.Code, o.Name }).FirstOrDefaultAsync(ct);
        if (unit is null) errors.Add(nameof(Request.Unit), $"Không có đơn vị thuộc Bộ mã “{request.Unit?.Trim()}”.");
        var from = Day(request.EffectiveFrom, nameof(Request.EffectiveFrom), "Ngày hiệu lực", errors);
        var decision = DocumentNumber.Clean(request.Decision, nameof(Request.Decision), "Quyết định phân công", errors, "Nhập số, ký hiệu quyết định phân công");
        if (leader is not null && unit is not null && from is { } day && await db.UnitDirections.AnyAsync(d => d.LeaderId == leader.Id && d.UnitId == unit.Id
                && (d.EffectiveTo == null || d.EffectiveTo >= day), ct))
            errors.Add(nameof(Request.EffectiveFrom), $"{leader.FullName} đang được phân công phụ trách {unit.Name}; kết thúc phân công đó trước.");
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Phân công chưa hợp lệ", detail: "Vui lòng sửa các mục được nêu.");

        var direction = new UnitDirection { LeaderId = leader!.Id, UnitId = unit!.Id, EffectiveFrom = from!.Value, Decision = decision };
        db.UnitDirections.Add(direction);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/unit-directions?leader={leader.UserName}",
            new Item(direction.Id, leader.UserName!, leader.FullName, unit.Code, unit.Name, direction.EffectiveFrom, null, decision));
    }

    private static async Task<Results<Ok<Item>, ValidationProblem, ProblemHttpResult>> Finish(int id, End request, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        if (!current.IsInRole(Roles.SystemAdministrator)) return AdministratorsOnly();
        var direction = await db.UnitDirections.Include(d => d.Leader).Include(d => d.Unit).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (direction is null) return Problems.NotFound();
        var errors = new FieldErrors();
        var to = Day(request.EffectiveTo, nameof(End.EffectiveTo), "Ngày kết thúc", errors);
        if (to is { } last && last < direction.EffectiveFrom)
            errors.Add(nameof(End.EffectiveTo), $"Ngày kết thúc không được trước ngày hiệu lực {Display.Date(direction.EffectiveFrom)}.");
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Phân công chưa hợp lệ", detail: "Vui lòng sửa các mục được nêu.");
        direction.EffectiveTo = to;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new Item(direction.Id, direction.Leader!.UserName!, direction.Leader.FullName, direction.Unit!.Code, direction.Unit.Name,
            direction.EffectiveFrom, direction.EffectiveTo, direction.Decision));
    }

    private static DateOnly? Day(string? text, string field, string label, FieldErrors errors)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
            return day;
        errors.Add(field, $"{label} viết dạng yyyy-MM-dd, ví dụ 2026-01-05.");
        return null;
    }
}
