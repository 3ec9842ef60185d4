using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MeetingId",
                table: "Recommendations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeetingId",
                table: "Documents",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ChairId = table.Column<string>(type: "text", nullable: true),
                    ChairName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agenda = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Report = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    OrganisedByOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SearchName = table.Column<string>(type: "character varying(802)", maxLength: 802, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_AspNetUsers_ChairId",
                        column: x => x.ChairId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Organisations_OrganisedByOrganisationId",
                        column: x => x.OrganisedByOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedById = table.Column<string>(type: "text", nullable: true),
                    UploadedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingFiles_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecommendationId = table.Column<int>(type: "integer", nullable: true),
                    TaskId = table.Column<int>(type: "integer", nullable: true),
                    RecordedById = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingFindings_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingFindings_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingFindings_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingFindings_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingFindings_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingProvinces",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Delegates = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    VisitOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingProvinces", x => new { x.MeetingId, x.ProvinceCode });
                    table.ForeignKey(
                        name: "FK_MeetingProvinces_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingProvinces_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingUnits",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Delegates = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingUnits", x => new { x.MeetingId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_MeetingUnits_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingUnits_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_MeetingId",
                table: "Recommendations",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_MeetingId",
                table: "Documents",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFiles_MeetingId",
                table: "MeetingFiles",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFiles_StoredName",
                table: "MeetingFiles",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFindings_MeetingId",
                table: "MeetingFindings",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFindings_ProvinceCode",
                table: "MeetingFindings",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFindings_RecommendationId",
                table: "MeetingFindings",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFindings_RecordedById",
                table: "MeetingFindings",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFindings_TaskId",
                table: "MeetingFindings",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingProvinces_ProvinceCode",
                table: "MeetingProvinces",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ChairId",
                table: "Meetings",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CreatedById",
                table: "Meetings",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganisedByOrganisationId",
                table: "Meetings",
                column: "OrganisedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartsOn_Id",
                table: "Meetings",
                columns: new[] { "StartsOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingUnits_OrganisationId",
                table: "MeetingUnits",
                column: "OrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_Meetings_MeetingId",
                table: "Documents",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Recommendations_Meetings_MeetingId",
                table: "Recommendations",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Meetings_MeetingId",
                table: "Documents");

            migrationBuilder.DropForeignKey(
                name: "FK_Recommendations_Meetings_MeetingId",
                table: "Recommendations");

            migrationBuilder.DropTable(
                name: "MeetingFiles");

            migrationBuilder.DropTable(
                name: "MeetingFindings");

            migrationBuilder.DropTable(
                name: "MeetingProvinces");

            migrationBuilder.DropTable(
                name: "MeetingUnits");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_MeetingId",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_Documents_MeetingId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "MeetingId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "MeetingId",
                table: "Documents");
        }
    }
}
