using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndustrialClusters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClusterId",
                table: "Recommendations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Clusters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FormerProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedHa = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    AreaHa = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    LeasableHa = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OperatingSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeveloperName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DeveloperKind = table.Column<int>(type: "INTEGER", nullable: true),
                    DeveloperTaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 622, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clusters_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clusters_FormerProvinces_FormerProvinceCode",
                        column: x => x.FormerProvinceCode,
                        principalTable: "FormerProvinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clusters_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AreaHa = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    LeasableHa = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    UnmetConditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterDecisions_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClusterDecisions_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClusterInfrastructure",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterInfrastructure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterInfrastructure_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClusterInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Members = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterInspections_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClusterInspections_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterInspections_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    FormerCommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    FormerCommuneName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FormerDistrictCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    FormerDistrictName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterLocations_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterLocations_Communes_CommuneCode",
                        column: x => x.CommuneCode,
                        principalTable: "Communes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Investor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CapitalBillionVnd = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    LandHa = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Workers = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 501, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterProjects_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClusterFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterFindings_ClusterInspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "ClusterInspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterFindings_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ClusterId",
                table: "Recommendations",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterDecisions_ClusterId_SignedOn",
                table: "ClusterDecisions",
                columns: new[] { "ClusterId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterDecisions_RecordedById",
                table: "ClusterDecisions",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterFindings_InspectionId",
                table: "ClusterFindings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterFindings_TaskId",
                table: "ClusterFindings",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterInfrastructure_ClusterId",
                table: "ClusterInfrastructure",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterInspections_ClusterId",
                table: "ClusterInspections",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterInspections_OrganisationId",
                table: "ClusterInspections",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterInspections_RecordedById",
                table: "ClusterInspections",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterLocations_ClusterId",
                table: "ClusterLocations",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterLocations_CommuneCode",
                table: "ClusterLocations",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterProjects_ClusterId",
                table: "ClusterProjects",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_Code",
                table: "Clusters",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_CreatedById",
                table: "Clusters",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_FormerProvinceCode",
                table: "Clusters",
                column: "FormerProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_ProvinceCode_Id",
                table: "Clusters",
                columns: new[] { "ProvinceCode", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Recommendations_Clusters_ClusterId",
                table: "Recommendations",
                column: "ClusterId",
                principalTable: "Clusters",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Recommendations_Clusters_ClusterId",
                table: "Recommendations");

            migrationBuilder.DropTable(
                name: "ClusterDecisions");

            migrationBuilder.DropTable(
                name: "ClusterFindings");

            migrationBuilder.DropTable(
                name: "ClusterInfrastructure");

            migrationBuilder.DropTable(
                name: "ClusterLocations");

            migrationBuilder.DropTable(
                name: "ClusterProjects");

            migrationBuilder.DropTable(
                name: "ClusterInspections");

            migrationBuilder.DropTable(
                name: "Clusters");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_ClusterId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "ClusterId",
                table: "Recommendations");
        }
    }
}
