using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Workflow;
using S = CauNoi.Web.Features.Tasks.WorkTaskStatus;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>
/// The task rules on their own, with every expected answer worked out by hand: status across a deadline and an extension,
/// the two rates on the Government's own figures, recurring deadlines around Tết, the weighted roll-up, and the steps the
/// page offers agreeing with the steps the workflow accepts.
/// </summary>
public sealed class TaskRulesTests
{
    private static readonly DateTime At = new(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc);
    private const int Lead = 10, Assigning = 20;

    /// <summary>Tết Bính Ngọ: Monday 16 to Friday 20 February 2026 off (as the seeded calendar has it).</summary>
    private static readonly WorkingCalendar Tet2026 = new(new Dictionary<DateOnly, bool>
    {
        [new(2026, 2, 16)] = false, [new(2026, 2, 17)] = false, [new(2026, 2, 18)] = false, [new(2026, 2, 19)] = false, [new(2026, 2, 20)] = false,
    });

    private static Actor Ministry(int unit, string id = "u", bool leader = false) =>
        new(id, "Cán bộ", "Đơn vị", OrganisationKind.MinistryUnit, unit, null, null, false, false, leader);

    private static readonly Actor LeadOfficer = Ministry(Lead, "lead");
    private static readonly Actor AssigningOfficer = Ministry(Assigning, "assigner");

    private static WorkTask Due(DateOnly due, DateOnly? assigned = null) => new()
    {
        Id = 1, Title = "Nhiệm vụ", AssignedBy = "Bộ trưởng", LeadOrganisationId = Lead, AssigningOrganisationId = Assigning,
        AssignedOn = assigned ?? due.AddDays(-30), OriginalDueOn = due, DueOn = due, JudgedDueOn = due,
    };

    [Fact]
    public void AcrossItsDeadline_ATaskGoesFromInProgressToOverdue_AndDoneAfterItIsLate()
    {
        var t = Due(new DateOnly(2026, 3, 31));

        Assert.Equal(S.InProgress, t.StatusOn(new DateOnly(2026, 3, 31)));
        Assert.Equal(S.Overdue, t.StatusOn(new DateOnly(2026, 4, 1)));
        t.ReportProgress(LeadOfficer, At, new DateOnly(2026, 4, 2), 100, "Đã xong.");
        Assert.Equal(S.DoneLate, t.StatusOn(new DateOnly(2026, 4, 2)));
        Assert.Equal(S.Overdue, t.StatusOn(new DateOnly(2026, 4, 1)));   // on the day before, it was not done yet
    }

    [Fact]
    public void AnExtensionAskedInTime_MovesTheDeadlineItIsJudgedOn_ButOneAskedLateDoesNot()
    {
        var inTime = Due(new DateOnly(2026, 3, 31));
        var late = Due(new DateOnly(2026, 3, 31));

        var asked = inTime.RequestExtension(LeadOfficer, At, new DateOnly(2026, 3, 25), new DateOnly(2026, 4, 30), "Chờ ý kiến các Bộ.");
        inTime.GrantExtension(AssigningOfficer, At, new DateOnly(2026, 4, 2), asked, null, null);
        var askedLate = late.RequestExtension(LeadOfficer, At, new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 30), "Chờ ý kiến các Bộ.");
        late.GrantExtension(AssigningOfficer, At, new DateOnly(2026, 4, 3), askedLate, null, "Đồng ý.");
        inTime.ReportProgress(LeadOfficer, At, new DateOnly(2026, 4, 20), 100, "Đã xong.");
        late.ReportProgress(LeadOfficer, At, new DateOnly(2026, 4, 20), 100, "Đã xong.");

        Assert.Equal((S.DoneOnTime, new DateOnly(2026, 4, 30)), (inTime.StatusOn(new DateOnly(2026, 4, 20)), inTime.DueOn));
        Assert.Equal((S.DoneLate, new DateOnly(2026, 4, 30), new DateOnly(2026, 3, 31)), (late.StatusOn(new DateOnly(2026, 4, 20)), late.DueOn, late.JudgedDueOn));
        Assert.Equal(new DateOnly(2026, 3, 31), late.OriginalDueOn);
        Assert.Contains("vẫn tính quá hạn", late.Events.Single(e => e.Action == "grant-extension").Comment);
    }

    [Fact]
    public void TheGovernmentsRate_IsCutToTwoDecimals_AsReport1270Writes98Point62()
    {
        // 16.051 completed (14.068 on time, 1.983 late), 223 overdue unfinished: 16.051 ÷ 16.274 = 98,6297…
        var figures = new TaskFigures(new DateOnly(2017, 12, 25),
            new Dictionary<S, int> { [S.DoneOnTime] = 14068, [S.DoneLate] = 1983, [S.Overdue] = 223, [S.InProgress] = 5640 }, 0, 0, []);

        Assert.Equal(98.62m, figures.CompletionRate);
        Assert.Equal(86.44m, figures.OnTimeRate);   // 14.068 ÷ 16.274 = 86,4446…
        Assert.Equal(16274, figures.Due);
    }

    [Fact]
    public void ASmallHandWorkedSet_GivesBothRates()
    {
        // 3 on time, 1 late, 1 overdue, 2 in progress, 1 cancelled: 4 ÷ 5 = 80%, 3 ÷ 5 = 60%.
        var figures = new TaskFigures(new DateOnly(2026, 3, 2),
            new Dictionary<S, int> { [S.DoneOnTime] = 3, [S.DoneLate] = 1, [S.Overdue] = 1, [S.InProgress] = 2, [S.Cancelled] = 1 }, 0, 0, []);

        Assert.Equal((80m, 60m), (figures.CompletionRate, figures.OnTimeRate));
        Assert.Null(new TaskFigures(new DateOnly(2026, 3, 2), new Dictionary<S, int> { [S.InProgress] = 2 }, 0, 0, []).CompletionRate);
    }

    [Fact]
    public void AWeeklyReportDueOnAFridayOfTet_IsDueOnTheFirstWorkingDayAfterIt()
    {
        var occurrences = Recurrences.Of(Recurrence.Weekly, new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 6), new DateOnly(2026, 2, 27), Tet2026);

        Assert.Equal([new(2026, 2, 6), new(2026, 2, 13), new(2026, 2, 23), new(2026, 2, 27)], occurrences.Select(o => o.DueOn));
        // Each week's period starts the day after the last nominal Friday.
        Assert.Equal([new(2026, 2, 2), new(2026, 2, 7), new(2026, 2, 14), new(2026, 2, 21)], occurrences.Select(o => o.Starts));
    }

    [Fact]
    public void AMonthlyReportFromTheThirtyFirst_FallsOnEachMonthsLastDay_OrTheNextWorkingDay()
    {
        var occurrences = Recurrences.Of(Recurrence.Monthly, new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 31), new DateOnly(2025, 5, 31),
            new WorkingCalendar(new Dictionary<DateOnly, bool>()));

        // 31/01 (Friday), 28/02 (Friday), 31/03 (Monday), 30/04 (Wednesday), 31/05 is a Saturday: Monday 02/06.
        Assert.Equal([new(2025, 1, 31), new(2025, 2, 28), new(2025, 3, 31), new(2025, 4, 30), new(2025, 6, 2)], occurrences.Select(o => o.DueOn));
    }

    [Fact]
    public void AnOccurrenceWhosePeriodHasNotBegun_IsNotYetDue()
    {
        var t = Due(new DateOnly(2026, 3, 13), assigned: new DateOnly(2026, 3, 7));

        Assert.Equal(S.NotYetDue, t.StatusOn(new DateOnly(2026, 3, 2)));
        Assert.Equal(S.InProgress, t.StatusOn(new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void TheRollUp_WeighsEachSubTask_CountsOneWithoutProgressAsZero_AndLeavesACancelledOneOut()
    {
        var rollUp = TaskRollUp.Of(
        [
            new(1, "Nghị định", 3, 100, WorkTaskState.Open),
            new(2, "Thông tư", 1, null, WorkTaskState.Open),
            new(3, "Đề án đã hủy", 5, 40, WorkTaskState.Cancelled),
        ]);

        // (3 × 100 + 1 × 0) ÷ (3 + 1) = 75
        Assert.Equal(75m, rollUp.Percent);
        Assert.Equal([75m, 0m, 0m], rollUp.Lines.Select(l => l.Contribution));
        Assert.True(rollUp.Lines[1].CountedAsZero);
        Assert.True(rollUp.Lines[2].Cancelled);
    }

    private static readonly string[] Actions = ["report-progress", "send-back", "request-extension", "grant-extension", "refuse-extension", "cancel"];

    private static readonly (string Name, Actor Actor)[] Actors =
    [
        ("the owner", new("owner", "Chủ trì", "Đơn vị khác", OrganisationKind.MinistryUnit, 30, null, null, false, false, false)),
        ("the lead unit", LeadOfficer),
        ("the assigning unit", AssigningOfficer),
        ("the assigning leader", Ministry(40, "leader")),
        ("a Ministry leader", Ministry(50, "minister", leader: true)),
        ("another unit", Ministry(60)),
        ("a province", new("p", "Sở", "Sở", OrganisationKind.ProvincialDepartment, 200, "01", null, false, false, false)),
    ];

    /// <summary>A task in each state the workflow knows, with or without a report and a pending extension.</summary>
    private static WorkTask Make(WorkTaskState state, bool reported, bool pending)
    {
        var t = Due(new DateOnly(2026, 3, 31));
        t.OwnerId = "owner";
        t.AssignedById = "leader";
        t.State = state;
        t.Progress = reported ? 50 : null;
        t.ExtensionPending = pending;
        return t;
    }

    private static bool Try(string action, WorkTask t, Actor actor)
    {
        var today = new DateOnly(2026, 3, 2);
        var pending = new TaskExtension { RequestedByName = "", Reason = "", RequestedOn = today, ProposedDueOn = new DateOnly(2026, 4, 30) };
        var report = new TaskProgressReport { ByName = "", ByOrganisation = "", Text = "", Percent = 50 };
        try
        {
            switch (action)
            {
                case "report-progress": t.ReportProgress(actor, At, today, 60, "Đã làm."); break;
                case "send-back": t.SendBack(actor, At, today, "Chưa đạt.", report, null); break;
                case "request-extension": t.RequestExtension(actor, At, today, new DateOnly(2026, 4, 30), "Cần thêm thời gian."); break;
                case "grant-extension": t.GrantExtension(actor, At, today, pending, null, null); break;
                case "refuse-extension": t.RefuseExtension(actor, At, today, pending, "Không đồng ý."); break;
                case "cancel": t.Cancel(actor, At, today, "Không còn phù hợp."); break;
                default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
            }
            return true;
        }
        catch (WorkflowRefusal)
        {
            return false;
        }
    }

    [Fact]
    public void AllowedActions_AgreeWithTheStepMethods_ForEveryActorAndState()
    {
        var everOffered = new HashSet<string>();
        foreach (var state in Enum.GetValues<WorkTaskState>())
            foreach (var reported in new[] { true, false })
                foreach (var pending in new[] { true, false })
                    foreach (var (name, actor) in Actors)
                    {
                        var offered = Make(state, reported, pending).AllowedActions(actor, new DateOnly(2026, 3, 2))
                            .Select(a => TaskWorkflow.Table[a].Wire).ToList();
                        everOffered.UnionWith(offered);
                        foreach (var action in Actions)
                            Assert.True(offered.Contains(action) == Try(action, Make(state, reported, pending), actor),
                                $"'{action}' by {name} ({state}, reported {reported}, pending {pending}): offered {offered.Contains(action)}");
                    }
        Assert.Equal(Actions.Order(), everOffered.Order());
    }

    [Theory]
    // Written out by hand: the lead reports and asks for time; the assigner decides; others only read.
    [InlineData("the owner", WorkTaskState.Open, true, false, "report-progress request-extension")]
    [InlineData("the lead unit", WorkTaskState.Open, true, true, "report-progress")]
    [InlineData("the assigning unit", WorkTaskState.Open, true, true, "send-back grant-extension refuse-extension cancel")]
    [InlineData("the assigning leader", WorkTaskState.Done, true, false, "send-back")]
    [InlineData("a Ministry leader", WorkTaskState.Open, false, false, "cancel")]
    [InlineData("another unit", WorkTaskState.Open, true, true, "")]
    [InlineData("a province", WorkTaskState.Open, true, true, "")]
    [InlineData("the assigning unit", WorkTaskState.Cancelled, true, false, "")]
    public void EachCaller_IsOfferedTheirOwnSteps(string who, WorkTaskState state, bool reported, bool pending, string expected)
    {
        var actor = Actors.Single(a => a.Name == who).Actor;

        var offered = Make(state, reported, pending).AllowedActions(actor, new DateOnly(2026, 3, 2)).Select(a => TaskWorkflow.Table[a].Wire);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), offered.Order());
    }
}
