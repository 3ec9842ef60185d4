using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportsOfFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "ReportId",
                table: "ValueChanges",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "ValueId",
                table: "ValueChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "IndicatorValues",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ValueChanges_ValueId",
                table: "ValueChanges",
                column: "ValueId");

            migrationBuilder.AddForeignKey(
                name: "FK_ValueChanges_IndicatorValues_ValueId",
                table: "ValueChanges",
                column: "ValueId",
                principalTable: "IndicatorValues",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ValueChanges_IndicatorValues_ValueId",
                table: "ValueChanges");

            migrationBuilder.DropIndex(
                name: "IX_ValueChanges_ValueId",
                table: "ValueChanges");

            migrationBuilder.DropColumn(
                name: "ValueId",
                table: "ValueChanges");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "IndicatorValues");

            migrationBuilder.AlterColumn<long>(
                name: "ReportId",
                table: "ValueChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
