using System.Net;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Web;

namespace NewsBot.Tests.Core.Feeds;

/// <summary>The page-or-feed choice, with a scripted fetcher standing in for the network.</summary>
public sealed class FeedArticleReaderTests
{
    private static readonly Uri FeedUrl = new("https://gazette.example/feed.xml");
    private static readonly Uri Link = new("https://www.gazette.example/news/ferry?utm_source=rss#top");
    private const string Lead = "<p>The council voted on Monday to add two evening crossings to the island ferry route.</p>";

    private static FeedItem Item(Uri? link = null, string? content = Lead, string? guid = "g1") =>
        new(guid, link, "Ferry", null, null, content, null, "en");

    private static FeedArticleReader Reader(FetchResult result) => new(new ScriptedFetcher(result), new HtmlArticleExtractor());

    private static FetchSucceeded Page(string html, string mediaType = "text/html", Uri? finalUrl = null) =>
        new(Link, finalUrl ?? Link, Encoding.UTF8.GetBytes(html), mediaType, null, null, null);

    [Fact]
    public async Task ReadAsync_SameSiteCanonical_UsedAsSource()
    {
        var html = FeedFixtures.Text("boilerplate.html");

        var article = await Reader(Page(html)).ReadAsync(Item(Link), FeedUrl, "Gazette");

        Assert.Equal(FeedArticleSource.Page, article.Source);
        Assert.Equal("https://gazette.example/news/ferry-timetable", article.Document!.Source);
        Assert.Equal(html, article.Document.Content);
        Assert.Null(article.Problem);
    }

    [Fact]
    public async Task ReadAsync_OtherSiteCanonical_IgnoredFetchedUrlCanonicalised()
    {
        var html = FeedFixtures.Text("boilerplate.html").Replace("https://gazette.example/", "https://attacker.example/", StringComparison.Ordinal);

        var article = await Reader(Page(html)).ReadAsync(Item(Link), FeedUrl, "Gazette");

        Assert.Equal("https://www.gazette.example/news/ferry", article.Document!.Source);
    }

    [Fact]
    public async Task ReadAsync_PageNotHtml_FeedContentWithProblem()
    {
        var article = await Reader(Page("%PDF-1.7", "application/pdf")).ReadAsync(Item(Link), FeedUrl, "Gazette");

        Assert.Equal(FeedArticleSource.FeedContent, article.Source);
        Assert.Contains("application/pdf, not HTML", article.Problem, StringComparison.Ordinal);
        Assert.Contains(Lead, article.Document!.Content, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", article.Document.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PageRefused_FeedContentNotRetried()
    {
        var article = await Reader(new FetchRefused(Link, "the host resolves to 10.0.0.1")).ReadAsync(Item(Link), FeedUrl, "Gazette");

        Assert.Equal(FeedArticleSource.FeedContent, article.Source);
        Assert.StartsWith("page refused:", article.Problem, StringComparison.Ordinal);
        Assert.False(article.RetryLater);
    }

    [Fact]
    public async Task ReadAsync_PermanentFailureAndNoText_NoDocumentNotRetried()
    {
        var article = await Reader(new FetchFailed(Link, "HTTP 404 Not Found", 404, IsTransient: false)).ReadAsync(Item(Link, content: null), FeedUrl, "Gazette");

        Assert.Null(article.Document);
        Assert.Equal(FeedArticleSource.None, article.Source);
        Assert.False(article.RetryLater);
    }

    [Fact]
    public async Task ReadAsync_NoLink_FeedContentWithFeedScopedSource()
    {
        var fetcher = new ScriptedFetcher(new FetchRefused(Link, "unused"));

        var article = await new FeedArticleReader(fetcher, new HtmlArticleExtractor()).ReadAsync(Item(link: null), FeedUrl, "Gazette");

        Assert.Equal(0, fetcher.Calls);
        Assert.Equal("https://gazette.example/feed.xml#g1", article.Document!.Source);
        Assert.Equal("the item has no link", article.Problem);
    }

    [Fact]
    public void Build_ShortPageLongerFeedText_FeedContentWins()
    {
        var page = $"<html><body><article><p>{new string('x', 30)} short teaser paragraph for subscribers only.</p></article></body></html>";
        var longFeed = string.Concat(Enumerable.Repeat(Lead, 6));

        var article = new FeedArticleReader(new ScriptedFetcher(null!), new HtmlArticleExtractor())
            .Build(Item(Link, longFeed), FeedUrl, "Gazette", Link, page, null);

        Assert.Equal(FeedArticleSource.FeedContent, article.Source);
        Assert.Contains("no article text", article.Problem, StringComparison.Ordinal);
    }

    private sealed class ScriptedFetcher(FetchResult result) : ISafeHttpFetcher
    {
        public int Calls { get; private set; }

        public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(result);
        }
    }
}
