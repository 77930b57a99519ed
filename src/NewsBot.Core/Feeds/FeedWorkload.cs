using NewsBot.Core.Ingest.Html;

namespace NewsBot.Core.Feeds;

/// <summary>
/// CPU-only work of feed polling, for the <c>bench</c> command to time: parsing feed documents and extracting articles from
/// pages, with no network. Returns counts so the work cannot be optimised away and the caller can report per-item rates.
/// </summary>
public static class FeedWorkload
{
    /// <summary>Parses each document (all formats) and returns the number of items read; unreadable documents count as 0.</summary>
    public static int ParseFeeds(IEnumerable<ReadOnlyMemory<byte>> documents, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var items = 0;
        foreach (var document in documents)
        {
            try
            {
                items += FeedParser.Parse(document, feedUrl).Items.Count;
            }
            catch (FeedParseException)
            {
                // A broken fixture must not stop the measurement of the others.
            }
        }

        return items;
    }

    /// <summary>Extracts the article of each page and returns the number of paragraphs kept.</summary>
    public static int ExtractPages(IEnumerable<string> pages, HtmlArticleExtractor extractor, Uri? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(extractor);
        return pages.Sum(page => extractor.Extract(page, pageUrl).Paragraphs.Count);
    }
}
