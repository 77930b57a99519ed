namespace NewsBot.Core.Feeds;

/// <summary>One entry of <c>Ingest:Feeds</c>: a feed URL and, optionally, its own poll interval and the channel for its notices.</summary>
public sealed record FeedSubscription
{
    public string Url { get; set; } = string.Empty;

    public TimeSpan? PollInterval { get; set; }

    /// <summary>The Discord channel id where failure notices and new items are posted; without it they are only logged.</summary>
    public string? ChannelId { get; set; }
}
