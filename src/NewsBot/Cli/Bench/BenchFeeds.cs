using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using NewsBot.Core.Ingest;
using NewsBot.Core.Text;

namespace NewsBot.Cli.Bench;

/// <summary>
/// Feeds and pages made from real news for <c>bench feeds</c>: RSS 2.0 and Atom documents of <see cref="ItemsPerFeed"/> items
/// (title, link, guid, date, description, full content), and article pages wrapped in the boilerplate news sites carry
/// (navigation, share bars, related links, scripts, footer), so extraction has to find the article.
/// </summary>
internal static class BenchFeeds
{
    public const int ItemsPerFeed = 50;
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 6, 0, 0, TimeSpan.Zero);

    public static List<ReadOnlyMemory<byte>> Feeds(IReadOnlyList<RawDocument> articles)
    {
        var feeds = new List<ReadOnlyMemory<byte>>();
        for (var start = 0; start < articles.Count; start += ItemsPerFeed)
        {
            var chunk = articles.Skip(start).Take(ItemsPerFeed).Select((a, i) => (Article: a, Number: start + i)).ToList();
            var document = (start / ItemsPerFeed) % 2 == 0 ? Rss(chunk) : AtomFeed(chunk);
            feeds.Add(Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting)));
        }

        return feeds;
    }

    public static List<string> Pages(IReadOnlyList<RawDocument> articles) =>
        [.. articles.Select((a, i) => Page(a, i))];

    private static XDocument Rss(List<(RawDocument Article, int Number)> items) => new(new XElement("rss", new XAttribute("version", "2.0"),
        new XAttribute(XNamespace.Xmlns + "content", Content.NamespaceName),
        new XElement("channel", new XElement("title", "Bench News"), new XElement("link", "https://news.example/"),
            items.Select(x => new XElement("item",
                new XElement("title", Title(x.Article)), new XElement("link", Link(x.Number)), new XElement("guid", Link(x.Number)),
                new XElement("pubDate", (Epoch + TimeSpan.FromMinutes(x.Number)).ToString("r", CultureInfo.InvariantCulture)),
                new XElement("description", Lead(x.Article)), new XElement(Content + "encoded", new XCData(Html(x.Article))))))));

    private static XDocument AtomFeed(List<(RawDocument Article, int Number)> items) => new(new XElement(Atom + "feed",
        new XElement(Atom + "title", "Bench News"), new XElement(Atom + "id", "https://news.example/"),
        new XElement(Atom + "updated", Epoch.ToString("o", CultureInfo.InvariantCulture)),
        items.Select(x => new XElement(Atom + "entry",
            new XElement(Atom + "title", Title(x.Article)), new XElement(Atom + "id", Link(x.Number)),
            new XElement(Atom + "link", new XAttribute("href", Link(x.Number))),
            new XElement(Atom + "published", (Epoch + TimeSpan.FromMinutes(x.Number)).ToString("o", CultureInfo.InvariantCulture)),
            new XElement(Atom + "summary", Lead(x.Article)),
            new XElement(Atom + "content", new XAttribute("type", "html"), Html(x.Article))))));

    private static string Page(RawDocument article, int number)
    {
        var nav = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/section/{i}\">Section {i}</a></li>"));
        var related = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/story/{number + i}\">Related story number {i} you may like</a></li>"));
        return $"""
            <!DOCTYPE html><html lang="{article.Language ?? "en"}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(Title(article))} | Bench News</title>
            <link rel="canonical" href="{Link(number)}"><script>window.dataLayer = window.dataLayer || []; function gtag(){'{'}dataLayer.push(arguments);{'}'}</script></head>
            <body><header><nav><ul>{nav}</ul></nav><div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div></header>
            <main><article><h1>{WebUtility.HtmlEncode(Title(article))}</h1><div class="share">Share on Facebook · Share on X · Email</div>
            {Html(article)}</article><aside class="related"><h2>Most read</h2><ul>{related}</ul></aside>
            <div class="newsletter">Sign up for our newsletter to get the news every morning.</div></main>
            <footer><p>© Bench News. All rights reserved.</p><ul>{nav}</ul></footer><script src="/app.js"></script></body></html>
            """;
    }

    private static string Title(RawDocument article) => article.Title ?? article.Content.Split('\n', 2)[0];

    private static string Lead(RawDocument article) => article.Content.Length <= 300 ? article.Content : article.Content[..300];

    /// <summary>Paragraphs of three sentences: the corpus stores each article as one line, pages have paragraphs.</summary>
    private static string Html(RawDocument article) => string.Concat(SentenceSplitter.Split(article.Content)
        .Select(r => article.Content.Substring(r.Start, r.Length)).Chunk(3)
        .Select(p => "<p>" + WebUtility.HtmlEncode(string.Join(' ', p)) + "</p>"));

    private static string Link(int number) => string.Create(CultureInfo.InvariantCulture, $"https://news.example/story/{number}");
}
