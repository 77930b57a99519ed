using NewsBot.Core.Feeds;

namespace NewsBot.Feeds;

/// <summary>The outcome of adding, removing or resuming a feed: the feed, or a message saying what is wrong and what to do.</summary>
/// <param name="Found">For an add: what the feed document held (its title and item count).</param>
public sealed record FeedChange(StoredFeed? Feed, string? Error, ParsedFeed? Found = null)
{
    public bool Succeeded => Error is null;

    public static FeedChange Fail(string error) => new(null, error);
}
