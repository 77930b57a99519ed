using System.Text;
using System.Xml;
using System.Xml.Linq;
using NewsBot.Core.Web;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0/RDF, Atom 1.0 and JSON Feed documents into a <see cref="ParsedFeed"/>. XML is read with DTDs
/// prohibited and no resolver, so external entities (XXE) and entity expansion (billion laughs) are refused outright.
/// Encoding: a BOM wins, then the XML declaration, then the HTTP charset, then UTF-8 (Windows-1252 when the bytes are not
/// UTF-8). Throws <see cref="FeedParseException"/> naming what is wrong; never anything else for bad input.
/// </summary>
public static class FeedParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <param name="body">The document as fetched.</param>
    /// <param name="feedUrl">Where it was fetched from (after redirects): relative links resolve against it.</param>
    /// <param name="charset">The HTTP Content-Type charset, if any.</param>
    public static ParsedFeed Parse(ReadOnlyMemory<byte> body, Uri feedUrl, string? charset = null)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var bytes = body.Span;
        var start = SkipBomAndSpace(bytes);
        if (start >= bytes.Length)
        {
            throw new FeedParseException("the feed is empty");
        }

        if (bytes[start] is (byte)'{' or (byte)'[')
        {
            return JsonFeedReader.Read(bytes[start..], feedUrl);
        }

        var root = Load(body, charset).Root ?? throw new FeedParseException("the XML document has no root element");
        return root.Name switch
        {
            { LocalName: "rss" } => RssFeedReader.ReadRss20(root, feedUrl),
            { LocalName: "RDF" } when root.Name.Namespace == FeedXml.Rdf => RssFeedReader.ReadRdf(root, feedUrl),
            { LocalName: "feed" } when root.Name.Namespace == FeedXml.Atom => AtomFeedReader.Read(root, feedUrl),
            { LocalName: "feed" } => throw new FeedParseException(
                $"the <feed> element is in namespace '{root.Name.NamespaceName}', not Atom 1.0 ({FeedXml.Atom.NamespaceName})"),
            { LocalName: "html" or "HTML" } => throw new FeedParseException("the document is an HTML page, not a feed (look for a <link rel=\"alternate\"> feed URL in it)"),
            _ => throw new FeedParseException($"the root element <{root.Name.LocalName}> is not rss, rdf:RDF or an Atom feed"),
        };
    }

    private static XDocument Load(ReadOnlyMemory<byte> body, string? charset)
    {
        try
        {
            using var reader = XmlReader.Create(OpenText(body, charset), Settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e) when (HasDoctype(body.Span))
        {
            throw new FeedParseException(
                "the feed contains a DTD (<!DOCTYPE>), which NewsBot refuses: DTDs enable entity expansion and external entity (XXE) attacks", e);
        }
        catch (XmlException e)
        {
            throw new FeedParseException($"the feed is not well-formed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The XML parser decodes by itself when the document names its encoding (BOM or declaration); otherwise the HTTP
    /// charset or the UTF-8/Windows-1252 policy of the file readers decides, and the parser is given text.
    /// </summary>
    private static TextReader OpenText(ReadOnlyMemory<byte> body, string? charset)
    {
        var bytes = body.Span;
        var declared = HasBom(bytes) || Charsets.XmlDeclaredEncoding(bytes) is not null;
        if (declared)
        {
            Charsets.EnsureRegistered();
            return new StreamReader(new MemoryStream(body.ToArray(), writable: false), Charsets.Find(Charsets.XmlDeclaredEncoding(bytes)) ?? Encoding.UTF8,
                detectEncodingFromByteOrderMarks: true);
        }

        var text = Charsets.Find(charset) is { } http ? http.GetString(bytes) : Charsets.DecodeUnknown(bytes);
        return new StringReader(text);
    }

    /// <summary>Found in the bytes, not the exception's wording: runtime messages are not a contract.</summary>
    private static bool HasDoctype(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]).Replace("\0", string.Empty, StringComparison.Ordinal);
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static int SkipBomAndSpace(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }
}
