using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The figures as a .docx report (Decree 30/2020/NĐ-CP layout) that the issuing body's clerical office numbers and signs:
/// the area's completion rate, proposals and budget in words, how they are counted, and a landscape annex with the
/// provinces' completion and budget, the outputs by kind, and every stop and adjustment with its reason.
/// </summary>
public static class PromotionFiguresDocument
{
    // Widths in millimetres, for the tables' 12 pt Times New Roman with cell margins either side: "50.000.000,00" needs about
    // 30 mm, a code "KCĐP-01-2023-0001" about 42 mm, a date 24 mm. The annex's line is 252 mm; names take what is left.
    private const double Number = 14, Count = 20, Money = 32, Rate = 22;

    public static readonly IReadOnlyList<TableColumn> CompletionColumns =
    [
        new("STT", Number, Centred: true, NoWrap: true), new("Tỉnh, thành phố", 0),
        new("Số đề án", Count, Centred: true, NoWrap: true), new("Đã phê duyệt", Count, Centred: true, NoWrap: true),
        new("Đã nghiệm thu, quyết toán", 24, Centred: true, NoWrap: true), new("Dừng thực hiện", Count, Centred: true, NoWrap: true),
        new("Đã điều chỉnh", Count, Centred: true, NoWrap: true), new("KP nhà nước phê duyệt lần đầu (tr.đ)", Money, Centred: true, NoWrap: true),
        new("KP nhà nước đã nghiệm thu, quyết toán (tr.đ)", Money, Centred: true, NoWrap: true), new("Tỷ lệ hoàn thành (%)", Rate, Centred: true, NoWrap: true),
    ];

    public static readonly IReadOnlyList<TableColumn> BudgetColumns =
    [
        new("STT", Number, Centred: true, NoWrap: true), new("Tỉnh, thành phố", 0),
        new("KP kế hoạch nhà nước (tr.đ)", Money, Centred: true, NoWrap: true), new("KP nhà nước đề nghị (tr.đ)", Money, Centred: true, NoWrap: true),
        new("KP nhà nước được duyệt (tr.đ)", Money, Centred: true, NoWrap: true), new("KP đối ứng được duyệt (tr.đ)", Money, Centred: true, NoWrap: true),
        new("KP đã giải ngân (tr.đ)", Money, Centred: true, NoWrap: true), new("KP đã quyết toán (tr.đ)", Money, Centred: true, NoWrap: true),
    ];

    public static readonly IReadOnlyList<TableColumn> OutputColumns =
    [
        new("STT", Number, Centred: true, NoWrap: true), new("Loại kết quả", 0), new("Đơn vị tính", 30, Centred: true),
        new("Cam kết", Money, Centred: true, NoWrap: true), new("Đạt được", Money, Centred: true, NoWrap: true), new("Số đề án", Count, Centred: true, NoWrap: true),
    ];

    public static readonly IReadOnlyList<TableColumn> ChangeColumns =
    [
        new("STT", Number, Centred: true, NoWrap: true), new("Mã đề án", 46, NoWrap: true), new("Tỉnh, thành phố", 30),
        new("Nội dung khuyến công", 46), new("Việc", 24, Centred: true), new("Ngày", 26, Centred: true, NoWrap: true), new("Lý do", 0),
    ];

    public static byte[] ToBytes(PromotionFigures f, DateOnly today, ReportIssuer issuer, SignOff signOff)
    {
        var t = f.Total;
        var document = new OfficialDocument(new Issuer(issuer.SuperiorBody, issuer.Body, $"Số:        /BC-{issuer.Code}", issuer.Place, today),
                "BÁO CÁO", $"Số liệu thực hiện {f.Subject}")
            .Paragraph($"{issuer.Name} báo cáo số liệu thực hiện {f.Subject}, tổng hợp từ các đề án khuyến công ghi nhận trong hệ thống "
                + $"(số liệu tính đến ngày {Display.Date(today)}) như sau:")
            .Heading("I. KẾT QUẢ")
            .Paragraph($"1. Đề án: {Display.Number(t.Proposals)} đề án đăng ký, trong đó "
                + string.Join("; ", Enum.GetValues<ProposalStage>().Select(s => $"{PromotionNames.Of(s).ToLowerInvariant()}: {Display.Number(t.Count(s))}"))
                + $". {Display.Number(t.Adjusted)} đề án đã điều chỉnh sau khi phê duyệt.")
            .Paragraph($"2. Kinh phí ({PromotionNames.Money}): kế hoạch {Display.Number(t.PlannedNational, 2)} kinh phí trung ương, {Display.Number(t.PlannedLocal, 2)} "
                + $"kinh phí địa phương và {Display.Number(t.PlannedCounterpart, 2)} vốn đối ứng; các đề án đề nghị {Display.Number(t.RequestedState, 2)} kinh phí nhà nước "
                + $"và {Display.Number(t.RequestedCounterpart, 2)} vốn đối ứng; được duyệt {Display.Number(t.ApprovedState, 2)} kinh phí nhà nước và "
                + $"{Display.Number(t.ApprovedCounterpart, 2)} vốn đối ứng (phê duyệt lần đầu {Display.Number(t.FirstApprovedState, 2)} kinh phí nhà nước); "
                + $"đã giải ngân {Display.Number(t.Disbursed, 2)}; đã quyết toán {Display.Number(t.SettledFunds, 2)}.")
            .Paragraph("3. Tỷ lệ hoàn thành kế hoạch: " + (t.Completion is { } c
                ? $"{Display.Number(c, 1)}% ({Display.Number(t.CompletedState, 2)} ÷ {Display.Number(t.FirstApprovedState, 2)} {PromotionNames.Money})."
                : "chưa có đề án được phê duyệt."))
            .Paragraph("4. Kết quả: " + (f.Outputs.Count == 0 ? "chưa có đề án được phê duyệt cam kết kết quả." : string.Join("; ", f.Outputs.Select(o =>
                $"{o.Name.ToLowerInvariant()}: cam kết {Display.Number(o.Promised, 0)}, đạt {Display.Number(o.Achieved, 0)} {o.Unit}".TrimEnd())) + "."))
            .Paragraph($"5. Đề án dừng thực hiện hoặc điều chỉnh: {Display.Number(t.Stopped)} đề án dừng thực hiện, "
                + $"{Display.Number(f.Changes.Count(x => x.Step == ProposalStep.Adjust))} lần điều chỉnh; lý do từng trường hợp tại Phụ lục.")
            .Heading("II. CÁCH TÍNH")
            .Paragraph(f.Provenance)
            .Paragraph($"Số liệu chi tiết tại Phụ lục kèm theo. {issuer.Name} kính báo cáo./.");

        var lines = f.ProvinceCode is null ? f.Provinces : [f.Total];
        document.Annex($"Số liệu thực hiện {f.Subject}", $"Kèm theo Báo cáo số        /BC-{issuer.Code} ngày      tháng      năm {today.Year} của {issuer.Name}")
            .Point("1. Tỷ lệ hoàn thành kế hoạch và đề án theo tỉnh, thành phố")
            .Table(CompletionColumns, Numbered(lines, f, l =>
                [l.Name, Display.Number(l.Proposals), Display.Number(l.Approved + l.InProgress + l.Accepted + l.Settled + l.Stopped),
                    Display.Number(l.Accepted + l.Settled), Display.Number(l.Stopped), Display.Number(l.Adjusted), Display.Number(l.FirstApprovedState, 2),
                    Display.Number(l.CompletedState, 2), l.Completion is { } r ? Display.Number(r, 1) : ""]), boldLastRow: f.ProvinceCode is null)
            .Point($"2. Kinh phí theo tỉnh, thành phố ({PromotionNames.Money})")
            .Table(BudgetColumns, Numbered(lines, f, l =>
                [l.Name, Display.Number(l.PlannedNational + l.PlannedLocal, 2), Display.Number(l.RequestedState, 2), Display.Number(l.ApprovedState, 2),
                    Display.Number(l.ApprovedCounterpart, 2), Display.Number(l.Disbursed, 2), Display.Number(l.SettledFunds, 2)]), boldLastRow: f.ProvinceCode is null)
            .Point("3. Kết quả theo loại")
            .Table(OutputColumns, f.Outputs.Select((o, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(), o.Name, o.Unit, Display.Number(o.Promised, 0), Display.Number(o.Achieved, 0), Display.Number(o.Proposals)]))
            .Point("4. Đề án dừng thực hiện hoặc điều chỉnh và lý do")
            .Table(ChangeColumns, f.Changes.Select((x, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(), x.Code, x.ProvinceName, x.ActivityName, x.StepName, Display.Date(x.On), x.Reason]));
        return document.ToBytes([.. signOff.Recipients.Select(issuer.Fill)], new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>The lines numbered 1, 2, … and, for the country, its total last (unnumbered).</summary>
    private static IEnumerable<IReadOnlyList<string>> Numbered(IReadOnlyList<PromotionFigures.Line> lines, PromotionFigures f, Func<PromotionFigures.Line, IReadOnlyList<string>> cells) =>
        lines.Select((l, i) => (IReadOnlyList<string>)[(i + 1).ToString(), .. cells(l)])
            .Concat(f.ProvinceCode is null ? [["", .. cells(f.Total)]] : []);
}
