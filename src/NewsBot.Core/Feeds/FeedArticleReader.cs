using System.Net;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Web;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Turns a feed item into a <see cref="RawDocument"/>: fetches the linked page (through <see cref="ISafeHttpFetcher"/>),
/// checks with <see cref="HtmlArticleExtractor"/> that it holds an article, and falls back to the feed's own content when
/// the page yields little (paywalls, script-only pages, errors). The document is HTML either way, for the
/// <see cref="IArticlePreparer"/>; its Source is the article's canonical URL, the identity the store updates by.
/// </summary>
public sealed class FeedArticleReader(ISafeHttpFetcher fetcher, HtmlArticleExtractor extractor)
{
    /// <summary>Page text (outside headings) below this is not an article: a consent wall, a video page, an error page.</summary>
    public const int MinPageTextChars = 200;

    private const string HtmlAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

    public async Task<FeedArticle> ReadAsync(FeedItem item, Uri feedUrl, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Link is null)
        {
            return Build(item, feedUrl, sourceName, null, null, "the item has no link");
        }

        var result = await fetcher.FetchAsync(new FetchRequest(item.Link, Accept: HtmlAccept), cancellationToken);
        return result switch
        {
            FetchSucceeded page when IsHtml(page.MediaType) =>
                Build(item, feedUrl, sourceName, page.FinalUrl, Charsets.DecodeHtml(page.Body.Span, page.Charset), null),
            FetchSucceeded page => Build(item, feedUrl, sourceName, page.FinalUrl, null, $"the page is {page.MediaType}, not HTML"),
            FetchRefused refused => Build(item, feedUrl, sourceName, null, null, "page refused: " + refused.Reason),
            FetchFailed failed => AfterFailure(Build(item, feedUrl, sourceName, null, null, "page fetch failed: " + failed.Reason), failed),
            _ => Build(item, feedUrl, sourceName, null, null, "the page was not modified"),
        };
    }

    /// <summary>The pure part: choose between the page and the feed content and make the document. Also used by benchmarks.</summary>
    public FeedArticle Build(FeedItem item, Uri feedUrl, string? sourceName, Uri? pageUrl, string? pageHtml, string? problem)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var feedText = FeedXml.PlainText(item.BestContent)?.Length ?? 0;
        ExtractedPage? page = pageHtml is null ? null : extractor.Extract(pageHtml, pageUrl);
        var pageText = page?.Paragraphs.Where(p => !p.IsHeading).Sum(p => p.Text.Length) ?? 0;
        var url = CanonicalUrl(page?.CanonicalUrl, pageUrl ?? item.Link);
        var source = url?.AbsoluteUri ?? FallbackSource(item, feedUrl);
        var document = new RawDocument(source, string.Empty, DocumentFormat.Html, item.Guid, item.Title, url?.AbsoluteUri ?? item.Link?.AbsoluteUri,
            item.Published, item.Language, sourceName);

        if (pageHtml is not null && pageText >= MinPageTextChars && pageText * 2 >= feedText)
        {
            return new FeedArticle(document with { Content = pageHtml }, FeedArticleSource.Page, problem);
        }

        if (feedText > 0)
        {
            var why = problem ?? (pageHtml is null ? null : "the page held no article text; the feed's content is used");
            return new FeedArticle(document with { Content = Wrap(item.BestContent!, item.Language) }, FeedArticleSource.FeedContent, why);
        }

        return pageText > 0
            ? new FeedArticle(document with { Content = pageHtml! }, FeedArticleSource.Page, problem)
            : new FeedArticle(null, FeedArticleSource.None, problem ?? "neither the page nor the feed holds any text");
    }

    /// <summary>With no text at all, a transient failure (timeout, 5xx) is worth another try at the next poll.</summary>
    private static FeedArticle AfterFailure(FeedArticle article, FetchFailed failed) =>
        article.Document is null ? article with { RetryLater = failed.IsTransient } : article;

    private static bool IsHtml(string? mediaType) => mediaType is null or "text/html" or "application/xhtml+xml";

    /// <summary>A page's rel=canonical is trusted only on its own site: another site's URL would let a page overwrite that article.</summary>
    private static Uri? CanonicalUrl(Uri? stated, Uri? fetched)
    {
        var chosen = stated is not null && fetched is not null && SameSite(stated, fetched) ? stated : fetched;
        return chosen is null ? null : UrlCanonicalizer.Canonicalize(chosen);
    }

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(Bare(a.Host), Bare(b.Host), StringComparison.OrdinalIgnoreCase) && (a.Scheme == Uri.UriSchemeHttp || a.Scheme == Uri.UriSchemeHttps);

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string FallbackSource(FeedItem item, Uri feedUrl)
    {
        var id = item.Guid ?? FeedItemKey.For(item).ContentHash ?? string.Empty;
        return UrlCanonicalizer.Canonicalize(feedUrl).AbsoluteUri + "#" + Uri.EscapeDataString(id);
    }

    private static string Wrap(string contentHtml, string? language) => language is null
        ? $"<!DOCTYPE html><html><body><article>{contentHtml}</article></body></html>"
        : $"<!DOCTYPE html><html lang=\"{WebUtility.HtmlEncode(language)}\"><body><article>{contentHtml}</article></body></html>";
}
