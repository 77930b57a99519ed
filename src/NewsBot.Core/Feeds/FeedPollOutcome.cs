namespace NewsBot.Core.Feeds;

/// <summary>What one poll did.</summary>
public enum FeedPollOutcome
{
    /// <summary>The feed was fetched and read; <see cref="FeedPollResult.Documents"/> holds its new items (maybe none).</summary>
    Fetched,

    /// <summary>The server said nothing changed (304).</summary>
    NotModified,

    /// <summary>The fetch was refused or failed, or the document is not a readable feed; see <see cref="FeedPollResult.Error"/>.</summary>
    Failed,

    /// <summary>The feed is paused after too many failures and was not fetched.</summary>
    Skipped,
}
