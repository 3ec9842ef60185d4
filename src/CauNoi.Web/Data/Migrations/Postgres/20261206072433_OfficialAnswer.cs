using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerLetterDate",
                table: "Recommendations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AnswerLetterFileId",
                table: "Recommendations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerLetterNumber",
                table: "Recommendations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerSignerName",
                table: "Recommendations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerSignerTitle",
                table: "Recommendations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnsweredByUnitId",
                table: "Recommendations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AnswersNeedApproval",
                table: "Organisations",
                type: "boolean",
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
