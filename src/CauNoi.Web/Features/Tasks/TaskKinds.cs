namespace CauNoi.Web.Features.Tasks;

/// <summary>The kinds of document that assign work.</summary>
public enum DocumentType
{
    Resolution = 1, Decision = 2, Directive = 3, ConclusionNotice = 4, Plan = 5, OfficialLetter = 6, MeetingMinutes = 7,
}

/// <summary>How often a recurring task falls due; each occurrence is its own tracked task.</summary>
public enum Recurrence { None = 0, Weekly = 1, Monthly = 2, Quarterly = 3, HalfYearly = 4, Yearly = 5 }

/// <summary>The form of the product a task must deliver.</summary>
public enum ResultForm
{
    Report = 1, DraftDecree = 2, DraftCircular = 3, DraftDecision = 4, Decision = 5, Plan = 6, Scheme = 7, OfficialLetter = 8,
    Database = 9, Other = 10,
}

public enum TaskPriority { Normal = 1, High = 2, Urgent = 3 }

/// <summary>Where a task stands in its workflow. Its status in the Government's buckets is computed from this and its dates.</summary>
public enum WorkTaskState { Open = 1, Done = 2, Cancelled = 3 }

/// <summary>
/// The Government's buckets (QĐ 42/2014/QĐ-TTg as amended by QĐ 23/2018/QĐ-TTg, as Báo cáo 1270/BC-TCTTTg counts them),
/// plus "not yet due" and "cancelled". Never stored: <see cref="TaskStatusRule"/> computes it for a given day.
/// </summary>
public enum WorkTaskStatus
{
    DoneOnTime = 1, DoneLate = 2, InProgress = 3, Overdue = 4, NotYetDue = 5, Cancelled = 6,
}

public enum ExtensionDecision { Pending = 1, Granted = 2, Refused = 3 }

public static class TaskNames
{
    public static string Of(DocumentType t) => t switch
    {
        DocumentType.Resolution => "Nghị quyết",
        DocumentType.Decision => "Quyết định",
        DocumentType.Directive => "Chỉ thị",
        DocumentType.ConclusionNotice => "Thông báo kết luận",
        DocumentType.Plan => "Kế hoạch",
        DocumentType.OfficialLetter => "Công văn",
        DocumentType.MeetingMinutes => "Biên bản họp",
        _ => t.ToString(),
    };

    public static string Of(Recurrence r) => r switch
    {
        Recurrence.None => "Không định kỳ",
        Recurrence.Weekly => "Hằng tuần",
        Recurrence.Monthly => "Hằng tháng",
        Recurrence.Quarterly => "Hằng quý",
        Recurrence.HalfYearly => "Sáu tháng",
        Recurrence.Yearly => "Hằng năm",
        _ => r.ToString(),
    };

    public static string Of(ResultForm f) => f switch
    {
        ResultForm.Report => "Báo cáo",
        ResultForm.DraftDecree => "Dự thảo nghị định",
        ResultForm.DraftCircular => "Dự thảo thông tư",
        ResultForm.DraftDecision => "Dự thảo quyết định",
        ResultForm.Decision => "Quyết định",
        ResultForm.Plan => "Kế hoạch",
        ResultForm.Scheme => "Đề án",
        ResultForm.OfficialLetter => "Công văn",
        ResultForm.Database => "Cơ sở dữ liệu",
        _ => "Khác",
    };

    public static string Of(TaskPriority p) => p switch
    {
        TaskPriority.High => "Cao",
        TaskPriority.Urgent => "Khẩn",
        _ => "Thường",
    };

    public static string Of(WorkTaskStatus s) => s switch
    {
        WorkTaskStatus.DoneOnTime => "Hoàn thành đúng hạn",
        WorkTaskStatus.DoneLate => "Hoàn thành quá hạn",
        WorkTaskStatus.InProgress => "Đang thực hiện trong hạn",
        WorkTaskStatus.Overdue => "Quá hạn chưa hoàn thành",
        WorkTaskStatus.NotYetDue => "Chưa đến hạn",
        WorkTaskStatus.Cancelled => "Đã hủy",
        _ => s.ToString(),
    };

    public static string Of(WorkTaskState s) => s switch
    {
        WorkTaskState.Done => "Đã hoàn thành",
        WorkTaskState.Cancelled => "Đã hủy",
        _ => "Đang thực hiện",
    };

    public static string Of(ExtensionDecision d) => d switch
    {
        ExtensionDecision.Pending => "Đang xin gia hạn",
        ExtensionDecision.Granted => "Đã gia hạn",
        ExtensionDecision.Refused => "Không đồng ý gia hạn",
        _ => d.ToString(),
    };

    /// <summary>Every value of an enum with its Vietnamese name, in declaration order, for select lists and the import's cells.</summary>
    public static IReadOnlyList<(T Value, string Name)> All<T>(Func<T, string> name) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => (v, name(v)))];
}
