using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Documents = table.Column<long>(type: "bigint", nullable: false),
                    Words = table.Column<long>(type: "bigint", nullable: false),
                    CountedThrough = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimilarityCorpus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SimilarityTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(61)", maxLength: 61, nullable: false),
                    Documents = table.Column<long>(type: "bigint", nullable: false)
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
