namespace NewsBot.Core.Feeds;

/// <summary>A feed document read into one shape whatever its format. Items keep the feed's order.</summary>
/// <param name="SiteLink">The web site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url).</param>
public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    Uri? SiteLink,
    string? Language,
    IReadOnlyList<FeedItem> Items);
