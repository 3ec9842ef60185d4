using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// The measure seed 000 asks of the 34 focal leaders ("dành phần lớn thời gian đi cơ sở"): for each leader who followed a
/// province in the year, the missions they led, the provinces they visited of those they follow, and what the missions
/// found and what became of it: recommendations (and how many are answered), tasks (and how many are done).
/// </summary>
public static class FocalLeaderMissions
{
    /// <param name="Followed">The provinces the leader followed in the year.</param>
    /// <param name="Visited">Of those, the ones a mission of theirs visited.</param>
    public sealed record Line(
        string LeaderId, string Name, IReadOnlyList<string> Followed, IReadOnlyList<string> Visited, int Missions, int Findings,
        int Recommendations, int Answered, int Tasks, int TasksDone)
    {
        /// <summary>Findings turned into a recommendation or a task (or both).</summary>
        public int FollowedUp { get; init; }
    }

    public static async Task<IReadOnlyList<Line>> LoadAsync(CauNoiDb db, int year, DateOnly today, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var assignments = await db.FocalLeaderAssignments
            .Where(a => a.EffectiveFrom <= last && (a.EffectiveTo == null || a.EffectiveTo >= first))
            .Select(a => new { a.LeaderId, a.ProvinceCode }).ToListAsync(ct);
        var leaderIds = assignments.Select(a => a.LeaderId).Distinct().ToList();
        var names = await db.Users.Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var missions = await db.Meetings.AsNoTracking()
            .Where(m => m.Kind == MeetingKind.WorkingMission && m.ChairId != null && leaderIds.Contains(m.ChairId) && m.StartsOn >= first && m.StartsOn <= last)
            .Select(m => new
            {
                m.Id, ChairId = m.ChairId!, Provinces = m.Provinces.Select(p => p.ProvinceCode).ToList(),
                Findings = m.Findings.Select(f => new { f.RecommendationId, f.TaskId }).ToList(),
            }).ToListAsync(ct);
        var recommendationIds = missions.SelectMany(m => m.Findings).Where(f => f.RecommendationId != null).Select(f => f.RecommendationId!.Value).ToList();
        var answered = (await db.Recommendations.Where(r => recommendationIds.Contains(r.Id)).Select(r => new { r.Id, r.Status, HasAnswer = r.Answer != null }).ToListAsync(ct))
            .Where(r => MeetingDetail.CountsAsAnswered(r.Status, r.HasAnswer)).Select(r => r.Id).ToHashSet();
        var taskIds = missions.SelectMany(m => m.Findings).Where(f => f.TaskId != null).Select(f => f.TaskId!.Value).ToList();
        var done = (await db.Tasks.Where(t => taskIds.Contains(t.Id)).Select(t => new { t.Id, t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn }).ToListAsync(ct))
            .Where(t => TaskStatusRule.Of(t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, today) is WorkTaskStatus.DoneOnTime or WorkTaskStatus.DoneLate)
            .Select(t => t.Id).ToHashSet();

        return [.. leaderIds.Select(id =>
        {
            var followed = assignments.Where(a => a.LeaderId == id).Select(a => a.ProvinceCode).Distinct().ToList();
            var own = missions.Where(m => m.ChairId == id).ToList();
            var findings = own.SelectMany(m => m.Findings).ToList();
            var visited = own.SelectMany(m => m.Provinces).Distinct().Where(followed.Contains).ToList();
            string Name(string code) => provinces.GetValueOrDefault(code, code);
            return new Line(id, names.GetValueOrDefault(id, ""), [.. followed.Select(Name).Order(VietnameseText.Order)], [.. visited.Select(Name).Order(VietnameseText.Order)],
                own.Count, findings.Count,
                findings.Count(f => f.RecommendationId != null), findings.Count(f => f.RecommendationId is { } r && answered.Contains(r)),
                findings.Count(f => f.TaskId != null), findings.Count(f => f.TaskId is { } t && done.Contains(t)))
            {
                FollowedUp = findings.Count(f => f.RecommendationId != null || f.TaskId != null),
            };
        }).OrderByDescending(l => l.Missions).ThenBy(l => l.Name, VietnameseText.Order)];
    }
}
