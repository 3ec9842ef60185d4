using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Promotion;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.Bench;

/// <summary>
/// Adds a khuyến công year at the scale issue 14 measures: the national plan and the 34 local plans of <c>--year</c>
/// (default 2026), and <c>--proposals</c> proposals (default 100,000) spread over the 34 provinces, seven in ten in the
/// national plan, each with one or two outputs and the events of the steps it went through: registered, appraised,
/// approved, progress reports, accepted, settled; one in twelve of the approved stopped, one in six adjusted once or twice.
/// Run once per year to spread a programme over years (each year's plans are its own; the accounts are made once).
/// Two accounts to read it with (password <see cref="AppProcess.Password"/>): bench.khuyencong (DMST, the programme's unit)
/// and bench.so01 (Hà Nội's department). Written through EF Core in batches, audit suppressed as generated rows are no
/// officer's change.
/// </summary>
public static class PromotionGenerator
{
    private const int Batch = 2000;

    public static async Task<int> RunAsync(CauNoiDb db, BenchOptions o, CancellationToken ct = default)
    {
        var count = int.Parse(o.Values.GetValueOrDefault("proposals", "100000"));
        var year = int.Parse(o.Values.GetValueOrDefault("year", "2026"));
        if (await db.PromotionProposals.AnyAsync(p => p.Code.StartsWith($"BENCH-KC-{year}-"), ct))
        {
            Console.Error.WriteLine($"The database already holds generated proposals of {year}.");
            return 2;
        }
        db.SuppressAudit = true;
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(o.Seed);
        var now = DateTime.UtcNow;
        await AccountsAsync(db, ct);

        var provinces = (await db.Provinces.AsNoTracking().Select(p => p.Code).ToListAsync(ct)).Order(StringComparer.Ordinal).ToArray();
        var national = new PromotionPlan { Year = year, Kind = PlanKind.National, Title = $"Kế hoạch khuyến công quốc gia năm {year} (sinh tự động)",
            BudgetNational = count * 0.7m * 400, BudgetCounterpart = count * 0.7m * 150, CreatedAt = now, UpdatedAt = now };
        var locals = provinces.ToDictionary(p => p, p => new PromotionPlan { Year = year, Kind = PlanKind.Local, ProvinceCode = p,
            Title = $"Kế hoạch khuyến công địa phương năm {year}, tỉnh {p} (sinh tự động)", BudgetLocal = count * 0.3m / provinces.Length * 300,
            BudgetCounterpart = count * 0.3m / provinces.Length * 100, CreatedAt = now, UpdatedAt = now });
        db.PromotionPlans.Add(national);
        db.PromotionPlans.AddRange(locals.Values);
        await db.SaveChangesAsync(ct);
        var planIds = (national.Id, locals.ToDictionary(l => l.Key, l => l.Value.Id));
        db.ChangeTracker.Clear();

        var activities = Enum.GetValues<PromotionActivity>();
        long outputs = 0, events = 0;
        for (var start = 0; start < count; start += Batch)
        {
            var batch = new List<PromotionProposal>(Batch);
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var province = provinces[i % provinces.Length];
                var local = rng.Next(10) < 3;
                var activity = activities[rng.Next(activities.Length)];
                var requested = Math.Round(100 + (decimal)rng.NextDouble() * 600, 2);
                var counterpart = Math.Round(requested * (decimal)(0.1 + rng.NextDouble() * 0.5), 2);
                var roll = rng.Next(100);
                var stage = roll switch
                {
                    < 5 => ProposalStage.Registered, < 10 => ProposalStage.Appraised, < 14 => ProposalStage.Rejected, < 24 => ProposalStage.Approved,
                    < 46 => ProposalStage.InProgress, < 66 => ProposalStage.Accepted, < 92 => ProposalStage.Settled, _ => ProposalStage.Stopped,
                };
                var startOn = new DateOnly(year, rng.Next(2, 7), rng.Next(1, 29));
                var p = new PromotionProposal
                {
                    Code = $"BENCH-KC-{year}-{i + 1:000000}", PlanId = local ? planIds.Item2[province] : planIds.Item1, ProvinceCode = province,
                    ProposerKind = (ProposerKind)rng.Next(1, 4), ProposerName = $"Trung tâm khuyến công tỉnh {province}", Activity = activity,
                    Title = $"Đề án khuyến công sinh tự động {i + 1:000000}", BeneficiaryName = $"Cơ sở công nghiệp nông thôn {i + 1:000000}",
                    RequestedNational = local ? 0 : requested, RequestedLocal = local ? requested : 0, RequestedCounterpart = counterpart,
                    StartOn = startOn, EndOn = startOn.AddMonths(rng.Next(4, 9)), Stage = stage, CreatedAt = now, UpdatedAt = now,
                };
                var at = startOn.AddDays(-60);
                void Step(ProposalStep step, string? note = null, decimal? amount = null, int? percent = null)
                {
                    at = at.AddDays(rng.Next(5, 30));
                    p.Events.Add(new ProposalEvent { Step = step, At = at.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), OnDate = at, ByName = "Cán bộ sinh tự động", Note = note, Amount = amount, Percent = percent });
                }
                Step(ProposalStep.Register);
                if (stage != ProposalStage.Registered && !(stage == ProposalStage.Rejected && rng.Next(2) == 0)) Step(ProposalStep.Appraise);
                if (stage == ProposalStage.Rejected) Step(ProposalStep.Reject, "Không đạt điểm thẩm định");
                var kind = (OutputKind)(1 + (int)activity % 8);
                p.Outputs.Add(new ProposalOutput { Kind = kind, Unit = PromotionNames.UnitOf(kind), Promised = rng.Next(1, 60) });
                if (rng.Next(3) == 0) p.Outputs.Add(new ProposalOutput { Kind = OutputKind.Other, Unit = "ấn phẩm", Promised = rng.Next(1, 5) });
                if (stage >= ProposalStage.Approved && stage != ProposalStage.Rejected)
                {
                    var approved = Math.Round(requested * (decimal)(0.8 + rng.NextDouble() * 0.2), 2);
                    (p.ApprovedNational, p.ApprovedLocal, p.ApprovedCounterpart) = (local ? 0 : approved, local ? approved : 0, counterpart);
                    p.FirstApprovedStateFunds = approved;
                    p.ApprovedOn = at;
                    Step(ProposalStep.Approve, amount: approved);
                    if (rng.Next(6) == 0)
                        for (var a = rng.Next(1, 3); a > 0; a--)
                        {
                            p.Adjustments++;
                            var lowered = Math.Round(approved * 0.9m, 2);
                            (p.ApprovedNational, p.ApprovedLocal) = (local ? 0 : lowered, local ? lowered : 0);
                            Step(ProposalStep.Adjust, a == 1 ? "Giảm quy mô theo khả năng của cơ sở" : "Lùi tiến độ do cơ sở chậm lắp đặt thiết bị");
                        }
                    var state = (p.ApprovedNational ?? 0) + (p.ApprovedLocal ?? 0);
                    if (stage >= ProposalStage.InProgress)
                    {
                        var paid = Math.Round(state * (stage == ProposalStage.InProgress || stage == ProposalStage.Stopped ? 0.4m : 1m), 2);
                        p.Disbursed = paid;
                        p.Percent = stage is ProposalStage.InProgress or ProposalStage.Stopped ? 40 : 100;
                        Step(ProposalStep.ReportProgress, "Đã thực hiện theo kế hoạch", paid, p.Percent);
                    }
                    if (stage is ProposalStage.Accepted or ProposalStage.Settled)
                    {
                        p.AcceptedOn = at;
                        foreach (var output in p.Outputs) output.Achieved = Math.Max(0, output.Promised - rng.Next(0, 2));
                        Step(ProposalStep.Accept);
                    }
                    if (stage == ProposalStage.Settled)
                    {
                        p.Settled = Math.Round(state * 0.98m, 2);
                        p.SettledOn = at;
                        Step(ProposalStep.Settle, amount: p.Settled);
                    }
                    if (stage == ProposalStage.Stopped)
                    {
                        p.StopReason = rng.Next(2) == 0 ? "Cơ sở thụ hưởng ngừng sản xuất" : "Cơ sở không bố trí được vốn đối ứng";
                        p.StoppedOn = at;
                        Step(ProposalStep.Stop, p.StopReason);
                    }
                }
                outputs += p.Outputs.Count;
                events += p.Events.Count;
                batch.Add(p);
            }
            db.PromotionProposals.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if ((start + Batch) % 20000 == 0) Console.WriteLine($"{start + Batch,8:N0} proposals  {Stopwatch.GetElapsedTime(started).TotalSeconds,6:F1} s");
        }
        Console.WriteLine($"plan year {year}: 35 plans, {count:N0} proposals, {outputs:N0} outputs, {events:N0} events in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>The two readers the bench signs in as, made once.</summary>
    private static async Task AccountsAsync(CauNoiDb db, CancellationToken ct)
    {
        var hasher = new PasswordHasher<AppUser>();
        foreach (var (userName, code, province, role) in new[] { ("bench.khuyencong", "DMST", (string?)null, Roles.MinistryOfficer), ("bench.so01", (string?)null, "01", Roles.ProvinceOfficer) })
        {
            if (await db.Users.AnyAsync(u => u.UserName == userName, ct)) continue;
            var organisation = code is not null
                ? await db.Organisations.Where(x => x.Code == code).Select(x => x.Id).SingleAsync(ct)
                : await db.Organisations.Where(x => x.Kind == Web.Features.Organisations.OrganisationKind.ProvincialDepartment && x.ProvinceCode == province).Select(x => x.Id).FirstAsync(ct);
            var user = new AppUser
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Email = $"{userName}@bench.caunoi.vn",
                NormalizedEmail = $"{userName}@bench.caunoi.vn".ToUpperInvariant(), EmailConfirmed = true, FullName = "Người đo hiệu năng",
                OrganisationId = organisation, SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            user.PasswordHash = hasher.HashPassword(user, AppProcess.Password);
            db.Users.Add(user);
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(ct);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            await db.SaveChangesAsync(ct);
        }
    }
}
