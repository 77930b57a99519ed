using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Core.Feeds;

public sealed class FeedHealthTests
{
    private static readonly DateTimeOffset At = new(2024, 3, 5, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, FeedHealthStatus.Healthy)]
    [InlineData(2, FeedHealthStatus.Healthy)]
    [InlineData(3, FeedHealthStatus.Failing)]
    [InlineData(9, FeedHealthStatus.Failing)]
    [InlineData(10, FeedHealthStatus.Paused)]
    [InlineData(11, FeedHealthStatus.Paused)]
    public void StatusFor_DefaultThresholds_ByConsecutiveFailures(int failures, FeedHealthStatus expected)
    {
        var health = FeedHealth.New;
        for (var i = 0; i < failures; i++)
        {
            health = health.RecordFailure("HTTP 503", At);
        }

        Assert.Equal(expected, health.StatusFor(new IngestOptions()));
    }

    [Fact]
    public void RecordSuccess_AfterFailures_ResetsRunKeepsTimes()
    {
        var health = FeedHealth.New.RecordFailure("timeout", At).RecordFailure("timeout", At.AddHours(1)).RecordSuccess(At.AddHours(2));

        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Null(health.LastError);
        Assert.Equal(At.AddHours(1), health.LastFailureAt);
        Assert.Equal(At.AddHours(2), health.LastSuccessAt);
    }

    [Fact]
    public void Resume_Paused_Healthy()
    {
        var health = FeedHealth.New;
        for (var i = 0; i < 4; i++)
        {
            health = health.RecordFailure("gone", At);
        }

        Assert.Equal(FeedHealthStatus.Paused, health.StatusFor(2, 4));
        Assert.Equal(FeedHealthStatus.Healthy, health.Resume().StatusFor(2, 4));
        Assert.Equal(At, health.Resume().LastFailureAt);
    }
}
