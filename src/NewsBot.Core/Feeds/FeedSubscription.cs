namespace NewsBot.Core.Feeds;

/// <summary>One entry of <c>Ingest:Feeds</c>: a feed URL and, optionally, its own poll interval.</summary>
public sealed record FeedSubscription
{
    public string Url { get; set; } = string.Empty;

    public TimeSpan? PollInterval { get; set; }
}
