using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Calendar;

public class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> e)
    {
        e.HasKey(d => d.Date);
        e.Property(d => d.Name).HasMaxLength(200);
        e.Property(d => d.Source).HasMaxLength(300);
    }
}
