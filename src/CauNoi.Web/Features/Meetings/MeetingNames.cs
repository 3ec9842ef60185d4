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

    public static string Of(MeetingRegion region) => region switch
    {
        MeetingRegion.North => "Khu vực phía Bắc",
        MeetingRegion.Centre => "Khu vực miền Trung",
        MeetingRegion.South => "Khu vực phía Nam",
        _ => region.ToString(),
    };

    /// <summary>"Hội nghị khu vực (Khu vực phía Bắc)", or the kind alone.</summary>
    public static string Of(MeetingKind kind, MeetingRegion? region) => region is { } r ? $"{Of(kind)} ({Of(r)})" : Of(kind);

    /// <summary>"15/07/2025" or "15/07/2025 – 17/07/2025".</summary>
    public static string Dates(DateOnly starts, DateOnly ends) => starts == ends ? Display.Date(starts) : $"{Display.Date(starts)} – {Display.Date(ends)}";
}
