namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// A reporting form (biểu mẫu báo cáo, a data set in DHIS2's words): which indicators which organisations report, for which
/// period type, when each period's report is due, and when entry opens and locks around that day.
/// </summary>
public class ReportForm
{
    public int Id { get; set; }
    /// <summary>Stable short code: "BC-THANG".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public PeriodType PeriodType { get; set; }
    /// <summary>The day of the month periods begin on (see <see cref="Period.Covers"/>): 1 for calendar periods.</summary>
    public int FirstDay { get; set; } = 1;
    /// <summary>A period's report is due this many days after the period's last day: on time until the end of that day.</summary>
    public int DueDays { get; set; }
    /// <summary>Entry opens this many days before the due day.</summary>
    public int OpensDaysBefore { get; set; }
    /// <summary>Entry locks at the end of this many days after the due day: a report sent between is late, after it is missing.</summary>
    public int LockDaysAfter { get; set; }
    /// <summary>The Ministry unit that accepts the reports or sends them back.</summary>
    public int OwningUnitId { get; set; }
    /// <summary>The regulation the form follows, or a plain statement that its schedule is the Ministry's own choice.</summary>
    public string? Basis { get; set; }
    public bool IsActive { get; set; } = true;
    public List<FormIndicator> Indicators { get; set; } = [];
    public List<FormOrganisation> Organisations { get; set; } = [];

    public (DateOnly Start, DateOnly End) Covers(Period period) => period.Covers(FirstDay);
    public DateOnly DueOn(Period period) => Covers(period).End.AddDays(DueDays);
    public DateOnly OpensOn(Period period) => DueOn(period).AddDays(-OpensDaysBefore);
    public DateOnly LocksAfter(Period period) => DueOn(period).AddDays(LockDaysAfter);

    /// <summary>Entry is open on this day (in Vietnam) without an exception.</summary>
    public bool IsOpenOn(Period period, DateOnly day) => day >= OpensOn(period) && day <= LocksAfter(period);

    /// <summary>The periods whose entry window holds <paramref name="day"/>, latest first: what an officer reports today.</summary>
    public IEnumerable<Period> OpenOn(DateOnly day)
    {
        // The window of a period opens at most a year of periods after it ends and closes within a year of it.
        var period = Period.Holding(PeriodType, day.Year + 1, 12);
        for (var i = 0; i < 3 * period.PerYear; i++, period = period.Previous())
            if (IsOpenOn(period, day)) yield return period;
    }

    /// <summary>The periods whose reports fall due between the two days (both included), earliest first.</summary>
    public IEnumerable<Period> DueBetween(DateOnly from, DateOnly until)
    {
        // A period's report falls due after the period ends, and a due day lies within a year and a few periods of it.
        var period = Period.Holding(PeriodType, from.Year - 2, 1);
        for (; period.CompareTo(Period.Holding(PeriodType, until.Year + 1, 12)) <= 0; period = period.Next())
            if (DueOn(period) is var due && due >= from && due <= until) yield return period;
    }
}

/// <summary>An indicator on a form, in the form's order.</summary>
public class FormIndicator
{
    public int FormId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int Order { get; set; }
}

/// <summary>An organisation that reports the form: one expected report for each period.</summary>
public class FormOrganisation
{
    public int FormId { get; set; }
    public int OrganisationId { get; set; }
}

/// <summary>
/// A lock exception: one form reopened for one organisation and period after its window closed, until the end of
/// <see cref="Until"/>, with the reason and who granted it.
/// </summary>
public class LockException
{
    public int Id { get; set; }
    public int FormId { get; set; }
    public int OrganisationId { get; set; }
    public PeriodType PeriodType { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public DateOnly Until { get; set; }
    public required string Reason { get; set; }
    public required string GrantedByName { get; set; }
    public string? GrantedById { get; set; }
    public DateTime GrantedAt { get; set; }
    /// <summary>Withdrawn before its expiry; kept, not deleted, so the history shows it.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public Period Period => new(PeriodType, Year, Number);
    public bool HoldsOn(DateOnly day) => WithdrawnAt is null && day <= Until;
}
