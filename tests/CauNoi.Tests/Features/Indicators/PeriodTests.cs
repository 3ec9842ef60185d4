using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>The days a named period covers under each regime's first day, and how periods are written.</summary>
public class PeriodTests
{
    [Theory]
    [InlineData("2025-H1", 15, "15/12/2024", "14/06/2025")]   // industrial-cluster regime, six months
    [InlineData("2025", 15, "15/12/2024", "14/12/2025")]      // and its year
    [InlineData("2025-H2", 15, "15/06/2025", "14/12/2025")]
    [InlineData("2025-03", 28, "28/02/2025", "27/03/2025")]   // months from the 28th (medic/cht-core#6797)
    [InlineData("2025-01", 28, "28/12/2024", "27/01/2025")]
    [InlineData("2024-02", 1, "01/02/2024", "29/02/2024")]
    [InlineData("2025-Q2", 1, "01/04/2025", "30/06/2025")]
    public void APeriodCovers_TheDaysItsFormsFirstDaySays(string key, int firstDay, string start, string end)
    {
        Assert.True(Period.TryParse(key, out var period));
        var (from, to) = period.Covers(firstDay);
        Assert.Equal((start, end), (Display.Date(from), Display.Date(to)));
    }

    [Theory]
    [InlineData("2025-03", "Tháng 3/2025")]
    [InlineData("2025-Q4", "Quý IV/2025")]
    [InlineData("2025-H1", "6 tháng đầu năm 2025")]
    [InlineData("2025", "Năm 2025")]
    public void APeriodIsNamed_AsOfficialsWriteIt(string key, string name)
    {
        Assert.True(Period.TryParse(key, out var period));
        Assert.Equal((key, name), (period.Key, period.Name));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-Q5")]
    [InlineData("2025-H3")]
    [InlineData("25-01")]
    [InlineData("2025-")]
    [InlineData("tháng 3")]
    public void AMalformedPeriod_IsRefused(string key) => Assert.False(Period.TryParse(key, out _));

    [Fact]
    public void AClusterFormsWindow_OpensBeforeAndLocksAfterItsDueDay()
    {
        // Six months to 14/06, due 20/06 (six days after), open 20 days before, locked ten days after.
        var form = new ReportForm { Code = "X", Name = "X", PeriodType = PeriodType.HalfYear, FirstDay = 15, DueDays = 6, OpensDaysBefore = 20, LockDaysAfter = 10 };
        var h1 = new Period(PeriodType.HalfYear, 2025, 1);
        Assert.Equal(("31/05/2025", "20/06/2025", "30/06/2025"), (Display.Date(form.OpensOn(h1)), Display.Date(form.DueOn(h1)), Display.Date(form.LocksAfter(h1))));
        Assert.Equal([h1], form.OpenOn(new DateOnly(2025, 6, 30)));
        Assert.Empty(form.OpenOn(new DateOnly(2025, 7, 1)));
        Assert.Empty(form.OpenOn(new DateOnly(2025, 5, 30)));
    }
}

/// <summary>Figures of several places combined into one: by the catalogue's rule, or not at all.</summary>
public class PlaceFiguresTests
{
    [Fact]
    public void Additive_Sums() => Assert.Equal(350.0, PlaceFigures.Combine(Aggregation.Sum, [(100, null), (250, null)]));

    [Fact]
    public void AnIndex_IsWeighted_ByItsWeights()
        // (110 × 300 + 104 × 100) ÷ 400 = 108.5
        => Assert.Equal(108.5, PlaceFigures.Combine(Aggregation.Weighted, [(110, 300), (104, 100)]));

    [Fact]
    public void AnIndexWithoutAWeight_IsNotComparable() => Assert.Null(PlaceFigures.Combine(Aggregation.Weighted, [(110, 300), (104, null)]));

    [Fact]
    public void WhatCannotBeCombined_IsNotComparable_ButOnePlaceStandsAsReported()
    {
        Assert.Null(PlaceFigures.Combine(Aggregation.None, [(60, null), (70, null)]));
        Assert.Equal(60.0, PlaceFigures.Combine(Aggregation.None, [(60, null)]));
    }
}
