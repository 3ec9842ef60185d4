using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>Figures as officials type them: dots group thousands, a comma starts the decimals; a plain decimal point still works.</summary>
public class FigureInputTests
{
    [Theory]
    [InlineData("850.000", 850_000)]
    [InlineData("1.234.567", 1_234_567)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1234,5", 1234.5)]
    [InlineData("-12.000", -12_000)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("0.125", 0.125)]
    [InlineData("1234.567", 1234.567)]
    [InlineData(" 4 000 ", 4000)]
    public void AFigure_IsReadAsOfficialsMeanIt(string text, double expected)
    {
        Assert.True(FigureInput.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("mười")]
    [InlineData("1,2,3")]
    public void Text_IsNotAFigure(string text) => Assert.False(FigureInput.TryParse(text, out _));

    [Fact]
    public void ABlank_IsNoFigure()
    {
        Assert.True(FigureInput.TryParse("  ", out var value));
        Assert.Null(value);
    }
}
