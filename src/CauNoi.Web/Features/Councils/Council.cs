namespace CauNoi.Web.Features.Councils;

/// <summary>What a council scores: the base-level appraisal of promotion proposals, or a round of the rural product selection.</summary>
public enum CouncilPurpose { ProposalAppraisal = 1, ProductSelection = 2 }

/// <summary>Open while its members score; closed, its results are frozen and no sheet changes.</summary>
public enum CouncilStatus { Open = 1, Closed = 2 }

/// <summary>
/// How the council orders entries with the same average, as it states before scoring: by the average of each criterion in
/// the criteria's order (the first that differs decides), or by sharing the rank.
/// </summary>
public enum TieBreak { CriteriaInOrder = 1, SharedRank = 2 }

/// <summary>
/// A council (hội đồng) that scores what localities put forward: a province's base-level appraisal of khuyến công
/// proposals, or the council of a round of the typical rural industrial products. Members score each entry against the
/// criteria on their own sheets; a member does not score an entry of their own province, nor one they declared a
/// conflict of interest on. Closing it freezes each entry's average, rank and pass.
/// </summary>
public class Council
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CouncilPurpose Purpose { get; set; }
    /// <summary>The organisation that runs the council: a province's department, or the Ministry's unit.</summary>
    public int OrganisationId { get; set; }
    /// <summary>The province of a provincial council; none for the Ministry's.</summary>
    public string? ProvinceCode { get; set; }
    public CouncilStatus Status { get; set; } = CouncilStatus.Open;
    /// <summary>The average an entry needs to pass (70 of 100 for a provincial product round); none when the council only ranks.</summary>
    public decimal? PassMark { get; set; }
    public TieBreak TieBreak { get; set; } = TieBreak.CriteriaInOrder;
    public DateOnly? ScoringDeadline { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedById { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<CouncilMember> Members { get; set; } = [];
    public List<CouncilCriterion> Criteria { get; set; } = [];
    public List<CouncilEntry> Entries { get; set; } = [];
    public List<CouncilConflict> Conflicts { get; set; } = [];
    public List<ScoreSheet> Sheets { get; set; } = [];
}

/// <summary>A member of the council: an account, with the name and role the council's decision gives them.</summary>
public class CouncilMember
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>"Chủ tịch Hội đồng", "Ủy viên", "Thư ký".</summary>
    public string? Role { get; set; }
    /// <summary>The province the member works for, read from their organisation when added: they do not score its entries.</summary>
    public string? ProvinceCode { get; set; }
}

/// <summary>A criterion of the council's score form: its group, maximum points and weight in the member's total.</summary>
public class CouncilCriterion
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public int Order { get; set; }
    /// <summary>The criteria group it belongs to ("Nhóm tiêu chí văn hóa – thẩm mỹ"); none for a flat form.</summary>
    public string? Group { get; set; }
    public required string Name { get; set; }
    public decimal MaxPoints { get; set; }
    public decimal Weight { get; set; } = 1;
}

/// <summary>
/// What the council scores: a promotion proposal or a product nomination (exactly one of them), with its province for the
/// conflict rule. The average, rank and pass are written when the council closes and read from here afterwards.
/// </summary>
public class CouncilEntry
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public int? ProposalId { get; set; }
    public int? NominationId { get; set; }
    public string? ProvinceCode { get; set; }
    public required string Title { get; set; }
    public decimal? Average { get; set; }
    public int? Rank { get; set; }
    public bool? Passed { get; set; }
    /// <summary>The sheets the frozen average counts.</summary>
    public int ScoredBy { get; set; }
}

/// <summary>A member's declared conflict of interest with an entry: they do not score it.</summary>
public class CouncilConflict
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public int MemberId { get; set; }
    public int EntryId { get; set; }
    public required string Reason { get; set; }
    public DateTime DeclaredAt { get; set; }
}

/// <summary>One member's score form for one entry: a line per criterion, submitted once complete; only its member sees it before the council closes.</summary>
public class ScoreSheet
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public int MemberId { get; set; }
    public int EntryId { get; set; }
    public string? Comment { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public int Version { get; set; }
    public List<ScoreLine> Lines { get; set; } = [];
}

/// <summary>The points a member gives one criterion; none when they mark it "không áp dụng" (n/a).</summary>
public class ScoreLine
{
    public int Id { get; set; }
    public int SheetId { get; set; }
    public int CriterionId { get; set; }
    public decimal? Points { get; set; }
}
