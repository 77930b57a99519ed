using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Core.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00+00:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 +0000", "2024-03-05T09:30:00+00:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 -0500", "2024-03-05T09:30:00-05:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 EST", "2024-03-05T09:30:00-05:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 PDT", "2024-03-05T09:30:00-07:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 CEST", "2024-03-05T09:30:00+02:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 +01:00", "2024-03-05T09:30:00+01:00")]
    [InlineData("Fri, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00+00:00")]
    [InlineData("05 Mar 2024 09:30 GMT", "2024-03-05T09:30:00+00:00")]
    [InlineData("Tuesday, 5 March 2024 09:30:00 Z", "2024-03-05T09:30:00+00:00")]
    [InlineData("5 Mar 24 9:30:00 UT", "2024-03-05T09:30:00+00:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 XYZ", "2024-03-05T09:30:00+00:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00", "2024-03-05T09:30:00+00:00")]
    [InlineData("  Tue,  05  Mar 2024\n09:30:00 GMT ", "2024-03-05T09:30:00+00:00")]
    [InlineData("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+00:00")]
    [InlineData("2024-03-05T09:30:00.123+05:30", "2024-03-05T09:30:00.123+05:30")]
    [InlineData("2024-03-05", "2024-03-05T00:00:00+00:00")]
    public void Parse_RealWorldForms_Read(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2024 10:00:00 GMT")]
    [InlineData("05 Foo 2024 10:00:00 GMT")]
    [InlineData("05 Mar 2024 25:00:00 GMT")]
    [InlineData("05 Mar 0000 10:00:00 GMT")]
    [InlineData("31 Dec 9999 23:00:00 -0500")]
    public void Parse_Unreadable_Null(string? text) => Assert.Null(FeedDates.Parse(text));
}
