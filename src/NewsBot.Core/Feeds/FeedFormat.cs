namespace NewsBot.Core.Feeds;

/// <summary>The syndication format a feed document was read as.</summary>
public enum FeedFormat
{
    Rss20,
    Rss10,
    Atom10,
    JsonFeed,
}
