using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficialAnswer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AnswerIsDraft",
                table: "Recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerLetterDate",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AnswerLetterFileId",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerLetterNumber",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerSignerName",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerSignerTitle",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnsweredByUnitId",
                table: "Recommendations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AnswersNeedApproval",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswerIsDraft",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnswerLetterDate",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnswerLetterFileId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnswerLetterNumber",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnswerSignerName",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnswerSignerTitle",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnsweredByUnitId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AnswersNeedApproval",
                table: "Organisations");
        }
    }
}
