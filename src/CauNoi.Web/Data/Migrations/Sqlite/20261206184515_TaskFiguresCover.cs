using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CauNoi.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskFiguresCover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
