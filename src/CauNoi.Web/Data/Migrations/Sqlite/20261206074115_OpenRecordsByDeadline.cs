using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenRecordsByDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Open_DueOn_Id",
                table: "Recommendations",
                columns: new[] { "DueOn", "Id" },
                filter: "\"Status\" IN (1, 2, 3, 4, 7, 8, 11)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_Open_DueOn_Id",
                table: "Recommendations");
        }
    }
}
