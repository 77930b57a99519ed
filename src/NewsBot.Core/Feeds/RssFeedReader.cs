using System.Xml.Linq;

namespace NewsBot.Core.Feeds;

/// <summary>
/// RSS 2.0 (and 0.9x) and RSS 1.0 / RDF. Both have a channel and items with title, link and description; RSS 1.0 puts the
/// items beside the channel and names them by rdf:about. content:encoded, Dublin Core dates, creators and languages, and
/// atom:link alternates are read in both.
/// </summary>
internal static class RssFeedReader
{
    public static ParsedFeed ReadRss20(XElement root, Uri feedUrl)
    {
        var channel = root.Element("channel") ?? throw new FeedParseException("the RSS document has no <channel> element");
        var language = FeedXml.Text(channel.Element("language")) ?? FeedXml.Text(channel.Element(FeedXml.Dc + "language")) ?? FeedXml.Lang(channel);
        // Some RSS 0.9x feeds put items beside the channel instead of inside it.
        var items = channel.Elements("item").Concat(root.Elements("item")).Select(i => Item(i, XNamespace.None, feedUrl, language)).ToList();
        return new ParsedFeed(FeedFormat.Rss20, FeedXml.PlainText(FeedXml.Text(channel.Element("title"))),
            FeedXml.Resolve(FeedXml.Text(channel.Element("link")), channel, feedUrl), language, items);
    }

    public static ParsedFeed ReadRdf(XElement root, Uri feedUrl)
    {
        var ns = root.Element(FeedXml.Rss10 + "channel") is not null ? FeedXml.Rss10 : FeedXml.Rss090;
        var channel = root.Element(ns + "channel") ?? throw new FeedParseException("the RDF document has no RSS 1.0 <channel> element");
        var language = FeedXml.Text(channel.Element(FeedXml.Dc + "language")) ?? FeedXml.Lang(channel);
        var items = root.Elements(ns + "item").Concat(channel.Elements(ns + "item")).Select(i => Item(i, ns, feedUrl, language)).ToList();
        return new ParsedFeed(FeedFormat.Rss10, FeedXml.PlainText(FeedXml.Text(channel.Element(ns + "title"))),
            FeedXml.Resolve(FeedXml.Text(channel.Element(ns + "link")), channel, feedUrl), language, items);
    }

    private static FeedItem Item(XElement item, XNamespace ns, Uri feedUrl, string? feedLanguage)
    {
        var guidElement = item.Element(ns + "guid");
        var guid = FeedXml.Text(guidElement) ?? item.Attribute(FeedXml.Rdf + "about")?.Value.Trim();
        var isPermaLink = guidElement is not null && !string.Equals(guidElement.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var link = FeedXml.Resolve(FeedXml.Text(item.Element(ns + "link")), item, feedUrl)
            ?? AtomAlternate(item, feedUrl)
            ?? (isPermaLink ? FeedXml.Resolve(guid, item, feedUrl) : null);
        var published = FeedDates.Parse(FeedXml.Text(item.Element(ns + "pubDate")))
            ?? FeedDates.Parse(FeedXml.Text(item.Element(FeedXml.Dc + "date")))
            ?? FeedDates.Parse(FeedXml.Text(item.Element(FeedXml.Atom + "published")))
            ?? FeedDates.Parse(FeedXml.Text(item.Element(FeedXml.Atom + "updated")));
        var author = FeedXml.Text(item.Element(FeedXml.Dc + "creator")) ?? FeedXml.Text(item.Element(ns + "author"));
        var language = FeedXml.Text(item.Element(FeedXml.Dc + "language")) ?? FeedXml.Lang(item) ?? feedLanguage;
        return new FeedItem(guid, link, FeedXml.PlainText(FeedXml.Text(item.Element(ns + "title"))), published,
            FeedXml.Text(item.Element(ns + "description")), FeedXml.Text(item.Element(FeedXml.Content + "encoded")),
            FeedXml.PlainText(author), language);
    }

    private static Uri? AtomAlternate(XElement item, Uri feedUrl) =>
        item.Elements(FeedXml.Atom + "link")
            .Where(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate")
            .Select(l => FeedXml.Resolve(l.Attribute("href")?.Value, l, feedUrl))
            .FirstOrDefault(u => u is not null);
}
