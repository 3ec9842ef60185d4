using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// The consolidated reply (seed 004: "tổng hợp đầy đủ, trả lời một cách rõ ràng"): one official letter of the coordinating
/// hub that answers every recommendation raised at the meeting, grouped by field and then by province, each answer under
/// its recommendation and naming the unit that answered it; the recommendations not yet answered are listed with the unit
/// handling each and its deadline. It is built from the records each time it is asked for, so issuing it again once more
/// are answered gives the new answers. It goes to every province that took part, so it holds them all, whoever asks.
/// </summary>
public static class MeetingReply
{
    public sealed record Answered(string Number, string Title, string Content, string AnsweringUnit, string Answer);
    public sealed record Pending(string Number, string Title, string ProvinceName, string RoutedUnit, DateOnly DueOn);
    public sealed record Group(string Field, IReadOnlyList<(string Province, IReadOnlyList<Answered> Items)> Provinces);

    /// <summary>The reply's content: the answered by field and province, the pending by deadline.</summary>
    public sealed record Content(IReadOnlyList<Group> Groups, IReadOnlyList<Pending> Unanswered, int Raised);

    public static async Task<Content> ReadAsync(CauNoiDb db, int meetingId, DateOnly today, CancellationToken ct = default)
    {
        var raised = await MeetingDetail.RaisedAt(db, Scope.Everything, meetingId).ToListAsync(ct);
        var answeredIds = raised.Where(r => r.IsAnswered).Select(r => r.Id).ToList();
        var texts = await db.Recommendations.Where(r => answeredIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Content, r.Answer, r.CompetentBody, r.Status }).ToDictionaryAsync(r => r.Id, ct);
        string AnswerOf(int id) => texts[id] is var t && t.Status == Recommendations.RecommendationStatus.OutsideRemit
            ? $"Nội dung kiến nghị không thuộc thẩm quyền giải quyết của Bộ Công Thương; đề nghị địa phương gửi {t.CompetentBody}." + (t.Answer is { Length: > 0 } a ? " " + a : "")
            : texts[id].Answer ?? "";
        var groups = raised.Where(r => r.IsAnswered)
            .GroupBy(r => r.FieldName).OrderBy(g => g.Key, VietnameseText.Order)
            .Select(g => new Group(g.Key, [.. g.GroupBy(r => r.ProvinceName).OrderBy(p => p.Key, VietnameseText.Order)
                .Select(p => (p.Key, (IReadOnlyList<Answered>)[.. p.OrderBy(r => r.Id).Select(r =>
                    new Answered(r.Number, r.Title, texts[r.Id].Content, r.AnsweringUnit ?? r.RoutedUnit, AnswerOf(r.Id)))]))]))
            .ToList();
        var pending = raised.Where(r => !r.IsAnswered).OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .Select(r => new Pending(r.Number, r.Title, r.ProvinceName, r.RoutedUnit, r.DueOn)).ToList();
        return new Content(groups, pending, raised.Count);
    }

    // Widths in millimetres for 13 pt Times New Roman with the cell margins (as the weekly report measured them):
    // "KN000123" needs about 25 mm, "05/02/2026" 24.7 mm.
    private static readonly TableColumn[] PendingColumns =
    [
        new("TT", 10, Centred: true, NoWrap: true), new("Số", 26, Centred: true, NoWrap: true), new("Tỉnh, thành phố", 30),
        new("Nội dung kiến nghị", 0), new("Đơn vị xử lý", 34), new("Hạn trả lời", 26, Centred: true, NoWrap: true),
    ];

    /// <summary>The letter as a .docx in the Decree 30 layout, issued by the coordinating hub and signed as its weekly report is.</summary>
    public static async Task<byte[]> ToBytesAsync(CauNoiDb db, MeetingDetail meeting, DateOnly today, CancellationToken ct = default)
    {
        var content = await ReadAsync(db, meeting.Id, today, ct);
        var issuer = await ReportIssuer.OfAsync(db, null, Scope.Everything, ct);
        var signOff = await ReportSignOffs.ReadAsync(db, IssuerLevel.Ministry, ct);
        var provinces = meeting.Provinces.Select(p => p.Name).ToList();
        IReadOnlyList<string> addressees = provinces.Count <= 3
            ? [.. provinces.Select(p => "Sở Công Thương " + p)]
            : ["Sở Công Thương các tỉnh, thành phố: " + string.Join(", ", provinces)];
        var answered = content.Groups.Sum(g => g.Provinces.Sum(p => p.Items.Count));
        var document = OfficialDocument.Letter(
                new Issuer(issuer.SuperiorBody, issuer.Body, $"Số:        /{issuer.Code}-TH", issuer.Place, today,
                    $"V/v trả lời kiến nghị của các địa phương tại {meeting.Title}"),
                addressees)
            .Paragraph($"Tại {meeting.Title} ({MeetingNames.Dates(meeting.StartsOn, meeting.EndsOn)}, {meeting.Place}) do {meeting.ChairName} chủ trì, "
                + $"các địa phương đã nêu {Display.Number(content.Raised)} kiến nghị. Thực hiện ý kiến chỉ đạo của {meeting.ChairName}, {issuer.Name} đã phối hợp với "
                + $"các đơn vị thuộc Bộ tổng hợp, trả lời {Display.Number(answered)} kiến nghị như sau:");
        var roman = 0;
        foreach (var group in content.Groups)
        {
            document.Heading($"{Roman(++roman)}. LĨNH VỰC {group.Field.ToUpper(VietnameseText.Culture)}");
            var n = 0;
            foreach (var (province, items) in group.Provinces)
            {
                document.Heading($"{++n}. {province}");
                var letter = 'a';
                foreach (var item in items)
                {
                    document.Point($"{letter++}) Kiến nghị {item.Number}: {item.Title}")
                        .Paragraph(item.Content)
                        .Paragraph($"Trả lời ({item.AnsweringUnit}): {item.Answer}");
                }
            }
        }
        if (content.Unanswered.Count > 0)
        {
            document.Heading($"{Roman(++roman)}. CÁC KIẾN NGHỊ ĐANG ĐƯỢC XỬ LÝ")
                .Paragraph($"Còn {Display.Number(content.Unanswered.Count)} kiến nghị đang được các đơn vị thuộc Bộ xử lý; {issuer.Name} sẽ có văn bản trả lời "
                    + "khi có kết quả:")
                .Table(PendingColumns, content.Unanswered.Select((p, i) => (IReadOnlyList<string>)
                    [Display.Number(i + 1), p.Number, p.ProvinceName, p.Title, p.RoutedUnit, Display.Date(p.DueOn)]));
        }
        document.Paragraph($"{issuer.Name} trân trọng thông báo để Sở Công Thương các tỉnh, thành phố biết, thực hiện./.");
        IReadOnlyList<string> recipients =
        [
            "- Như trên;", $"- {meeting.ChairName} (để báo cáo);", .. meeting.Units.Where(u => u.Name != issuer.Name).Select(u => $"- {u.Name};"),
            $"- Lưu: VT, {issuer.Code}.",
        ];
        return document.ToBytes(recipients, new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>
    /// Issues the reply: records who issued it and what it held, and tells each province taking part (its Sở Công Thương)
    /// that the letter is on the meeting's page. Issued again once more answers are in, it is recorded and told again.
    /// </summary>
    public static async Task<MeetingReplyIssue> IssueAsync(CauNoiDb db, Actor actor, MeetingDetail meeting, DateTime at, DateOnly today, CancellationToken ct = default)
    {
        var content = await ReadAsync(db, meeting.Id, today, ct);
        var answered = content.Groups.Sum(g => g.Provinces.Sum(p => p.Items.Count));
        var issue = new MeetingReplyIssue
        {
            MeetingId = meeting.Id, IssuedAt = at, IssuedById = actor.UserId, IssuedByName = actor.Name, Answered = answered, Pending = content.Unanswered.Count,
        };
        db.MeetingReplyIssues.Add(issue);
        var codes = meeting.Provinces.Select(p => p.Code).ToList();
        var departments = await db.Organisations
            .Where(o => o.Kind == Organisations.OrganisationKind.ProvincialDepartment && o.ProvinceCode != null && codes.Contains(o.ProvinceCode))
            .Select(o => o.Id).ToListAsync(ct);
        await Notifications.Notify.OrganisationsAsync(db, departments, $"Văn bản trả lời kiến nghị tại {meeting.Title}",
            $"Cục Công Thương địa phương đã ban hành văn bản trả lời tổng hợp: {answered} kiến nghị đã được trả lời"
                + (content.Unanswered.Count > 0 ? $", {content.Unanswered.Count} kiến nghị đang được xử lý." : "."),
            $"/hoi-nghi/{meeting.Id}#kien-nghi", at, ct);
        await db.SaveChangesAsync(ct);
        return issue;
    }

    private static string Roman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X",
        _ => (n > 10 ? "X" + Roman(n - 10) : n.ToString()),
    };
}
