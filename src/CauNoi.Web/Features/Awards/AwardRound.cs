using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Councils;

namespace CauNoi.Web.Features.Awards;

/// <summary>The levels of the selection, in the order a product climbs them.</summary>
public enum AwardLevel { Provincial = 1, Regional = 2, National = 3 }

/// <summary>Open for nominations, then scored by its council, then closed with its results and certificates.</summary>
public enum RoundStage { Nominating = 1, Scoring = 2, Closed = 3 }

/// <summary>
/// A round of the selection of typical rural industrial products (bình chọn sản phẩm công nghiệp nông thôn tiêu biểu):
/// one year and level, for a province (provincial), a region (North, Centre, South) or the nation, with its deadlines,
/// its council, its pass mark and the rule that breaks ties. Certificates are numbered within the round.
/// </summary>
public class AwardRound
{
    public int Id { get; set; }
    public int Year { get; set; }
    public AwardLevel Level { get; set; }
    /// <summary>A provincial round's province.</summary>
    public string? ProvinceCode { get; set; }
    /// <summary>A regional round's region.</summary>
    public Region? Region { get; set; }
    public required string Title { get; set; }
    public DateOnly NominationDeadline { get; set; }
    public DateOnly ScoringDeadline { get; set; }
    /// <summary>The average a product needs to be recognised (70 of 100 points at provincial level, as reported).</summary>
    public decimal PassMark { get; set; }
    /// <summary>How many the round recognises at most, when it caps them; the ranking decides who.</summary>
    public int? Places { get; set; }
    public TieBreak TieBreak { get; set; } = TieBreak.CriteriaInOrder;
    public RoundStage Stage { get; set; } = RoundStage.Nominating;
    public int? CouncilId { get; set; }
    /// <summary>The certificates' number series ("CNNTTB-QG-2023"); each certificate is "{n:000}/{series}".</summary>
    public required string CertificateSeries { get; set; }
    public int CertificatesIssued { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<Nomination> Nominations { get; set; } = [];
}
