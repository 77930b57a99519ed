using NewsBot.Digests;

namespace NewsBot.Tests.Host.Digests;

public sealed class DigestScheduleParserTests
{
    private static readonly DigestOptions Options = new();

    [Theory]
    [InlineData("daily 08:00", "0 0 8 * * ?")]
    [InlineData("Daily 8:05", "0 5 8 * * ?")]
    [InlineData("weekdays 07:30", "0 30 7 ? * MON-FRI")]
    [InlineData("weekends at 10:00", "0 0 10 ? * SAT,SUN")]
    [InlineData("mon,thursday 18:00", "0 0 18 ? * MON,THU")]
    [InlineData("every 6h", "0 0 0/6 * * ?")]
    [InlineData("every 30 minutes", "0 0/30 * * * ?")]
    [InlineData("0 15 9 ? * MON-FRI", "0 15 9 ? * MON-FRI")]
    public void Parse_KnownForms_GiveTheirCron(string text, string cron)
    {
        var (schedule, problem) = DigestScheduleParser.Parse(text, "Europe/Paris", Options);

        Assert.Null(problem);
        Assert.Equal(cron, schedule!.Cron);
        Assert.Equal("Europe/Paris", schedule.TimeZone.Id);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("daily 25:00", "not a time of day")]
    [InlineData("every 7h", "does not divide the day evenly")]
    [InlineData("someday 08:00", "not a day list")]
    [InlineData("0 0 25 * * ?", "not a valid cron expression")]
    [InlineData("0/10 * * * * ?", "at least 15 minutes apart")]
    [InlineData("whenever", "not a schedule NewsBot understands")]
    public void Parse_BadSchedules_SayWhatIsWrong(string text, string problem)
    {
        var (schedule, message) = DigestScheduleParser.Parse(text, "UTC", Options);

        Assert.Null(schedule);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTimeZone_SuggestsIanaNames()
    {
        var (_, problem) = DigestScheduleParser.Parse("daily 08:00", "Mars/Olympus", Options);

        Assert.Contains("IANA name such as Europe/Paris", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTimeZone_UsesTheConfiguredDefault()
    {
        var (schedule, _) = DigestScheduleParser.Parse("daily 08:00", null, new DigestOptions { DefaultTimeZone = "America/New_York" });

        Assert.Equal("America/New_York", schedule!.TimeZone.Id);
    }
}
