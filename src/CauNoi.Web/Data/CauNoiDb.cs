using System.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Meetings;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Promotion;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Features.Tasks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CauNoi.Web.Data;

/// <summary>
/// The application's database. One type per engine (<see cref="SqliteCauNoiDb"/>, <see cref="PostgresCauNoiDb"/>) so
/// that each has its own EF Core migrations, as EF Core documents for several providers; every feature uses this one.
/// </summary>
public abstract partial class CauNoiDb : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    /// <summary>
    /// The signed-in user the audit trail names. Contexts are pooled, so the context cannot take the accessor from its
    /// request; HttpContextAccessor keeps the current request in a static AsyncLocal, so an instance of its own sees the
    /// same request the registered one does.
    /// </summary>
    private static readonly HttpContextAccessor Http = new();

    protected CauNoiDb(DbContextOptions options) : base(options) { }

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<FormerProvince> FormerProvinces => Set<FormerProvince>();
    public DbSet<CommuneLineage> CommuneLineage => Set<CommuneLineage>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<FieldOfWork> FieldsOfWork => Set<FieldOfWork>();
    public DbSet<FocalLeaderAssignment> FocalLeaderAssignments => Set<FocalLeaderAssignment>();
    public DbSet<UnitDirection> UnitDirections => Set<UnitDirection>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationEvent> RecommendationEvents => Set<RecommendationEvent>();
    public DbSet<RecommendationMessage> RecommendationMessages => Set<RecommendationMessage>();
    public DbSet<RecommendationAttachment> RecommendationAttachments => Set<RecommendationAttachment>();
    public DbSet<RecommendationGroup> RecommendationGroups => Set<RecommendationGroup>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();
    public DbSet<NotificationReadMark> NotificationReadMarks => Set<NotificationReadMark>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<ReminderLog> ReminderLog => Set<ReminderLog>();
    public DbSet<SourceDocument> Documents => Set<SourceDocument>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingUnit> MeetingUnits => Set<MeetingUnit>();
    public DbSet<MeetingProvince> MeetingProvinces => Set<MeetingProvince>();
    public DbSet<MeetingFinding> MeetingFindings => Set<MeetingFinding>();
    public DbSet<MeetingFile> MeetingFiles => Set<MeetingFile>();
    public DbSet<MeetingReplyIssue> MeetingReplyIssues => Set<MeetingReplyIssue>();
    public DbSet<WorkTask> Tasks => Set<WorkTask>();
    public DbSet<TaskEvent> TaskEvents => Set<TaskEvent>();
    public DbSet<TaskMessage> TaskMessages => Set<TaskMessage>();
    public DbSet<TaskFile> TaskFiles => Set<TaskFile>();
    public DbSet<TaskProgressReport> TaskProgressReports => Set<TaskProgressReport>();
    public DbSet<TaskExtension> TaskExtensions => Set<TaskExtension>();
    public DbSet<TaskCoordinator> TaskCoordinators => Set<TaskCoordinator>();
    public DbSet<TaskProvince> TaskProvinces => Set<TaskProvince>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ConsistencyRule> ConsistencyRules => Set<ConsistencyRule>();
    public DbSet<ReportForm> ReportForms => Set<ReportForm>();
    public DbSet<FormIndicator> FormIndicators => Set<FormIndicator>();
    public DbSet<FormOrganisation> FormOrganisations => Set<FormOrganisation>();
    public DbSet<LockException> LockExceptions => Set<LockException>();
    public DbSet<FormReport> FormReports => Set<FormReport>();
    public DbSet<ReportEntry> ReportEntries => Set<ReportEntry>();
    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<ValueChange> ValueChanges => Set<ValueChange>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<ClusterLocation> ClusterLocations => Set<ClusterLocation>();
    public DbSet<ClusterDecision> ClusterDecisions => Set<ClusterDecision>();
    public DbSet<ClusterInfrastructure> ClusterInfrastructure => Set<ClusterInfrastructure>();
    public DbSet<ClusterProject> ClusterProjects => Set<ClusterProject>();
    public DbSet<ClusterInspection> ClusterInspections => Set<ClusterInspection>();
    public DbSet<ClusterFinding> ClusterFindings => Set<ClusterFinding>();
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<CouncilCriterion> CouncilCriteria => Set<CouncilCriterion>();
    public DbSet<CouncilEntry> CouncilEntries => Set<CouncilEntry>();
    public DbSet<CouncilConflict> CouncilConflicts => Set<CouncilConflict>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<ScoreLine> ScoreLines => Set<ScoreLine>();
    public DbSet<PromotionPlan> PromotionPlans => Set<PromotionPlan>();
    public DbSet<PromotionProposal> PromotionProposals => Set<PromotionProposal>();
    public DbSet<ProposalOutput> ProposalOutputs => Set<ProposalOutput>();
    public DbSet<ProposalEvent> ProposalEvents => Set<ProposalEvent>();
    public DbSet<ProposalFile> ProposalFiles => Set<ProposalFile>();
    public DbSet<AwardRound> AwardRounds => Set<AwardRound>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<NominationFile> NominationFiles => Set<NominationFile>();
    public DbSet<AppSetting> Settings => Set<AppSetting>();
    public DbSet<SignedOutSession> SignedOutSessions => Set<SignedOutSession>();

    /// <summary>Set by bulk loads of reference data, which write one summary audit entry instead.</summary>
    public bool SuppressAudit { get; set; }

    /// <summary>Who the audit trail names when no one is signed in (start-up, background jobs).</summary>
    public const string SystemUser = "hệ thống";

    /// <summary>Every stored time is UTC; SQLite hands it back without a kind, so it is marked UTC on reading.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder builder) =>
        builder.Properties<DateTime>().HaveConversion<UtcDateTime>();

    private sealed class UtcDateTime() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(CauNoiDb).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        // No savepoint around each save inside a transaction: nothing here goes on after a failed save within its
        // transaction, and EF ignores a failure to release a savepoint, so a connection lost at that moment went
        // unseen until the next save died on "Transaction is already completed", an error that names no database
        // (a 500 instead of a 503 while PostgreSQL restarted). Two round trips fewer per save, too. Set at each save,
        // not once: a pooled context's facade returns to EF's default each time it goes back to the pool.
        Database.AutoSavepointsEnabled = false;
        NormaliseText();
        if (SuppressAudit) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var changes = AuditTrail.Capture(ChangeTracker);
        if (changes.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        // The change and its audit entries commit together or not at all.
        await using var tx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        AuditEntries.AddRange(changes.Select(c => c.ToEntry(CurrentUserName(), DateTime.UtcNow)));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return count;
    }

    private static string CurrentUserName() => Http.HttpContext?.User.Identity?.Name ?? SystemUser;

    // A pooled context lives on after its request; what one use set must not reach the next. EF resets most of its own
    // state, but not a connection left open (OpenConnection without its CloseConnection): the context would come back from
    // the pool counting that opening for good, and each later request on it would hold its connection from its first
    // statement to its end. So a connection still open when the use ends is closed here, as often as it was opened.
    private IRelationalConnection? connection;   // the context's own, kept across its uses

    private IRelationalConnection Connection => connection ??= this.GetService<IRelationalConnection>();

    public override void Dispose()
    {
        SuppressAudit = false;
        for (var i = 0; i < MaxOpenings && Connection.DbConnection.State == ConnectionState.Open; i++) Connection.Close();
        base.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        SuppressAudit = false;
        for (var i = 0; i < MaxOpenings && Connection.DbConnection.State == ConnectionState.Open; i++) await Connection.CloseAsync();
        await base.DisposeAsync();
    }

    private const int MaxOpenings = 16;   // a connection opened other than through EF never closes through it: stop there

    /// <summary>Every stored text in NFC, every search column in step with its text.</summary>
    private void NormaliseText()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            // Through the entry's values rather than a PropertyEntry each: a list of thousands adds tens of thousands of texts.
            var values = entry.CurrentValues;
            foreach (var property in entry.Metadata.GetProperties())
            {
                if (property.ClrType == typeof(string) && values[property] is string text
                    && !text.IsNormalized(System.Text.NormalizationForm.FormC))
                    values[property] = text.Normalize(System.Text.NormalizationForm.FormC);
            }
            if (entry.Entity is ISearchable searchable)
                searchable.SearchName = VietnameseText.Fold(searchable.SearchSource);
        }
    }
}

public sealed class SqliteCauNoiDb(DbContextOptions<SqliteCauNoiDb> options) : CauNoiDb(options);

public sealed class PostgresCauNoiDb(DbContextOptions<PostgresCauNoiDb> options) : CauNoiDb(options);
