using CauNoi.Web.Shared.Excel;
using RS = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// A meeting's recommendations and their answers as an .xlsx workbook, as the caller sees them (a province: its own): one
/// row each, by province then number, with the unit handling it, its deadline, its status, and the answer (an answer not
/// yet sent is left out, as the locality does not see it).
/// </summary>
public static class MeetingExport
{
    public static readonly string[] Header =
        ["Số", "Tỉnh, thành phố", "Lĩnh vực", "Tiêu đề", "Nội dung kiến nghị", "Đơn vị xử lý", "Hạn trả lời", "Tình trạng", "Đơn vị trả lời", "Ngày trả lời", "Nội dung trả lời"];

    public static async Task<byte[]> ToBytesAsync(CauNoiDb db, Scope scope, MeetingDetail meeting, CancellationToken ct = default)
    {
        var ids = meeting.Recommendations.Select(r => r.Id).ToList();
        var texts = await db.Recommendations.Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Content, Answer = r.AnswerIsDraft ? null : r.Answer, r.CompetentBody, r.Status })
            .ToDictionaryAsync(r => r.Id, ct);
        var rows = meeting.Recommendations.Select(r =>
        {
            var t = texts[r.Id];
            var answer = t.Status == RS.OutsideRemit ? $"Không thuộc thẩm quyền của Bộ; cơ quan có thẩm quyền: {t.CompetentBody}. {t.Answer}".Trim() : t.Answer;
            return (IReadOnlyList<object?>)[r.Number, r.ProvinceName, r.FieldName, r.Title, t.Content, r.RoutedUnit, r.DueOn, r.StatusName,
                r.IsAnswered ? r.AnsweringUnit : null, r.IsAnswered ? r.AnsweredOn : null, r.IsAnswered ? answer : null];
        });
        return XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị và trả lời", Header, rows, [11, 22, 24, 40, 60, 30, 12, 16, 30, 12, 70],
            [$"Kiến nghị tại {meeting.Title} ({MeetingNames.Dates(meeting.StartsOn, meeting.EndsOn)}, {meeting.Place})",
             $"{meeting.Recommendations.Count} kiến nghị, {meeting.Answered} đã trả lời."]));
    }
}
