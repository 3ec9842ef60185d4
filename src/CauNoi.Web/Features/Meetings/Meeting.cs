using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Meetings;

/// <summary>Whom the Ministry meets: every province, the provinces of a region, or one or more provinces on a working mission.</summary>
public enum MeetingKind { NationalConference = 1, RegionalConference = 2, WorkingMission = 3 }

/// <summary>
/// A conference with the localities or a working mission (đoàn công tác) led by a Ministry leader: who chaired it, who
/// took part, its agenda and documents; what it produced is linked to it: the recommendations raised there, the
/// conclusion notice in the tasks register and its tasks, a mission's findings.
/// </summary>
public class Meeting : ISearchable
{
    public int Id { get; set; }
    public MeetingKind Kind { get; set; }
    /// <summary>A regional conference's region; none for a national conference or a mission.</summary>
    public Region? Region { get; set; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Place { get; set; }
    /// <summary>The chairing leader's account, and their name and title as the meeting records them ("Thứ trưởng Nguyễn Sinh Nhật Tân").</summary>
    public string? ChairId { get; set; }
    public required string ChairName { get; set; }
    public string? Agenda { get; set; }
    /// <summary>A mission's report of what it found, written afterwards; each finding is also a row of its own.</summary>
    public string? Report { get; set; }
    public int OrganisedByOrganisationId { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Title} {Place} {ChairName}";

    public List<MeetingUnit> Units { get; set; } = [];
    public List<MeetingProvince> Provinces { get; set; } = [];
    public List<MeetingFinding> Findings { get; set; } = [];
    public List<MeetingFile> Files { get; set; } = [];
    public List<MeetingReplyIssue> ReplyIssues { get; set; } = [];

    public const string NumberPrefix = "HN";
    public static string FormatNumber(int id) => $"{NumberPrefix}{id:D6}";
}

/// <summary>A Ministry unit taking part, with its delegates as written ("Cục trưởng Nguyễn Văn A; chuyên viên Trần Thị B").</summary>
public class MeetingUnit
{
    public int MeetingId { get; set; }
    public int OrganisationId { get; set; }
    public string? Delegates { get; set; }
}

/// <summary>A province taking part, with its delegates; on a mission, the day the mission visits it (the mission's plan).</summary>
public class MeetingProvince
{
    public int MeetingId { get; set; }
    public required string ProvinceCode { get; set; }
    public string? Delegates { get; set; }
    public DateOnly? VisitOn { get; set; }
}

/// <summary>
/// What a mission found in a province: an obstacle that becomes a recommendation, or a follow-up that becomes a task of a
/// unit (or both, or neither yet).
/// </summary>
public class MeetingFinding
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public string? ProvinceCode { get; set; }
    public required string Text { get; set; }
    public int? RecommendationId { get; set; }
    public int? TaskId { get; set; }
    public string? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A meeting's document (invitation, agenda, report, slides), typed by its content as every attachment is.</summary>
public class MeetingFile : AttachedFile
{
    public int MeetingId { get; set; }
}

/// <summary>
/// One issue of the consolidated reply, sent to every province taking part: who issued it and when, and how many
/// recommendations it answered and left pending then. The letter itself is made from the records when it is downloaded.
/// </summary>
public class MeetingReplyIssue
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public DateTime IssuedAt { get; set; }
    public string? IssuedById { get; set; }
    public required string IssuedByName { get; set; }
    public int Answered { get; set; }
    public int Pending { get; set; }
}
