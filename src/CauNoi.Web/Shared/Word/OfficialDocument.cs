using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Web.Shared.Word;

/// <summary>
/// The body that issues a document under its superior body ("UBND TỈNH X" over "SỞ CÔNG THƯƠNG"; none for a body that has
/// none), its number, and where and when: the top of every administrative document.
/// </summary>
/// <param name="Subject">An official letter's (công văn) summary, "V/v …", under its number; none for a document with a kind.</param>
public sealed record Issuer(string? SuperiorBody, string Body, string Number, string Place, DateOnly Date, string? Subject = null);

/// <summary>
/// A table's column: its heading, its width in millimetres (0: the rest of the line), centred or not, and whether its
/// cells keep on one line (codes, dates, figures), which Word honours in tables laid out by their content and a fixed
/// layout by the width given.
/// </summary>
public sealed record TableColumn(string Heading, double Millimetres, bool Centred = false, bool NoWrap = false);

/// <summary>Who signs: the authority ("KT. CỤC TRƯỞNG"), the position ("PHÓ CỤC TRƯỞNG"), the name.</summary>
public sealed record Signer(string Authority, string Position, string Name);

/// <summary>
/// A .docx administrative document laid out per Decree 30/2020/NĐ-CP (Appendix I): A4, margins 20 mm top and
/// bottom, 30 mm left, 15 mm right; Times New Roman throughout; the issuing body on the left and the national
/// motto on the right, each over a short rule; the kind of document and its summary centred in bold; the body
/// in 14 pt, justified; tables in 13 pt; "Nơi nhận" and the signature at the foot; page numbers from page 2.
/// The font and the single line spacing are the document's defaults, so a paragraph or a run writes only what differs:
/// its alignment, its space before, its size.
/// </summary>
public sealed class OfficialDocument
{
    public const string Font = "Times New Roman";
    // Sizes in half-points: body 14 pt, header lines and tables 13 pt, "Nơi nhận" 12 pt, its list 11 pt.
    private const int Body = 28, Small = 26, Label = 24, Recipients = 22;
    // Widths in twentieths of a point: A4 is 11906 by 16838; margins 30 mm (1701) and 15 mm (851), turned with the page in an annex.
    private const int A4Short = 11906, A4Long = 16838, MarginLeft = 1701, MarginRight = 851;
    private const int TextWidth = A4Short - MarginLeft - MarginRight, LeftColumn = 3554, RightColumn = TextWidth - LeftColumn;
    public const int AnnexTextWidth = A4Long - MarginLeft - MarginRight;
    /// <summary>Space between a table cell's border and its text, left and right: Word's own default, written down so every reader uses it.</summary>
    public const int CellMargin = 108;

    // Each block writes itself into the document when it is saved; a table builds its rows one at a time as it writes them.
    // A national brief's annex of 3,535 rows held as one tree, cloned and saved took most of 0.8 s, much of it collecting garbage.
    private readonly List<Action<OpenXmlWriter>> _content = [];
    private List<Action<OpenXmlWriter>>? _annex;

    /// <summary>Starts the document: header, the kind ("BÁO CÁO") and the summary lines under it.</summary>
    public OfficialDocument(Issuer issuer, string kind, params string[] summary)
    {
        Add(Header(issuer));
        Add(Para(JustificationValues.Center, before: 480, runs: Run(kind, Body, bold: true)));
        foreach (var line in summary) Add(Para(JustificationValues.Center, runs: Run(line, Body, bold: true)));
        Add(Rule(TextWidth, 2000));
    }

    /// <summary>
    /// Starts an official letter (công văn, Decree 30 Appendix I, form 1.4): no kind line; its summary ("V/v …") is under the
    /// number (<see cref="Issuer.Subject"/>), and the addressees follow "Kính gửi:", one per line when there are several.
    /// </summary>
    public static OfficialDocument Letter(Issuer issuer, IReadOnlyList<string> addressees) => new(issuer, addressees);

    private OfficialDocument(Issuer issuer, IReadOnlyList<string> addressees)
    {
        Add(Header(issuer));
        if (addressees.Count == 1)
            Add(Para(JustificationValues.Center, before: 360, runs: Run("Kính gửi: " + addressees[0], Body)));
        else
        {
            Add(Para(JustificationValues.Left, before: 360, runs: Run("Kính gửi:", Body)));
            foreach (var addressee in addressees)
                Add(new Paragraph(new ParagraphProperties(new Indentation { Left = "1701" }, new SpacingBetweenLines { Before = "0", After = "0" }),
                    Run("- " + addressee + ";", Body)));
        }
        Add(Para(JustificationValues.Left, runs: []));
    }

    /// <summary>A body paragraph, justified, first line indented 1 cm.</summary>
    public OfficialDocument Paragraph(string text) => Add(Indented(Run(text, Body)));

    /// <summary>A numbered heading ("I. ...", "1. ...").</summary>
    public OfficialDocument Heading(string text) => Add(Indented(Run(text, Body, bold: true), keepNext: true));

    /// <summary>A lettered point ("a) ...").</summary>
    public OfficialDocument Point(string text) => Add(Indented(Run(text, Body, italic: true), keepNext: true));

    /// <summary>
    /// Starts an annex on a new landscape A4 page after the signature, as Decree 30 allows for an annex that is a table:
    /// "Phụ lục", its title, and what it is attached to. What is added after this goes into the annex.
    /// </summary>
    public OfficialDocument Annex(string title, string attachedTo)
    {
        _annex = [];
        Add(Para(JustificationValues.Center, runs: Run("Phụ lục", Body, bold: true)));
        Add(Para(JustificationValues.Center, runs: Run(title.ToUpper(VietnameseText.Culture), Body, bold: true)));
        Add(Para(JustificationValues.Center, runs: Run($"({attachedTo})", Body, italic: true)));
        Add(Rule(AnnexTextWidth, 2000, before: 120));
        return Add(Para(JustificationValues.Left, runs: []));
    }

    /// <summary>
    /// A bordered table in 13 pt: a bold header row repeated on every page, then the rows. Column widths are fixed,
    /// in millimetres, so a code, a date or a number is given room for itself rather than a share of what is left;
    /// the column of width 0 takes the rest of the line. A total is bold: the last row, or the rows <paramref name="boldRow"/> picks (subtotals).
    /// </summary>
    public OfficialDocument Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, bool boldLastRow = false,
        Func<IReadOnlyList<string>, bool>? boldRow = null)
    {
        var textWidth = _annex is null ? TextWidth : AnnexTextWidth;
        var fixedTwips = columns.Sum(c => Twips(c.Millimetres));
        var twips = columns.Select(c => c.Millimetres > 0 ? Twips(c.Millimetres) : textWidth - fixedTwips).ToList();
        if (twips.Any(w => w <= 0) || twips.Sum() > textWidth)
            throw new ArgumentException($"The columns need {twips.Sum()} twips; the line is {textWidth}.", nameof(columns));
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var properties = new TableProperties(new TableWidth { Width = twips.Sum().ToString(), Type = TableWidthUnitValues.Dxa }, border(),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }));
        var grid = new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString() }));
        var headerRow = new TableRow(new TableRowProperties(new TableHeader()));
        headerRow.Append(columns.Select((c, i) => Cell(twips[i], Para(JustificationValues.Center, runs: Run(c.Heading, Small, bold: true)))));
        var all = rows.ToList();
        (_annex ?? _content).Add(writer =>
        {
            writer.WriteStartElement(new Table());
            writer.WriteElement(properties);
            writer.WriteElement(grid);
            writer.WriteElement(headerRow);
            for (var r = 0; r < all.Count; r++)
            {
                var bold = boldLastRow && r == all.Count - 1 || boldRow?.Invoke(all[r]) == true;
                var row = new TableRow(new TableRowProperties(new CantSplit()));
                for (var i = 0; i < all[r].Count; i++)
                    row.Append(Cell(twips[i], columns[i].NoWrap,
                        Para(columns[i].Centred ? JustificationValues.Center : JustificationValues.Left, runs: Run(all[r][i], Small, bold: bold))));
                writer.WriteElement(row);
            }
            writer.WriteEndElement();
        });
        return Add(Para(JustificationValues.Left, runs: []));
    }

    /// <summary>Finishes with the recipients on the left and the signature on the right; the .docx bytes.</summary>
    public byte[] ToBytes(IReadOnlyList<string> recipients, Signer signer)
    {
        var recipientCell = new List<Paragraph> { Para(JustificationValues.Left, before: 120, runs: Run("Nơi nhận:", Label, bold: true, italic: true)) };
        recipientCell.AddRange(recipients.Select(r => Para(JustificationValues.Left, runs: Run(r, Recipients))));
        // "KT. CỤC TRƯỞNG" over "PHÓ CỤC TRƯỞNG" when a deputy signs; the position alone when the head does.
        var signerCell = new[] { signer.Authority, signer.Position }.Where(line => !string.IsNullOrWhiteSpace(line))
            .Select((line, i) => Para(JustificationValues.Center, before: i == 0 ? 120 : 0, runs: Run(line, Body, bold: true))).ToList();
        signerCell.AddRange(Enumerable.Range(0, 4).Select(_ => Para(JustificationValues.Center, runs: [])));
        signerCell.Add(Para(JustificationValues.Center, runs: Run(string.IsNullOrWhiteSpace(signer.Name) ? "………………………" : signer.Name, Body, bold: true)));
        _content.Add(Block(Borderless(TextWidth / 2 - 400, TextWidth / 2 + 400, [recipientCell, signerCell])));
        _content.Add(Block(Para(JustificationValues.Left, runs: [])));   // Word ends a document with a paragraph, not a table

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para(JustificationValues.Center, runs: new SimpleField(Run("2", Body)) { Instruction = "PAGE" }));
            var headerId = main.GetIdOfPart(header);
            using var writer = OpenXmlWriter.Create(main, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.WriteStartDocument();
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            _content.ForEach(write => write(writer));
            var letter = Section(headerId, landscape: false);
            if (_annex is null) writer.WriteElement(letter);
            else
            {
                // A section ends with the paragraph that carries its properties; the annex is the last section.
                writer.WriteElement(new Paragraph(new ParagraphProperties(letter)));
                _annex.ForEach(write => write(writer));
                writer.WriteElement(Section(headerId, landscape: true));
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return stream.ToArray();
    }

    private OfficialDocument Add(OpenXmlElement element)
    {
        (_annex ?? _content).Add(Block(element));
        return this;
    }

    private static Action<OpenXmlWriter> Block(OpenXmlElement element) => writer => writer.WriteElement(element);

    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);

    /// <summary>The letter: portrait, no page number on its first page. An annex: landscape, numbered on.</summary>
    private static SectionProperties Section(string headerId, bool landscape)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            landscape
                ? new PageSize { Width = (uint)A4Long, Height = (uint)A4Short, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = (uint)A4Short, Height = (uint)A4Long },
            new PageMargin { Top = 1134, Bottom = 1134, Left = (uint)MarginLeft, Right = (uint)MarginRight, Header = 567U, Footer = 567U, Gutter = 0U });
        if (!landscape) section.Append(new TitlePage());
        return section;
    }

    /// <summary>Issuing body over its number on the left; the national motto over the place and date on the right.</summary>
    private static Table Header(Issuer issuer)
    {
        // The superior body in 12 pt (Decree 30: 12–13) so that "UBND TỈNH TUYÊN QUANG" keeps to one line.
        List<Paragraph> left = [];
        if (!string.IsNullOrEmpty(issuer.SuperiorBody))
            left.AddRange(Lines(issuer.SuperiorBody.ToUpper(VietnameseText.Culture), 22).Select(line => Para(JustificationValues.Center, runs: Run(line, Label))));
        left.AddRange(Lines(issuer.Body.ToUpper(VietnameseText.Culture), 19).Select(line => Para(JustificationValues.Center, runs: Run(line, Small, bold: true))));
        left.Add(Rule(LeftColumn, 1300));
        left.Add(Para(JustificationValues.Center, before: 120, runs: Run(issuer.Number, Small)));
        // Decree 30: the letter's summary in 12–13 pt under its number.
        if (!string.IsNullOrEmpty(issuer.Subject))
            left.AddRange(Lines(issuer.Subject, 32).Select(line => Para(JustificationValues.Center, runs: Run(line, Label))));
        List<Paragraph> right =
        [
            Para(JustificationValues.Center, runs: Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Small, bold: true)),
            Para(JustificationValues.Center, runs: Run("Độc lập - Tự do - Hạnh phúc", Body, bold: true)),
            Rule(RightColumn, 3500),
            Para(JustificationValues.Center, before: 120, runs: Run($"{issuer.Place}, {DateLine(issuer.Date)}", Body, italic: true)),
        ];
        return Borderless(LeftColumn, RightColumn, [left, right]);
    }

    /// <summary>
    /// A name too long for the header's column, in lines of about even length rather than a full line and a last word
    /// ("CỤC CÔNG THƯƠNG" / "ĐỊA PHƯƠNG", not "CỤC CÔNG THƯƠNG ĐỊA" / "PHƯƠNG"); a break after a comma is preferred.
    /// <paramref name="fits"/> is how many capitals the column holds in the line's font.
    /// </summary>
    public static IReadOnlyList<string> Lines(string name, int fits)
    {
        if (name.Length <= fits) return [name];
        var count = (name.Length + fits - 1) / fits;
        var lines = new List<string>();
        var rest = name;
        for (var n = count; n > 1; n--)
        {
            var target = rest.Length / n;
            var spaces = Enumerable.Range(1, rest.Length - 2).Where(i => rest[i] == ' ').ToList();
            if (spaces.Count == 0) break;
            var afterComma = spaces.Where(i => rest[i - 1] == ',' && Math.Abs(i - target) <= 4).ToList();
            var at = (afterComma.Count > 0 ? afterComma : spaces).MinBy(i => Math.Abs(i - target));
            lines.Add(rest[..at]);
            rest = rest[(at + 1)..];
        }
        lines.Add(rest);
        return lines;
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

    private static TableCell Cell(int width, params Paragraph[] paragraphs) => Cell(width, false, paragraphs);

    private static TableCell Cell(int width, bool noWrap, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (noWrap) properties.Append(new NoWrap());
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>A short centred rule of the given length, drawn as the top border of an almost empty paragraph.</summary>
    private static Paragraph Rule(int columnWidth, int length, int before = 0)
    {
        var indent = Math.Max(0, (columnWidth - 216 - length) / 2).ToString();
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new SpacingBetweenLines { Before = before.ToString(), After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
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

    private static Paragraph Para(JustificationValues alignment, int before = 0, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (before != 0 || alignment != JustificationValues.Left)
        {
            var properties = paragraph.AppendChild(new ParagraphProperties());
            if (before != 0) properties.Append(new SpacingBetweenLines { Before = before.ToString() });
            if (alignment != JustificationValues.Left) properties.Append(new Justification { Val = alignment });
        }
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, int size, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = Body.ToString() }, new FontSizeComplexScript { Val = Body.ToString() }, new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
}
