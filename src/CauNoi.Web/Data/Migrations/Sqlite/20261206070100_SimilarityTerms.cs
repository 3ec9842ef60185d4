using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SimilarityTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SimilarityCorpus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Documents = table.Column<long>(type: "INTEGER", nullable: false),
                    Words = table.Column<long>(type: "INTEGER", nullable: false),
                    CountedThrough = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimilarityCorpus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SimilarityTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 61, nullable: false),
                    Documents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimilarityTerms", x => x.Term);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SimilarityCorpus");

            migrationBuilder.DropTable(
                name: "SimilarityTerms");
        }
    }
}
