namespace NewsBot.Core.Feeds;

/// <summary>How a feed is doing, from its run of consecutive failed polls (see <see cref="FeedHealth.StatusFor"/>).</summary>
public enum FeedHealthStatus
{
    /// <summary>The last poll worked, or fewer than WarnAfterFailures polls in a row failed.</summary>
    Healthy,

    /// <summary>At least WarnAfterFailures polls in a row failed: worth telling the operator; polling goes on.</summary>
    Failing,

    /// <summary>At least PauseAfterFailures polls in a row failed: polling stops until the operator resumes the feed.</summary>
    Paused,
}
