using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// A document that assigns work (a resolution, a decision, a conclusion notice…): its number and symbol in the official
/// form, date, issuer, signer and summary, its file, and the tasks it holds.
/// </summary>
public class SourceDocument : ISearchable
{
    public int Id { get; set; }
    public DocumentType Type { get; set; }
    /// <summary>Số, ký hiệu as <see cref="Shared.Validation.DocumentNumber"/> checks it: "2172/QĐ-BCT".</summary>
    public required string Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    /// <summary>The body that issued it: "Bộ Công Thương", "Thủ tướng Chính phủ", "UBND tỉnh Lào Cai".</summary>
    public required string Issuer { get; set; }
    public required string SignerName { get; set; }
    public required string Summary { get; set; }
    /// <summary>The organisation that registered it; a province's documents are its own.</summary>
    public int RegisteredByOrganisationId { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsDemo { get; set; }
    /// <summary>The meeting whose conclusions it records (a conclusion notice), if any.</summary>
    public int? MeetingId { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Number} {Summary} {Issuer}";

    public List<DocumentFile> Files { get; set; } = [];

    /// <summary>The register's own number for it, as file references name a record ("VB000012").</summary>
    public const string NumberPrefix = "VB";
}

/// <summary>The document's own file (the signed scan, the text), typed by its content as every attachment is.</summary>
public class DocumentFile : AttachedFile
{
    public int DocumentId { get; set; }
}
