using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Programmes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PassMark = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    TieBreak = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoringDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Councils_AspNetUsers_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Councils_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Councils_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Councils_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromotionPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegistrationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BudgetNational = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    BudgetLocal = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    BudgetCounterpart = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionPlans_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionPlans_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Region = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NominationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScoringDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PassMark = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: true),
                    TieBreak = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: true),
                    CertificateSeries = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CertificatesIssued = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRounds_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRounds_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRounds_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 7, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilCriteria_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromotionProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    FormerProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    ProposerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Activity = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BeneficiaryName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BeneficiaryTaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    RequestedNational = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    RequestedLocal = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    RequestedCounterpart = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    ApprovedNational = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    ApprovedLocal = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    ApprovedCounterpart = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    FirstApprovedStateFunds = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    Disbursed = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    Settled = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SettledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Adjustments = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 1133, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionProposals_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionProposals_Communes_CommuneCode",
                        column: x => x.CommuneCode,
                        principalTable: "Communes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionProposals_FormerProvinces_FormerProvinceCode",
                        column: x => x.FormerProvinceCode,
                        principalTable: "FormerProvinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionProposals_PromotionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "PromotionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionProposals_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FormerProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsProductSet = table.Column<bool>(type: "INTEGER", nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    FacilityName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FacilityTaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    FacilityAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreviousNominationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Recognised = table.Column<bool>(type: "INTEGER", nullable: true),
                    CertificateSeq = table.Column<int>(type: "INTEGER", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 601, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_AwardRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "AwardRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Communes_CommuneCode",
                        column: x => x.CommuneCode,
                        principalTable: "Communes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_FormerProvinces_FormerProvinceCode",
                        column: x => x.FormerProvinceCode,
                        principalTable: "FormerProvinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Nominations_PreviousNominationId",
                        column: x => x.PreviousNominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposalEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ById = table.Column<string>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalEvents_AspNetUsers_ById",
                        column: x => x.ById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalEvents_PromotionProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "PromotionProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalFiles_PromotionProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "PromotionProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalOutputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Promised = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Achieved = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalOutputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalOutputs_PromotionProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "PromotionProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: true),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Average = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ScoredBy = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilEntries_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilEntries_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilEntries_PromotionProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "PromotionProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilEntries_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NominationFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationFiles_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilConflicts_CouncilEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CouncilEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilConflicts_CouncilMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilConflicts_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_CouncilEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CouncilEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_CouncilMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreLines_CouncilCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "CouncilCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreLines_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRounds_CertificateSeries",
                table: "AwardRounds",
                column: "CertificateSeries",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardRounds_CouncilId",
                table: "AwardRounds",
                column: "CouncilId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardRounds_CreatedById",
                table: "AwardRounds",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRounds_ProvinceCode",
                table: "AwardRounds",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRounds_Year_Level",
                table: "AwardRounds",
                columns: new[] { "Year", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilConflicts_CouncilId_MemberId_EntryId",
                table: "CouncilConflicts",
                columns: new[] { "CouncilId", "MemberId", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilConflicts_EntryId",
                table: "CouncilConflicts",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilConflicts_MemberId",
                table: "CouncilConflicts",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilCriteria_CouncilId_Order",
                table: "CouncilCriteria",
                columns: new[] { "CouncilId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilEntries_CouncilId",
                table: "CouncilEntries",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilEntries_NominationId",
                table: "CouncilEntries",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilEntries_ProposalId",
                table: "CouncilEntries",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilEntries_ProvinceCode",
                table: "CouncilEntries",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_CouncilId_UserId",
                table: "CouncilMembers",
                columns: new[] { "CouncilId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_UserId",
                table: "CouncilMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_ClosedById",
                table: "Councils",
                column: "ClosedById");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_CreatedById",
                table: "Councils",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_OrganisationId",
                table: "Councils",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_ProvinceCode_Id",
                table: "Councils",
                columns: new[] { "ProvinceCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_NominationFiles_NominationId",
                table: "NominationFiles",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationFiles_StoredName",
                table: "NominationFiles",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CommuneCode",
                table: "Nominations",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CreatedById",
                table: "Nominations",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_FormerProvinceCode",
                table: "Nominations",
                column: "FormerProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_PreviousNominationId",
                table: "Nominations",
                column: "PreviousNominationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ProvinceCode",
                table: "Nominations",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_RoundId_CertificateSeq",
                table: "Nominations",
                columns: new[] { "RoundId", "CertificateSeq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_RoundId_ProvinceCode",
                table: "Nominations",
                columns: new[] { "RoundId", "ProvinceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionPlans_CreatedById",
                table: "PromotionPlans",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionPlans_ProvinceCode",
                table: "PromotionPlans",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionPlans_Year_Kind_ProvinceCode",
                table: "PromotionPlans",
                columns: new[] { "Year", "Kind", "ProvinceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProposals_Code",
                table: "PromotionProposals",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProposals_CommuneCode",
                table: "PromotionProposals",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProposals_CreatedById",
                table: "PromotionProposals",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProposals_FormerProvinceCode",
                table: "PromotionProposals",
                column: "FormerProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProposals_PlanId_ProvinceCode_Stage",
                table: "PromotionProposals",
                columns: new[] { "PlanId", "ProvinceCode", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionProposals_ProvinceCode_Id",
                table: "PromotionProposals",
                columns: new[] { "ProvinceCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalEvents_ById",
                table: "ProposalEvents",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalEvents_ProposalId_At",
                table: "ProposalEvents",
                columns: new[] { "ProposalId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalFiles_ProposalId",
                table: "ProposalFiles",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalFiles_StoredName",
                table: "ProposalFiles",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOutputs_ProposalId",
                table: "ProposalOutputs",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreLines_CriterionId",
                table: "ScoreLines",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreLines_SheetId_CriterionId",
                table: "ScoreLines",
                columns: new[] { "SheetId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_CouncilId_MemberId_EntryId",
                table: "ScoreSheets",
                columns: new[] { "CouncilId", "MemberId", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_EntryId",
                table: "ScoreSheets",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_MemberId",
                table: "ScoreSheets",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilConflicts");

            migrationBuilder.DropTable(
                name: "NominationFiles");

            migrationBuilder.DropTable(
                name: "ProposalEvents");

            migrationBuilder.DropTable(
                name: "ProposalFiles");

            migrationBuilder.DropTable(
                name: "ProposalOutputs");

            migrationBuilder.DropTable(
                name: "ScoreLines");

            migrationBuilder.DropTable(
                name: "CouncilCriteria");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "CouncilEntries");

            migrationBuilder.DropTable(
                name: "CouncilMembers");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "PromotionProposals");

            migrationBuilder.DropTable(
                name: "AwardRounds");

            migrationBuilder.DropTable(
                name: "PromotionPlans");

            migrationBuilder.DropTable(
                name: "Councils");
        }
    }
}
