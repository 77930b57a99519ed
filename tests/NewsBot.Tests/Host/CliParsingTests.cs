using NewsBot.Cli;

namespace NewsBot.Tests.Host;

public sealed class CliParsingTests
{
    private static readonly DateTimeOffset Now = new(2024, 4, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("90m", 90)]
    [InlineData("24h", 24 * 60)]
    [InlineData("3D", 3 * 24 * 60)]
    [InlineData(" 2w ", 14 * 24 * 60)]
    public void TrySince_Duration_ThatLongBeforeNow(string text, int minutes)
    {
        Assert.True(CliParsing.TrySince(text, Now, out var since, out var problem), problem);

        Assert.Equal(Now.AddMinutes(-minutes), since);
    }

    [Fact]
    public void TrySince_Date_ReadAsUtc()
    {
        Assert.True(CliParsing.TrySince("2024-04-22", Now, out var since, out _));

        Assert.Equal(new DateTimeOffset(2024, 4, 22, 0, 0, 0, TimeSpan.Zero), since);
    }

    [Fact]
    public void TrySince_HugeDuration_EverythingWithoutOverflow()
    {
        Assert.True(CliParsing.TrySince("999999999w", Now, out var since, out _));

        Assert.Equal(DateTimeOffset.MinValue, since);
    }

    [Theory]
    [InlineData("soon", "is not a time")]
    [InlineData("5y", "is not a time")]
    [InlineData("-3h", "is not a time")]
    [InlineData("2024-04-24", "is in the future")]
    public void TrySince_Bad_ExplainsTheAcceptedForms(string text, string message)
    {
        Assert.False(CliParsing.TrySince(text, Now, out _, out var problem));

        Assert.Contains(message, problem, StringComparison.Ordinal);
    }
}
