using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Core.Feeds;

/// <summary>One page given by a person, fetched from the local fixture server: the document, or why not.</summary>
public sealed class WebPageReaderTests(FixtureServer server) : IClassFixture<FixtureServer>
{
    private static async Task<(RawDocument? Document, string? Problem)> ReadAsync(Uri url, bool allowPrivate = true)
    {
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(allowPrivate));
        return await new WebPageReader(fetcher, new FeedArticleReader(fetcher, new HtmlArticleExtractor())).ReadAsync(url);
    }

    [Fact]
    public async Task ReadAsync_ArticlePage_HtmlDocumentWithCanonicalSource()
    {
        server.MapContent("/wpr/story.html", "text/html", FeedFixtures.Bytes("boilerplate.html"));

        var (document, problem) = await ReadAsync(server.Url("/wpr/story.html?utm_source=x"));

        Assert.Null(problem);
        Assert.Equal(DocumentFormat.Html, document!.Format);
        Assert.Equal(server.Url("/wpr/story.html").AbsoluteUri, document.Source);
    }

    [Fact]
    public async Task ReadAsync_PageWithoutText_SaysSo()
    {
        server.MapContent("/wpr/empty.html", "text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray());

        var (document, problem) = await ReadAsync(server.Url("/wpr/empty.html"));

        Assert.Null(document);
        Assert.EndsWith("the page holds no article text", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingPage_GivesTheHttpStatus()
    {
        var (document, problem) = await ReadAsync(server.Url("/wpr/missing.html"));

        Assert.Null(document);
        Assert.Contains("404", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NotHttp_RefusedWithoutFetching()
    {
        var (document, problem) = await ReadAsync(new Uri("file:///etc/passwd"));

        Assert.Null(document);
        Assert.Contains("only http and https URLs can be indexed", problem, StringComparison.Ordinal);
    }
}
