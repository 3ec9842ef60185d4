using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Web.Shared.Word;

/// <summary>The body that issues a document, its number, and where and when: the top of every administrative document.</summary>
public sealed record Issuer(string SuperiorBody, string Body, string Number, string Place, DateOnly Date);

/// <summary>Who signs: the authority ("KT. CỤC TRƯỞNG"), the position ("PHÓ CỤC TRƯỞNG"), the name.</summary>
public sealed record Signer(string Authority, string Position, string Name);

/// <summary>
/// A .docx administrative document laid out per Decree 30/2020/NĐ-CP (Appendix I): A4, margins 20 mm top and
/// bottom, 30 mm left, 15 mm right; Times New Roman throughout; the issuing body on the left and the national
/// motto on the right, each over a short rule; the kind of document and its summary centred in bold; the body
/// in 14 pt, justified; tables in 13 pt; "Nơi nhận" and the signature at the foot; page numbers from page 2.
/// </summary>
public sealed class OfficialDocument
{
    public const string Font = "Times New Roman";
    // Sizes in half-points: body 14 pt, header lines and tables 13 pt, "Nơi nhận" 12 pt, its list 11 pt.
    private const int Body = 28, Small = 26, Label = 24, Recipients = 22;
    // Widths in twentieths of a point: A4 is 11906 wide; margins 30 mm (1701) and 15 mm (851).
    private const int TextWidth = 11906 - 1701 - 851, LeftColumn = 3554, RightColumn = TextWidth - LeftColumn;

    private readonly List<OpenXmlElement> _content = [];

    /// <summary>Starts the document: header, the kind ("BÁO CÁO") and the summary lines under it.</summary>
    public OfficialDocument(Issuer issuer, string kind, params string[] summary)
    {
        _content.Add(Header(issuer));
        _content.Add(Para(JustificationValues.Center, before: 480, runs: Run(kind, Body, bold: true)));
        foreach (var line in summary) _content.Add(Para(JustificationValues.Center, runs: Run(line, Body, bold: true)));
        _content.Add(Rule(TextWidth, 2000));
    }

    /// <summary>A body paragraph, justified, first line indented 1 cm.</summary>
    public OfficialDocument Paragraph(string text) => Add(Indented(Run(text, Body)));

    /// <summary>A numbered heading ("I. ...", "1. ...").</summary>
    public OfficialDocument Heading(string text) => Add(Indented(Run(text, Body, bold: true), keepNext: true));

    /// <summary>A lettered point ("a) ...").</summary>
    public OfficialDocument Point(string text) => Add(Indented(Run(text, Body, italic: true), keepNext: true));

    /// <summary>
    /// A bordered table in 13 pt: a bold header row repeated on every page, then the rows. The first
    /// <paramref name="textColumns"/> columns are left-aligned, the others (figures) centred; widths are in percent.
    /// </summary>
    public OfficialDocument Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths, int textColumns = 1, bool boldLastRow = false)
    {
        var twips = widths.Select(w => TextWidth * w / 100).ToList();
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa }, border(), new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString() })));
        var headerRow = new TableRow(new TableRowProperties(new TableHeader()));
        headerRow.Append(header.Select((h, i) => Cell(twips[i], Para(JustificationValues.Center, runs: Run(h, Small, bold: true)))));
        table.Append(headerRow);
        var all = rows.ToList();
        for (var r = 0; r < all.Count; r++)
        {
            var bold = boldLastRow && r == all.Count - 1;
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(all[r].Select((text, i) =>
                Cell(twips[i], Para(i < textColumns ? JustificationValues.Left : JustificationValues.Center, runs: Run(text, Small, bold: bold)))));
            table.Append(row);
        }
        _content.Add(table);
        _content.Add(Para(JustificationValues.Left, runs: []));
        return this;
    }

    /// <summary>Finishes with the recipients on the left and the signature on the right; the .docx bytes.</summary>
    public byte[] ToBytes(IReadOnlyList<string> recipients, Signer signer)
    {
        var recipientCell = new List<Paragraph> { Para(JustificationValues.Left, before: 120, runs: Run("Nơi nhận:", Label, bold: true, italic: true)) };
        recipientCell.AddRange(recipients.Select(r => Para(JustificationValues.Left, runs: Run(r, Recipients))));
        var signerCell = new List<Paragraph>
        {
            Para(JustificationValues.Center, before: 120, runs: Run(signer.Authority, Body, bold: true)),
            Para(JustificationValues.Center, runs: Run(signer.Position, Body, bold: true)),
        };
        signerCell.AddRange(Enumerable.Range(0, 4).Select(_ => Para(JustificationValues.Center, runs: [])));
        signerCell.Add(Para(JustificationValues.Center, runs: Run(signer.Name, Body, bold: true)));
        _content.Add(Borderless(TextWidth / 2 - 400, TextWidth / 2 + 400, [recipientCell, signerCell]));
        _content.Add(Para(JustificationValues.Left, runs: []));   // Word ends a document with a paragraph, not a table

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para(JustificationValues.Center, runs: new SimpleField(Run("2", Body)) { Instruction = "PAGE" }));
            var body = new Body(_content.Select(e => e.CloneNode(true)));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 567U, Footer = 567U, Gutter = 0U },
                new TitlePage()));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private OfficialDocument Add(OpenXmlElement element)
    {
        _content.Add(element);
        return this;
    }

    /// <summary>Issuing body over its number on the left; the national motto over the place and date on the right.</summary>
    private static Table Header(Issuer issuer)
    {
        List<Paragraph> left =
        [
            Para(JustificationValues.Center, runs: Run(issuer.SuperiorBody.ToUpper(VietnameseText.Culture), Small)),
            Para(JustificationValues.Center, runs: Run(issuer.Body.ToUpper(VietnameseText.Culture), Small, bold: true)),
            Rule(LeftColumn, 1300),
            Para(JustificationValues.Center, before: 120, runs: Run(issuer.Number, Small)),
        ];
        List<Paragraph> right =
        [
            Para(JustificationValues.Center, runs: Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Small, bold: true)),
            Para(JustificationValues.Center, runs: Run("Độc lập - Tự do - Hạnh phúc", Body, bold: true)),
            Rule(RightColumn, 3500),
            Para(JustificationValues.Center, before: 120, runs: Run($"{issuer.Place}, {DateLine(issuer.Date)}", Body, italic: true)),
        ];
        return Borderless(LeftColumn, RightColumn, [left, right]);
    }

    /// <summary>"ngày 05 tháng 02 năm 2026", "ngày 21 tháng 11 năm 2026": a zero before days under 10 and months 1 and 2 (Decree 30).</summary>
    public static string DateLine(DateOnly d) =>
        $"ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00") : d.Month.ToString())} năm {d.Year}";

    private static Table Borderless(int leftWidth, int rightWidth, IReadOnlyList<List<Paragraph>> cells)
    {
        var none = () => new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            new TableProperties(new TableWidth { Width = (leftWidth + rightWidth).ToString(), Type = TableWidthUnitValues.Dxa }, none(), new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString() }, new GridColumn { Width = rightWidth.ToString() }),
            new TableRow(Cell(leftWidth, [.. cells[0]]), Cell(rightWidth, [.. cells[1]])));
    }

    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>A short centred rule of the given length, drawn as the top border of an almost empty paragraph.</summary>
    private static Paragraph Rule(int columnWidth, int length)
    {
        var indent = Math.Max(0, (columnWidth - 216 - length) / 2).ToString();
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent },
            new ParagraphMarkRunProperties(Fonts(), new FontSize { Val = "4" })));
    }

    private static Paragraph Indented(Run run, bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext) properties.Append(new KeepNext());
        properties.Append(
            new SpacingBetweenLines { Before = "120", After = "0", Line = "288", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both });
        return new Paragraph(properties, run);
    }

    private static Paragraph Para(JustificationValues alignment, int before = 0, params OpenXmlElement[] runs) =>
        new(new[] { new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(), After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = alignment }) }.Concat<OpenXmlElement>(runs));

    private static Run Run(string text, int size, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties(Fonts());
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static RunFonts Fonts() => new() { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };

    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(), new FontSize { Val = Body.ToString() },
            new FontSizeComplexScript { Val = Body.ToString() }, new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
}
