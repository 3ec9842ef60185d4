using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared.Workflow;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>The steps the detail page offers are exactly the steps the workflow then accepts.</summary>
public sealed class AllowedActionsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTime At = new(2026, 3, 10, 3, 0, 0, DateTimeKind.Utc);
    private const int ReopenPeriodDays = 30, RoutedUnit = 10;
    private static readonly WorkingCalendar Calendar = new(new Dictionary<DateOnly, bool>());

    private static readonly string[] Actions =
        ["receive", "start", "request-information", "provide-information", "transfer", "outside-remit", "answer", "approve-answer", "return-answer",
         "close", "reopen", "merge", "rate"];

    private static Actor Ministry(int unit, bool hub = false, bool admin = false, bool leader = false, bool head = false) =>
        new("u", "Cán bộ", "Đơn vị", OrganisationKind.MinistryUnit, unit, null, null, hub, admin, leader, head);

    private static readonly (string Name, Actor Actor)[] Actors =
    [
        ("its commune", new("u", "Cán bộ", "Xã", OrganisationKind.CommuneEconomicOffice, 100, "01", "00070", false, false, false)),
        ("another commune", new("u", "Cán bộ", "Xã", OrganisationKind.CommuneEconomicOffice, 101, "01", "00004", false, false, false)),
        ("its province", new("u", "Cán bộ", "Sở", OrganisationKind.ProvincialDepartment, 200, "01", null, false, false, false)),
        ("another province", new("u", "Cán bộ", "Sở", OrganisationKind.ProvincialDepartment, 201, "08", null, false, false, false)),
        ("the routed unit", Ministry(RoutedUnit)),
        ("another unit", Ministry(11)),
        ("the hub", Ministry(12, hub: true)),
        ("an administrator", Ministry(13, admin: true)),
        ("a Ministry leader", Ministry(13, leader: true)),
        ("a Ministry leader in the routed unit", Ministry(RoutedUnit, leader: true)),
        ("the routed unit's head", Ministry(RoutedUnit, head: true)),
        ("another unit's head", Ministry(11, head: true)),
        ("the hub's head", Ministry(12, hub: true, head: true)),
    ];

    /// <summary>A record of Hoàn Kiếm (organisation 100), or with no commune one of Hà Nội's department (200).</summary>
    private static Recommendation New(RecommendationStatus status, string? commune, DateOnly? answeredOn) => new()
    {
        Id = 1, Title = "Kiến nghị", Content = "Nội dung", ProvinceCode = "01", CommuneCode = commune, RoutedUnitId = RoutedUnit,
        SubmittingOrganisationId = commune is null ? 200 : 100,
        Status = status, ReceivedOn = Today.AddDays(-5), WorkingDaysAllowed = 15, DueOn = Today.AddDays(10), AnsweredOn = answeredOn,
        // Answered, or drafted, by the unit it is routed to.
        AnsweredByUnitId = RoutedUnit,
    };

    /// <summary>The steps offered, by their names on the wire, as the page's forms and the API send them.</summary>
    private static string[] Offered(Recommendation r, Actor actor, DateOnly today, int reopenPeriodDays) =>
        [.. r.AllowedActions(actor, today, reopenPeriodDays).Select(a => RecommendationWorkflow.Table[a].Wire)];

    /// <summary>Runs the step with every input it asks for; false when the workflow refuses it.</summary>
    private static bool Try(string action, Recommendation r, Actor actor)
    {
        try
        {
            switch (action)
            {
                case "receive": r.Receive(actor, At, null); break;
                case "start": r.StartHandling(actor, At, null); break;
                case "request-information": r.RequestInformation(actor, At, Today, "Đề nghị gửi bản đồ.", Calendar); break;
                case "provide-information": r.ProvideInformation(actor, At, Today, "Đã gửi bản đồ.", Calendar); break;
                case "transfer": r.Transfer(actor, At, 99, "Cục khác", null); break;
                case "outside-remit": r.DeclareOutsideRemit(actor, At, "Ủy ban nhân dân tỉnh", null); break;
                case "answer": r.AnswerWith(actor, At, Today, "Trả lời."); break;
                case "approve-answer": r.ApproveAnswer(actor, At, Today, null); break;
                case "return-answer": r.ReturnAnswer(actor, At, "Sửa số liệu."); break;
                case "close": r.Close(actor, At, null); break;
                case "reopen": r.Reopen(actor, At, Today, "Chưa rõ.", ReopenPeriodDays, Calendar); break;
                case "merge":
                    var original = New(RecommendationStatus.Received, null, null);
                    original.Id = 2;
                    r.MergeInto(actor, At, original, null);
                    break;
                case "rate": r.Rate(actor, At, true, null); break;
                default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
            }
            return true;
        }
        catch (WorkflowRefusal)
        {
            return false;
        }
    }

    public static TheoryData<RecommendationStatus> Statuses => new(Enum.GetValues<RecommendationStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void AllowedActions_AgreeWithTheStepMethods_ForEveryKindOfActor(RecommendationStatus status)
    {
        foreach (var (name, actor) in Actors)
            foreach (var commune in new[] { "00070", null })
                foreach (var answeredOn in new DateOnly?[] { Today, Today.AddDays(-(ReopenPeriodDays + 1)), null })
                {
                    var offered = Offered(New(status, commune, answeredOn), actor, Today, ReopenPeriodDays);
                    Assert.Empty(offered.Except(Actions));
                    foreach (var action in Actions)
                    {
                        var taken = Try(action, New(status, commune, answeredOn), actor);
                        Assert.True(offered.Contains(action) == taken,
                            $"'{action}' by {name} from {status} (commune {commune ?? "none"}, answered {answeredOn}): offered {offered.Contains(action)}, the step {(taken ? "accepts" : "refuses")} it");
                    }
                }
    }

    [Fact]
    public void EveryAction_IsAllowedSomewhere_SoTheComparisonAboveIsNotVacuous()
    {
        var everAllowed = Enum.GetValues<RecommendationStatus>()
            .SelectMany(s => Actors.SelectMany(a => Offered(New(s, "00070", Today), a.Actor, Today, ReopenPeriodDays)))
            .ToHashSet();

        Assert.Equal(Actions.Order(), everAllowed.Order());
    }

    [Fact]
    public void Reopen_IsNoLongerOffered_AfterTheReopenPeriod()
    {
        var locality = Actors[0].Actor;

        var within = Offered(New(RecommendationStatus.Answered, "00070", Today.AddDays(-ReopenPeriodDays)), locality, Today, ReopenPeriodDays);
        var after = Offered(New(RecommendationStatus.Answered, "00070", Today.AddDays(-ReopenPeriodDays - 1)), locality, Today, ReopenPeriodDays);

        Assert.Contains("reopen", within);
        Assert.DoesNotContain("reopen", after);
        Assert.Contains("rate", after);
    }

    [Theory]
    // The locality's own steps on an answered record and on one waiting for its information, written out by hand:
    // Hoàn Kiếm's record is Hoàn Kiếm's; Hà Nội's department sees it but does not act for it; its own record is its own.
    [InlineData("its commune", "00070", RecommendationStatus.Answered, "close reopen rate")]
    [InlineData("its province", "00070", RecommendationStatus.Answered, "")]
    [InlineData("its province", null, RecommendationStatus.Answered, "close reopen rate")]
    [InlineData("its commune", "00070", RecommendationStatus.NeedsInformation, "provide-information")]
    [InlineData("its province", "00070", RecommendationStatus.NeedsInformation, "")]
    [InlineData("another commune", "00070", RecommendationStatus.Answered, "")]
    // A leader directs and does not handle, even a record routed to the leader's own office.
    [InlineData("a Ministry leader in the routed unit", "00070", RecommendationStatus.Submitted, "")]
    [InlineData("a Ministry leader in the routed unit", "00070", RecommendationStatus.InProgress, "")]
    [InlineData("the routed unit", "00070", RecommendationStatus.Submitted, "merge outside-remit receive transfer")]
    // A draft waiting for approval: only a leader of the unit that wrote it approves or returns it; its officers and the hub wait.
    [InlineData("the routed unit's head", "00070", RecommendationStatus.AwaitingApproval, "approve-answer return-answer")]
    [InlineData("a Ministry leader in the routed unit", "00070", RecommendationStatus.AwaitingApproval, "approve-answer return-answer")]
    [InlineData("the routed unit", "00070", RecommendationStatus.AwaitingApproval, "")]
    [InlineData("the hub", "00070", RecommendationStatus.AwaitingApproval, "")]
    [InlineData("the hub's head", "00070", RecommendationStatus.AwaitingApproval, "")]
    [InlineData("another unit's head", "00070", RecommendationStatus.AwaitingApproval, "")]
    [InlineData("an administrator", "00070", RecommendationStatus.AwaitingApproval, "")]
    [InlineData("its commune", "00070", RecommendationStatus.AwaitingApproval, "")]
    public void OnlyTheLocalityThatRaisedIt_TakesTheLocalitysSteps(string who, string? commune, RecommendationStatus status, string expected)
    {
        var actor = Actors.Single(a => a.Name == who).Actor;

        var offered = Offered(New(status, commune, Today), actor, Today, ReopenPeriodDays);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), offered.Order());
    }

    [Fact]
    public void AnAnswerRatedOnce_IsNotOfferedForRatingAgain_AndASecondRatingIsRefused()
    {
        var locality = Actors[0].Actor;
        var r = New(RecommendationStatus.Answered, "00070", Today);
        r.Rate(locality, At, false, "Chưa rõ thời hạn.");

        var refusal = Assert.Throws<WorkflowRefusal>(() => r.Rate(locality, At, true, null));

        Assert.DoesNotContain("rate", Offered(r, locality, Today, ReopenPeriodDays));
        Assert.Equal("Câu trả lời này đã được đánh giá; mỗi câu trả lời chỉ được đánh giá một lần.", refusal.Message);
        Assert.False(refusal.Forbidden);
        Assert.False(r.Satisfied);
    }

    [Fact]
    public void AUnitThatApprovesAnswers_HoldsItsOfficersAnswer_ButNotItsHeadsOwn()
    {
        var byOfficer = New(RecommendationStatus.InProgress, "00070", null);
        var byHead = New(RecommendationStatus.InProgress, "00070", null);

        byOfficer.AnswerWith(Ministry(RoutedUnit), At, Today, "Trả lời.", needsApproval: true);
        byHead.AnswerWith(Ministry(RoutedUnit, head: true), At, Today, "Trả lời.", needsApproval: true);

        Assert.Equal((RecommendationStatus.AwaitingApproval, (DateOnly?)null, true), (byOfficer.Status, byOfficer.AnsweredOn, byOfficer.AnswerIsDraft));
        Assert.Equal((RecommendationStatus.Answered, (DateOnly?)Today, false), (byHead.Status, byHead.AnsweredOn, byHead.AnswerIsDraft));
    }
}
