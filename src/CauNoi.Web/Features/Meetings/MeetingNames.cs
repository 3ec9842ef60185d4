using CauNoi.Web.Features.AdminUnits;
namespace CauNoi.Web.Features.Meetings;

public static class MeetingNames
{
    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.NationalConference => "Hội nghị toàn quốc",
        MeetingKind.RegionalConference => "Hội nghị khu vực",
        MeetingKind.WorkingMission => "Đoàn công tác",
        _ => kind.ToString(),
    };

    public static string Of(Region region) => Regions.Name(region);

    /// <summary>"Hội nghị khu vực (Khu vực phía Bắc)", or the kind alone.</summary>
    public static string Of(MeetingKind kind, Region? region) => region is { } r ? $"{Of(kind)} ({Of(r)})" : Of(kind);

    /// <summary>"15/07/2025" or "15/07/2025 – 17/07/2025".</summary>
    public static string Dates(DateOnly starts, DateOnly ends) => starts == ends ? Display.Date(starts) : $"{Display.Date(starts)} – {Display.Date(ends)}";
}
