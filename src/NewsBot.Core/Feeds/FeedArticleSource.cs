namespace NewsBot.Core.Feeds;

/// <summary>Where a feed item's article text came from.</summary>
public enum FeedArticleSource
{
    /// <summary>The linked web page held the article.</summary>
    Page,

    /// <summary>The page gave nothing useful (or could not be fetched); the feed's own content is used.</summary>
    FeedContent,

    /// <summary>Neither the page nor the feed had any text: no document.</summary>
    None,
}
