using System.Xml.Linq;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287): text constructs of type text, html and xhtml; alternate links resolved against xml:base; authors
/// inherited from the feed; published, else updated, as the date.
/// </summary>
internal static class AtomFeedReader
{
    public static ParsedFeed Read(XElement feed, Uri feedUrl)
    {
        var ns = FeedXml.Atom;
        var language = FeedXml.Lang(feed);
        var feedAuthor = Author(feed);
        var items = feed.Elements(ns + "entry").Select(e => Entry(e, feedUrl, feedAuthor, language)).ToList();
        return new ParsedFeed(FeedFormat.Atom10, FeedXml.PlainText(TextConstruct(feed.Element(ns + "title"))),
            Alternate(feed, feedUrl), language, items);
    }

    private static FeedItem Entry(XElement entry, Uri feedUrl, string? feedAuthor, string? feedLanguage)
    {
        var ns = FeedXml.Atom;
        var content = entry.Element(ns + "content");
        // Content given by reference (src="...") is not inline text; the linked page is fetched anyway.
        var contentHtml = content?.Attribute("src") is null ? TextConstruct(content) : null;
        var published = FeedDates.Parse(FeedXml.Text(entry.Element(ns + "published")))
            ?? FeedDates.Parse(FeedXml.Text(entry.Element(ns + "updated")));
        return new FeedItem(FeedXml.Text(entry.Element(ns + "id")), Alternate(entry, feedUrl),
            FeedXml.PlainText(TextConstruct(entry.Element(ns + "title"))), published, TextConstruct(entry.Element(ns + "summary")),
            contentHtml, Author(entry) ?? feedAuthor, FeedXml.Lang(entry) ?? feedLanguage);
    }

    /// <summary>The alternate link (rel missing means alternate), preferring an HTML one.</summary>
    private static Uri? Alternate(XElement parent, Uri feedUrl)
    {
        var links = parent.Elements(FeedXml.Atom + "link").Where(l => (l.Attribute("rel")?.Value.Trim() ?? "alternate") == "alternate").ToList();
        var best = links.FirstOrDefault(l => l.Attribute("type")?.Value.Contains("html", StringComparison.OrdinalIgnoreCase) == true) ?? links.FirstOrDefault();
        return best is null ? null : FeedXml.Resolve(best.Attribute("href")?.Value, best, feedUrl);
    }

    private static string? Author(XElement parent) =>
        FeedXml.PlainText(FeedXml.Text(parent.Element(FeedXml.Atom + "author")?.Element(FeedXml.Atom + "name")));

    /// <summary>An Atom text construct as HTML: html is taken as is, xhtml is the inner markup of its div, text is escaped.</summary>
    private static string? TextConstruct(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = element.Attribute("type")?.Value.Trim().ToLowerInvariant() ?? "text";
        if (type == "xhtml")
        {
            var div = element.Element(FeedXml.Xhtml + "div") ?? element;
            var inner = string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim();
            return inner.Length == 0 ? null : inner;
        }

        var text = FeedXml.Text(element);
        return text is null ? null : type is "html" or "text/html" ? text : FeedXml.TextToHtml(text);
    }
}
