using CauNoi.Web.Features.Notifications;
using A = CauNoi.Web.Features.Tasks.TaskAction;
using Input = CauNoi.Web.Features.Tasks.TaskSteps.Request;
using S = CauNoi.Web.Features.Tasks.WorkTaskState;

namespace CauNoi.Web.Features.Tasks;

/// <summary>The steps a task takes after it is assigned. On the wire in kebab case: "report-progress".</summary>
public enum TaskAction { ReportProgress, SendBack, RequestExtension, GrantExtension, RefuseExtension, Cancel }

/// <summary>
/// The task workflow, one row per step, in the order the page offers them: the step, its name, the states it leaves from,
/// who may take it; then where it goes, what it needs, any further rule, who is told. The lead unit reports and asks for
/// time; the assigner (the leader who assigned it, the unit that follows it for them, a Ministry leader) sends reports
/// back, decides on extensions and cancels. See docs/workflow.md.
/// </summary>
public static class TaskWorkflow
{
    public static readonly Workflow<A, S, Actor, WorkTask, DateOnly, Told> Table = new(
        t => t.State,
        "Bạn không có quyền thực hiện thao tác này với nhiệm vụ.",
        s => $"Không thể thực hiện thao tác khi nhiệm vụ {Of(s)}.",

        new(A.ReportProgress, "Báo cáo tiến độ", [S.Open], TaskActor.Leads)
        {
            Needs = [new(nameof(Input.Percent), "Nhập tiến độ (%) từ 0 đến 100."), Comment("Nêu kết quả đã thực hiện.")],
            Unless = (t, _) => t.IsSeries ? OccurrencesReport : null,
            NotYours = "Chỉ đơn vị chủ trì hoặc người được giao chủ trì mới báo cáo tiến độ nhiệm vụ.", Tell = TellAssignerAsync,
        },
        new(A.SendBack, "Trả lại báo cáo", [S.Open, S.Done], TaskActor.Assigns)
        {
            To = S.Open, Needs = [Comment("Nêu lý do trả lại báo cáo.")], Tell = TellLeadAsync, Secondary = true,
            Unless = (t, _) => t.Progress is null ? "Nhiệm vụ chưa có báo cáo tiến độ nào để trả lại." : null,
        },
        new(A.RequestExtension, "Đề nghị gia hạn", [S.Open], TaskActor.Leads)
        {
            Needs = [new(nameof(Input.DueOn), "Chọn hạn đề nghị gia hạn."), Comment("Nêu lý do đề nghị gia hạn.")], Tell = TellAssignerAsync,
            Unless = (t, _) => t.IsSeries ? OccurrencesReport : t.ExtensionPending ? "Nhiệm vụ đang có đề nghị gia hạn chờ quyết định." : null,
            NotYours = "Chỉ đơn vị chủ trì hoặc người được giao chủ trì mới đề nghị gia hạn.", Secondary = true,
        },
        new(A.GrantExtension, "Đồng ý gia hạn", [S.Open], TaskActor.Assigns)
        {
            Tell = TellLeadAsync, Unless = (t, _) => t.ExtensionPending ? null : NoPendingExtension,
        },
        new(A.RefuseExtension, "Không đồng ý gia hạn", [S.Open], TaskActor.Assigns)
        {
            Needs = [Comment("Nêu lý do không đồng ý gia hạn.")], Tell = TellLeadAsync, Secondary = true,
            Unless = (t, _) => t.ExtensionPending ? null : NoPendingExtension,
        },
        new(A.Cancel, "Hủy nhiệm vụ", [S.Open], TaskActor.Assigns)
            { To = S.Cancelled, Needs = [Comment("Nêu lý do hủy nhiệm vụ.")], Tell = TellLeadAsync, Secondary = true });

    public const string OccurrencesReport = "Nhiệm vụ định kỳ được báo cáo theo từng kỳ: hãy mở kỳ cần báo cáo.";
    public const string NoPendingExtension = "Nhiệm vụ không có đề nghị gia hạn nào chờ quyết định.";

    /// <summary>The steps by their names on the wire, for the API's description and its refusal of an unknown step.</summary>
    public static readonly string WireNames = string.Join(", ", Enum.GetValues<A>().Select(a => Table[a].Wire));

    /// <summary>Every history line's action and its Vietnamese name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names =
        Table.Steps.Select(s => KeyValuePair.Create(s.Wire, s.Name)).Append(KeyValuePair.Create("assign", "Giao nhiệm vụ")).ToDictionary();

    /// <summary>What a notification reads once the step is taken; <paramref name="Comment"/> as checked.</summary>
    public sealed record Told(CauNoiDb Db, WorkTask Task, Actor Actor, string? Comment, DateTime At)
    {
        public string Link => $"/nhiem-vu/{Task.Id}";
    }

    private static string Of(S state) => state switch
    {
        S.Done => "đã hoàn thành",
        S.Cancelled => "đã bị hủy",
        _ => "đang thực hiện",
    };

    private static Need Comment(string refusal) => new(nameof(Input.Comment), refusal);

    private static string Subject(Told t, string what) => $"Nhiệm vụ {t.Task.Number}: {what}";

    /// <summary>The step just taken (the last line of the history), as a notification's subject names it.</summary>
    private static string StepName(Told t) => Names[t.Task.Events[^1].Action].ToLower(VietnameseText.Culture);

    /// <summary>
    /// The unit that follows the task and the leader who assigned it. When a report completes a task that answers a
    /// recommendation, the locality that raised it is told as well.
    /// </summary>
    private static async Task TellAssignerAsync(Told t, CancellationToken ct)
    {
        var what = t.Task.State == S.Done ? "đã hoàn thành" : StepName(t);
        var body = $"{t.Task.Title}\n\n{t.Actor.Name}, {t.Actor.OrganisationName}: {t.Comment}";
        await Notify.OrganisationsAsync(t.Db, [t.Task.AssigningOrganisationId], Subject(t, what), body, t.Link, t.At, ct);
        if (t.Task.AssignedById is { } leader) await Notify.UsersAsync(t.Db, [leader], Subject(t, what), body, t.Link, t.At, ct);
        if (t.Task.State == S.Done && t.Task.RecommendationId is { } recommendation)
        {
            var locality = await t.Db.Recommendations.Where(r => r.Id == recommendation).Select(r => r.SubmittingOrganisationId).FirstAsync(ct);
            await Notify.OrganisationsAsync(t.Db, [locality], $"Nhiệm vụ xử lý kiến nghị của địa phương đã hoàn thành ({t.Task.Number})",
                $"{t.Task.Title}\n\n{t.Comment}", $"/kien-nghi/{recommendation}", t.At, ct);
        }
    }

    /// <summary>The lead unit, and its named owner in person.</summary>
    private static async Task TellLeadAsync(Told t, CancellationToken ct)
    {
        var title = Subject(t, StepName(t));
        var body = $"{t.Task.Title}\n\n{t.Actor.Name}, {t.Actor.OrganisationName}" + (t.Comment is null ? "" : $": {t.Comment}");
        await Notify.OrganisationsAsync(t.Db, [t.Task.LeadOrganisationId], title, body, t.Link, t.At, ct);
        if (t.Task.OwnerId is { } owner) await Notify.UsersAsync(t.Db, [owner], title, body, t.Link, t.At, ct);
    }
}

/// <summary>What a caller is to a task: in its lead unit, or its assigner.</summary>
public static class TaskActor
{
    /// <summary>The named owner, the officers of the lead unit, or an administrator.</summary>
    public static bool Leads(this Actor a, WorkTask t) =>
        a.IsAdministrator || (a.UserId is not null && a.UserId == t.OwnerId) || (a.Acts && a.OrganisationId == t.LeadOrganisationId);

    /// <summary>The leader who assigned it, a Ministry leader, the officers of the unit that follows it, or an administrator.</summary>
    public static bool Assigns(this Actor a, WorkTask t) =>
        a.IsAdministrator || (a.UserId is not null && a.UserId == t.AssignedById) || (a.IsLeader && a.IsMinistry)
        || (a.Acts && a.OrganisationId == t.AssigningOrganisationId);
}
