using CauNoi.Web.Features.Notifications;
using A = CauNoi.Web.Features.Indicators.ReportAction;
using S = CauNoi.Web.Features.Indicators.ReportState;

namespace CauNoi.Web.Features.Indicators;

/// <summary>The steps of a report. On the wire in kebab case: "return-to-officer".</summary>
public enum ReportAction { Submit, Approve, ReturnToOfficer, Accept, SendBack, Revise }

/// <summary>
/// The report workflow, one row per step: the department's officer enters the figures and submits them; its head approves,
/// which locks them and sends them to the Ministry (or returns them); the form's owning unit accepts them, which puts them
/// in use, or sends them back. A correction after acceptance is a revision. Entering, submitting, approving and revising
/// need the form's entry window open, or a lock exception (see docs/indicators.md).
/// </summary>
public static class ReportWorkflow
{
    public static readonly Workflow<A, S, Actor, FormReport, ReportMoment, Told> Table = new(
        r => r.State,
        "Bạn không có quyền thực hiện thao tác này với báo cáo.",
        s => $"Không thể thực hiện thao tác khi báo cáo {Of(s)}.",

        new(A.Submit, "Gửi lãnh đạo Sở duyệt", [S.Draft], ReportActor.Enters)
        {
            To = S.Submitted, Unless = (_, m) => m.Closed ?? m.Problems, Tell = TellHeadAsync,
            NotYours = "Chỉ cán bộ của cơ quan báo cáo mới nhập và gửi số liệu.",
        },
        new(A.Approve, "Duyệt và gửi Bộ", [S.Submitted], ReportActor.Heads)
        {
            To = S.Approved, Unless = (_, m) => m.Closed ?? m.Problems, Tell = TellOwnerAsync,
            NotYours = "Chỉ lãnh đạo của cơ quan báo cáo mới duyệt số liệu.",
        },
        new(A.ReturnToOfficer, "Trả lại cán bộ", [S.Submitted], ReportActor.Heads)
            { To = S.Draft, Needs = [Comment("Nêu lý do trả lại.")], Tell = TellReporterAsync, Secondary = true },
        new(A.Accept, "Chấp nhận số liệu", [S.Approved], ReportActor.Owns)
        {
            To = S.Accepted, Tell = TellReporterAsync,
            NotYours = "Chỉ đơn vị thuộc Bộ theo dõi biểu mẫu mới chấp nhận hoặc trả lại số liệu.",
        },
        new(A.SendBack, "Trả lại địa phương", [S.Approved], ReportActor.Owns)
        {
            To = S.Draft, Needs = [Comment("Nêu lý do trả lại số liệu.")], Tell = TellReporterAsync, Secondary = true,
            NotYours = "Chỉ đơn vị thuộc Bộ theo dõi biểu mẫu mới chấp nhận hoặc trả lại số liệu.",
        },
        new(A.Revise, "Điều chỉnh số liệu đã được chấp nhận", [S.Accepted], ReportActor.Enters)
        {
            To = S.Draft, Needs = [Comment("Nêu lý do điều chỉnh số liệu.")], Unless = (_, m) => m.Closed, Tell = TellOwnerAsync, Secondary = true,
            NotYours = "Chỉ cán bộ của cơ quan báo cáo mới điều chỉnh số liệu.",
        });

    /// <summary>The steps by their names on the wire, for the API's description and its refusal of an unknown step.</summary>
    public static readonly string WireNames = string.Join(", ", Enum.GetValues<A>().Select(a => Table[a].Wire));

    public static readonly IReadOnlyDictionary<string, string> Names =
        Table.Steps.Select(s => KeyValuePair.Create(s.Wire, s.Name)).Append(KeyValuePair.Create(Entered, "Nhập, sửa số liệu")).ToDictionary();

    /// <summary>The history's name for a save of figures, which is not a step of the table.</summary>
    public const string Entered = "enter";

    public static string Of(S state) => state switch
    {
        S.Draft => "đang nhập",
        S.Submitted => "chờ lãnh đạo Sở duyệt",
        S.Approved => "đã gửi Bộ, chờ chấp nhận",
        _ => "đã được Bộ chấp nhận",
    };

    /// <summary>What a step's further rules read: the entry window's refusal when it is closed, and the figures' problems.</summary>
    public sealed record ReportMoment(string? Closed, string? Problems);

    public sealed record Told(CauNoiDb Db, FormReport Report, ReportForm Form, Actor Actor, string? Comment, DateTime At)
    {
        public string Link => $"/chi-tieu/bao-cao/{Report.Id}";
        public string Subject(string what) => $"{Form.Name}, {Report.Period.Name}: {what}";
        public string Body => $"{Actor.Name}, {Actor.OrganisationName}" + (Comment is null ? "" : $": {Comment}");
    }

    private static Need Comment(string refusal) => new(nameof(ReportSteps.Request.Comment), refusal);

    /// <summary>The reporting organisation: its head reads it among the department's notices.</summary>
    private static Task TellHeadAsync(Told t, CancellationToken ct) =>
        Notify.OrganisationsAsync(t.Db, [t.Report.OrganisationId], t.Subject("chờ lãnh đạo duyệt"), t.Body, t.Link, t.At, ct);

    private static Task TellOwnerAsync(Told t, CancellationToken ct) =>
        Notify.OrganisationsAsync(t.Db, [t.Form.OwningUnitId], t.Subject(t.Report.State == S.Draft ? $"địa phương điều chỉnh (lần {t.Report.Revision})" : "địa phương đã gửi"),
            t.Body, t.Link, t.At, ct);

    private static Task TellReporterAsync(Told t, CancellationToken ct) =>
        Notify.OrganisationsAsync(t.Db, [t.Report.OrganisationId], t.Subject(Names[t.Report.Events[^1].Action].ToLower(VietnameseText.Culture)),
            t.Body, t.Link, t.At, ct);
}

/// <summary>What a caller is to a report.</summary>
public static class ReportActor
{
    /// <summary>The officers of the reporting organisation, or an administrator.</summary>
    public static bool Enters(this Actor a, FormReport r) => a.IsAdministrator || (a.Acts && a.OrganisationId == r.OrganisationId);

    /// <summary>The head of the reporting organisation (its unit-head account), or an administrator.</summary>
    public static bool Heads(this Actor a, FormReport r) => a.IsAdministrator || (a.IsUnitHead && a.OrganisationId == r.OrganisationId);

    /// <summary>The officers of the Ministry unit that owns the form, or an administrator.</summary>
    public static bool Owns(this Actor a, FormReport r) => a.IsAdministrator || (a.IsMinistry && a.Acts && a.OrganisationId == r.Form!.OwningUnitId);
}
