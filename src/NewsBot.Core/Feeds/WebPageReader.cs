using NewsBot.Core.Ingest;
using NewsBot.Core.Web;

namespace NewsBot.Core.Feeds;

/// <summary>
/// One web page given by a person (<c>index &lt;url&gt;</c>): fetched through <see cref="ISafeHttpFetcher"/> (so private
/// addresses are refused), its article found by the same rules as feed items' pages, made into a document for the indexer.
/// </summary>
public sealed class WebPageReader(ISafeHttpFetcher fetcher, FeedArticleReader articles)
{
    private const string HtmlAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

    /// <returns>The document, or null and why not, in words naming the URL (redacted).</returns>
    public async Task<(RawDocument? Document, string? Problem)> ReadAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = UrlRedactor.Redact(url);
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return (null, $"{shown}: only http and https URLs can be indexed");
        }

        var result = await fetcher.FetchAsync(new FetchRequest(url, Accept: HtmlAccept), cancellationToken);
        switch (result)
        {
            case FetchRefused refused:
                return (null, $"{shown}: refused: {refused.Reason}");
            case FetchFailed failed:
                return (null, $"{shown}: {failed.Reason}");
            case FetchSucceeded page when page.MediaType is null or "text/html" or "application/xhtml+xml":
                var html = Charsets.DecodeHtml(page.Body.Span, page.Charset);
                var item = new FeedItem(null, page.FinalUrl, null, null, null, null, null, null);
                var article = articles.Build(item, page.FinalUrl, null, page.FinalUrl, html, null);
                return article.Document is null ? (null, $"{shown}: the page holds no article text") : (article.Document, null);
            case FetchSucceeded other:
                return (null, $"{shown}: the page is {other.MediaType}, not HTML");
            default:
                return (null, $"{shown}: the server answered 304 Not Modified to a plain GET");
        }
    }
}
