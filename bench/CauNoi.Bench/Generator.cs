using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Demo;
using CauNoi.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Bench;

/// <summary>
/// Fills a prepared database with a national-scale data set: users of every province, commune and
/// Ministry unit, and recommendations over ten years walked through the workflow, with the demo
/// data set's Vietnamese texts. Rows go to the engine's bulk path in batches, so memory stays flat.
/// </summary>
public static class Generator
{
    public const string Password = "Bench@2025";
    private const int Batch = 5000;

    public static readonly Table Users = new("AspNetUsers", "Id", "FullName", "JobTitle", "OrganisationId", "IsActive", "UserName",
        "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
        "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount");
    public static readonly Table UserRoles = new("AspNetUserRoles", "UserId", "RoleId");
    public static readonly Table Groups = new("RecommendationGroups", "Id", "Title", "CreatedAt", "CreatedById", "Answer", "AnsweredAt");
    public static readonly Table Recommendations = new("Recommendations", "Id", "Title", "Content", "FieldId", "ConcernKind", "ConcernReference",
        "Urgency", "Channel", "ConferenceName", "ProvinceCode", "CommuneCode", "SubmittingOrganisationId", "SubmittedById", "ContactName",
        "ContactPhone", "ContactEmail", "RoutedUnitId", "FocalLeaderId", "Status", "ReceivedOn", "WorkingDaysAllowed", "DueOn",
        "RemainingWorkingDays", "Answer", "AnsweredOn", "ClosedAt", "CompetentBody", "GroupId", "DuplicateOfId", "Satisfied",
        "RatingReason", "IdempotencyKey", "CreatedAt", "UpdatedAt", "Version", "SearchName");
    public static readonly Table Events = new("RecommendationEvents", "Id", "RecommendationId", "At", "ActorId", "ActorName",
        "ActorOrganisation", "Action", "FromStatus", "ToStatus", "Comment");
    public static readonly Table Messages = new("RecommendationMessages", "Id", "RecommendationId", "At", "AuthorId", "AuthorName",
        "AuthorOrganisation", "FromMinistry", "Text");

    public static async Task<int> RunAsync(CauNoiDb db, DatabaseInfo info, BenchOptions o, CancellationToken ct = default)
    {
        var existing = await db.Recommendations.AnyAsync(ct);
        if (existing && !o.Append)
        {
            Console.Error.WriteLine("The database already holds recommendations; pass --append to add more.");
            return 2;
        }
        var world = await DemoWorld.LoadAsync(db, ct) ?? throw new InvalidOperationException("No reference data.");
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(o.Seed);
        var now = DateTime.UtcNow;

        // Read before the load takes its locks.
        var ids = new Ids(
            (await db.Recommendations.MaxAsync(r => (int?)r.Id, ct) ?? 0) + 1,
            (await db.RecommendationEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1,
            (await db.RecommendationMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0) + 1,
            (await db.RecommendationGroups.MaxAsync(g => (int?)g.Id, ct) ?? 0) + 1);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var existingBench = await db.Users.CountAsync(u => u.UserName!.StartsWith("bench."), ct);
        // Everyone who may act, by organisation: any already there and the generated users (not yet
        // visible to this context on PostgreSQL, where the whole load is one transaction).
        var already = await db.Users.AsNoTracking().Select(u => new Person(u.Id, u.FullName, u.OrganisationId)).ToListAsync(ct);
        await using IBulkSink sink = info.Provider == DatabaseProvider.Postgres
            ? await PostgresSink.OpenAsync(info.ConnectionString, deferIndexes: !existing, ct)
            : SqliteSink.Open(info.ConnectionString);

        var made = MakeUsers(world, rng, o.Users, existingBench, roles, sink);
        var users = made.Count;
        Console.WriteLine($"{users:N0} users in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        var people = already.Concat(made)
            .GroupBy(u => u.OrganisationId).ToDictionary(g => g.Key, g => g.Select(u => (u.Id, u.FullName)).ToArray());

        var walk = new Walk(world, rng, now, people, ids);
        var loadStarted = Stopwatch.GetTimestamp();
        var generateSeconds = 0.0;   // of which making the rows, the rest is the engine's bulk path
        for (var done = 0; done < o.Recommendations;)
        {
            var size = Math.Min(Batch, o.Recommendations - done);
            var generating = Stopwatch.GetTimestamp();
            var batch = walk.Next(size);
            generateSeconds += Stopwatch.GetElapsedTime(generating).TotalSeconds;
            sink.Write(Groups, batch.Groups);
            sink.Write(Recommendations, batch.Recommendations);
            sink.Write(Events, batch.Events);
            sink.Write(Messages, batch.Messages);
            var before = done;
            done += size;
            if (done / 100_000 != before / 100_000 || done == o.Recommendations)
            {
                var seconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
                Console.WriteLine($"{done,10:N0} recommendations  {ids.Events - 1,12:N0} events   {done / seconds,8:N0} recommendations/s  " +
                                  $"{(done + walk.EventRows + walk.MessageRows) / seconds,9:N0} rows/s  " +
                                  $"(generating {generateSeconds:F1} s, writing {seconds - generateSeconds:F1} s)");
            }
        }
        await sink.FinishAsync(ct);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var loadSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        Console.WriteLine($"""
            Done on {info.Provider} in {elapsed:F1} s (recommendations loaded in {loadSeconds:F1} s):
              users            {users,12:N0}
              recommendations  {o.Recommendations,12:N0}  ({o.Recommendations / loadSeconds:N0}/s)
              events           {walk.EventRows,12:N0}
              messages         {walk.MessageRows,12:N0}
              groups           {walk.GroupRows,12:N0}
              all rows         {(o.Recommendations + walk.EventRows + walk.MessageRows + walk.GroupRows) / loadSeconds,12:N0} rows/s
            Users sign in with the password {Password}.
            """);
        return 0;
    }

    /// <summary>
    /// Officers spread as the country is: most in the communes (3,321 of them), a few in each
    /// province's Sở Công Thương, the rest in the Ministry's units. One hash for all: hashing is slow by design.
    /// </summary>
    private static List<Person> MakeUsers(DemoWorld w, Random rng, int count, int offset, Dictionary<string, string> roles, IBulkSink sink)
    {
        var hash = new PasswordHasher<AppUser>().HashPassword(null!, Password);
        var communes = w.Provinces.SelectMany(p => p.Communes).ToArray();
        var units = w.Units.Values.ToArray();
        var ministry = count * 15 / 100;
        var province = count * 20 / 100;
        var rows = new List<object?[]>(Batch);
        var roleRows = new List<object?[]>(Batch);
        var made = new List<Person>(count);
        for (var i = 0; i < count; i++)
        {
            var n = offset + i + 1;
            var (kind, orgId, role, title) =
                i < ministry ? ("bo", units[i % units.Length].Id, i % 12 == 0 ? Roles.UnitHead : Roles.MinistryOfficer, i % 12 == 0 ? "Phó Cục trưởng" : "Chuyên viên")
                : i < ministry + province ? ("so", w.Provinces[i % w.Provinces.Count].DepartmentId, Roles.ProvinceOfficer, "Chuyên viên")
                : ("xa", communes[i % communes.Length].OfficeId, Roles.CommuneOfficer, "Công chức");
            var userName = $"bench.{kind}{n}";
            var email = $"{userName}@bench.caunoi.vn";
            var id = new Guid(RandomBytes(rng)).ToString();
            var fullName = DemoNames.Person(rng.Next(100, 100_000));
            made.Add(new Person(id, fullName, orgId));
            rows.Add([id, fullName, title, orgId, true, userName, userName.ToUpperInvariant(), email,
                email.ToUpperInvariant(), true, hash, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), null, false, false, null, true, 0]);
            roleRows.Add([id, roles[role]]);
            if (role == Roles.UnitHead) roleRows.Add([id, roles[Roles.MinistryOfficer]]);
            if (rows.Count == Batch || i == count - 1)
            {
                sink.Write(Users, rows);
                sink.Write(UserRoles, roleRows);
                rows.Clear();
                roleRows.Clear();
            }
        }
        return made;
    }

    private static byte[] RandomBytes(Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return bytes;
    }
}

public sealed record Person(string Id, string FullName, int OrganisationId);

public sealed class Ids(int recommendation, long evt, long message, int group)
{
    public int Recommendation = recommendation;
    public long Events = evt;
    public long Messages = message;
    public int Group = group;
}
