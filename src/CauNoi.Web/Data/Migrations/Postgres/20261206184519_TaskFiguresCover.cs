using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskFiguresCover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Figures",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Figures",
                table: "Tasks",
                columns: new[] { "AssignedOn", "State", "ClosedOn", "JudgedDueOn", "Recurrence", "ExtensionPending", "DueOn", "OriginalDueOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "LeadOrganisationId", "OwnerId", "AssignedBy", "DocumentId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Figures",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Figures",
                table: "Tasks",
                columns: new[] { "AssignedOn", "State", "ClosedOn", "JudgedDueOn", "Recurrence", "ExtensionPending", "DueOn", "OriginalDueOn" });
        }
    }
}
