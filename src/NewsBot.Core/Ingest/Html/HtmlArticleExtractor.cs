using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Text;

namespace NewsBot.Core.Ingest.Html;

/// <summary>
/// Finds the article in a web page, readability-style: metadata first (title, date, canonical URL, language), then furniture
/// removed (<see cref="HtmlNoise"/>), then the containers whose paragraphs score best (<see cref="HtmlContentScorer"/>) are read
/// in document order: h2-h4 as headings, paragraphs, list items and quotes as text. Pages with no paragraphs fall back to
/// the text of every block element. Never throws on malformed HTML: the parser repairs it as browsers do.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private const string BlockSelector = "h2, h3, h4, p, li, blockquote, pre, td";

    // Scripts never run: a page's text is what its markup holds, and <noscript> content is dropped with the other noise.
    private readonly HtmlParserOptions _options = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    public ExtractedPage Extract(string html, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(_options);
        using var document = parser.ParseDocument(html);
        var title = HtmlMetadata.Title(document);
        var published = HtmlMetadata.Published(document);
        var canonical = HtmlMetadata.Canonical(document, baseUrl);
        var language = HtmlMetadata.Language(document);

        document.QuerySelector("h1")?.Remove();
        HtmlNoise.Remove(document);
        var content = HtmlContentScorer.FindContent(document);
        var roots = content.Count > 0 ? content : document.Body is { } body ? [body] : [];
        var blocks = roots.SelectMany(ReadBlocks).ToList();
        return new ExtractedPage(title, blocks, published, canonical, language);
    }

    private static List<TextBlock> ReadBlocks(IElement root)
    {
        var blocks = new List<TextBlock>();
        foreach (var element in root.QuerySelectorAll(BlockSelector))
        {
            // A block nested in another block (a <p> inside a <blockquote> or <li>) is read with its parent.
            if (element.ParentElement?.Closest(BlockSelector) is { } outer && root.Contains(outer) && outer != root)
            {
                continue;
            }

            var text = TextNormalizer.NormalizeLine(element.TextContent);
            if (text.Length == 0 || (HtmlContentScorer.LinkDensity(element) > 0.5 && text.Length < 200))
            {
                continue;
            }

            var kind = element.LocalName is "h2" or "h3" or "h4" ? BlockKind.Heading
                : element.LocalName is "li" ? BlockKind.Body : BlockKind.Auto;
            blocks.Add(new TextBlock(text, kind));
        }

        if (blocks.Count == 0)
        {
            blocks.AddRange(PlainTextParser.Parse(root.TextContent));
        }

        return blocks;
    }
}
