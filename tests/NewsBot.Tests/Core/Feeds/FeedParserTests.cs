using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Core.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://gazette.example/feeds/main.xml");

    [Fact]
    public void Parse_Rss20_ChannelAndItemsWithHtmlDatesAndRelativeLinks()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("rss2.xml"), FeedUrl);

        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("Harbour Gazette", feed.Title);
        Assert.Equal(new Uri("https://gazette.example/"), feed.SiteLink);
        Assert.Equal(3, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("gazette-1001", first.Guid);
        Assert.Equal("Council approves new ferry timetable", first.Title);
        Assert.Equal(new Uri("https://gazette.example/news/ferry-timetable?utm_source=rss&id=7"), first.Link);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(-5)), first.Published);
        Assert.StartsWith("<p>The council voted on Monday to add <em>two</em>", first.Summary, StringComparison.Ordinal);
        Assert.Contains("Operators said demand", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(first.ContentHtml, first.BestContent);
        Assert.Equal("Mara Quinn", first.Author);
        Assert.Equal("en-GB", first.Language);
    }

    [Fact]
    public void Parse_Rss20PermalinkGuidAndAtomLink_UsedAsLinks()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("rss2.xml"), FeedUrl);

        Assert.Equal(new Uri("https://gazette.example/news/storm-warning"), feed.Items[1].Link);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 7, 5, 0, TimeSpan.FromHours(1)), feed.Items[1].Published);
        Assert.Equal(new Uri("https://gazette.example/news/market-hours"), feed.Items[2].Link);
        Assert.Null(feed.Items[2].Summary);
        Assert.Null(feed.Items[2].Published);
    }

    [Fact]
    public void Parse_Rss10Rdf_ItemsBesideChannel()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("rss1.rdf"), new Uri("https://valley.example/rss"));

        Assert.Equal(FeedFormat.Rss10, feed.Format);
        Assert.Equal("Valley Times", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://valley.example/a/1", item.Guid);
        Assert.Equal("La mairie rénove le pont", item.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(1)), item.Published);
        Assert.Equal("Jeanne Roux", item.Author);
        Assert.Equal("fr", item.Language);
    }

    [Fact]
    public void Parse_Atom_XmlBaseTextConstructsAndInheritedAuthor()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("atom.xml"), new Uri("https://atom.example/feed.xml"));

        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Science & Sea", feed.Title);
        Assert.Equal(new Uri("https://atom.example/"), feed.SiteLink);
        var first = feed.Items[0];
        Assert.Equal(new Uri("https://atom.example/blog/posts/tides"), first.Link);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 18, 0, 0, TimeSpan.FromHours(-5)), first.Published);
        Assert.Equal("<p>Short &lt;tides&gt; summary</p>", first.Summary);
        Assert.Contains("<strong", first.ContentHtml, StringComparison.Ordinal);
        Assert.Contains("tide", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("Desk Editor", first.Author);
        Assert.Equal("en", first.Language);
        var second = feed.Items[1];
        Assert.Equal(new Uri("https://other.example/section/story.html"), second.Link);
        Assert.Equal("Ebbe und Flut", second.Title);
        Assert.Equal("<p>Die Messungen laufen seit Jahren.</p>", second.ContentHtml);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 10, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("Karl Weiss", second.Author);
        Assert.Equal("de", second.Language);
    }

    [Fact]
    public void Parse_JsonFeed_ItemsWithNumericIdTextContentAndBadDate()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("feed.json"), new Uri("https://orbit.example/feed.json"));

        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("Orbit Notes", feed.Title);
        Assert.Equal("en", feed.Language);
        var first = feed.Items[0];
        Assert.Equal("orbit-1", first.Guid);
        Assert.Equal(new Uri("https://orbit.example/notes/launch"), first.Link);
        Assert.Equal("Friday launch", first.Summary);
        Assert.Equal("Orbit Team", first.Author);
        var second = feed.Items[1];
        Assert.Equal("42", second.Guid);
        Assert.Equal(new Uri("https://elsewhere.example/x"), second.Link);
        Assert.Equal("<p>First paragraph.</p><p>Second paragraph.</p>", second.ContentHtml);
        Assert.Null(second.Published);
        Assert.Equal("Ana", second.Author);
        Assert.Equal("pt", second.Language);
    }

    [Fact]
    public void Parse_ExternalEntity_RefusedWithDtdError()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Bytes("xxe.xml"), FeedUrl));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Contains("XXE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntityInUtf16_RefusedWithDtdError()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(FeedFixtures.Text("xxe.xml"))).ToArray();

        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(utf16, FeedUrl));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_RefusedWithDtdError()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Bytes("billion-laughs.xml"), FeedUrl));

        Assert.Contains("entity expansion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Latin1Declared_DecodedByDeclaration()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("latin1.xml"), FeedUrl, charset: "utf-8");

        Assert.Equal("Le Café du Port", feed.Title);
        Assert.Equal("Été à Marseille: la fête continue", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_NoDeclarationWithHttpCharset_DecodedByHttpCharset()
    {
        var feed = FeedParser.Parse(FeedFixtures.Bytes("cp1251-nodecl.xml"), FeedUrl, charset: "windows-1251");

        Assert.Equal("Новости", feed.Title);
        Assert.Equal("Привет мир", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_Utf8BomAndLeadingWhitespace_Read()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<rss><channel><title>Ünïcode</title></channel></rss>")];

        Assert.Equal("Ünïcode", FeedParser.Parse(bytes, FeedUrl).Title);
        Assert.Equal("Orbit", FeedParser.Parse(Encoding.UTF8.GetBytes("\n  {\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"Orbit\",\"items\":[]}"), FeedUrl).Title);
    }

    [Theory]
    [InlineData("", "the feed is empty")]
    [InlineData("<rss><channel><title>x</channel></rss>", "not well-formed XML at line 1")]
    [InlineData("<rss version=\"2.0\"></rss>", "no <channel> element")]
    [InlineData("<!doctype html><html><body>x</body></html>", "DTD")]
    [InlineData("<html><body>x</body></html>", "HTML page, not a feed")]
    [InlineData("<opml version=\"2.0\"/>", "root element <opml>")]
    [InlineData("<feed xmlns=\"http://purl.org/atom/ns#\"/>", "not Atom 1.0")]
    [InlineData("{\"title\":\"x\",\"items\":[]}", "not a JSON Feed")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\"}", "no \"items\" array")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[", "not valid JSON at line 1")]
    public void Parse_Malformed_SpecificError(string document, string expected)
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(document), FeedUrl));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LinkWithJavascriptScheme_Dropped()
    {
        var xml = "<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>";

        Assert.Null(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl).Items[0].Link);
    }
}
