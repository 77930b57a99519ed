using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Text;

namespace NewsBot.Core.Ingest;

/// <summary>
/// The pure part of indexing: parses the document by format, cleans it (<see cref="TextCleaner"/>), picks the title, detects
/// the language (a language stated by the source wins), lays the paragraphs out into the body and splits sentences.
/// </summary>
public sealed class ArticlePreparer(ILanguageDetector detector, HtmlArticleExtractor extractor) : IArticlePreparer
{
    /// <summary>Language detection reads this much of the body: more text changes the answer rarely and costs time.</summary>
    private const int DetectionSample = 20_000;

    public PreparedArticle Prepare(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (blocks, raw) = Parse(document);
        var cleaned = TextCleaner.Clean(blocks).ToList();
        var title = TakeTitle(raw, cleaned);
        if (!cleaned.Any(b => b.Kind == BlockKind.Body))
        {
            throw new DocumentRejectedException(document.Content.Trim().Length == 0
                ? "the document is empty"
                : "no article text is left once page furniture (share lines, headings, notices) is removed");
        }

        var layout = BodyLayout.Build(cleaned);
        var language = DetectLanguage(raw, title, layout.Body);
        var hash = ContentHasher.Hash(title, layout.Body);
        return new PreparedArticle(raw, title, language.Language, language.Confidence, layout.Body, layout.Paragraphs,
            layout.Sentences, layout.WordCount, hash);
    }

    private (IReadOnlyList<TextBlock> Blocks, RawDocument Raw) Parse(RawDocument document)
    {
        switch (document.Format)
        {
            case DocumentFormat.Markdown:
                return (MarkdownParser.Parse(document.Content), document);
            case DocumentFormat.Html:
                // What the page states about itself fills in what the reader did not know.
                var page = extractor.Extract(document.Content, Uri.TryCreate(document.Url, UriKind.Absolute, out var url) ? url : null);
                var raw = document with
                {
                    Title = document.Title ?? page.Title,
                    Published = document.Published ?? page.Published,
                    Url = document.Url ?? page.CanonicalUrl?.AbsoluteUri,
                    Language = document.Language ?? page.Language,
                };
                return (page.Paragraphs, raw);
            default:
                return (PlainTextParser.Parse(document.Content), document);
        }
    }

    /// <summary>
    /// The source's own title wins (and a first block repeating it is dropped); otherwise the first block when it reads as a
    /// headline, otherwise a title derived from the first body paragraph.
    /// </summary>
    private static string TakeTitle(RawDocument raw, List<TextBlock> blocks)
    {
        var stated = string.IsNullOrWhiteSpace(raw.Title) ? null : TextNormalizer.NormalizeLine(raw.Title).Trim();
        if (blocks.Count > 0 && stated is not null && Same(blocks[0].Text, stated))
        {
            blocks.RemoveAt(0);
        }

        if (stated is not null)
        {
            return HeadlinePrefix.Trim(stated);
        }

        if (blocks.Count > 1 && (blocks[0].Kind == BlockKind.Heading || TitleSelector.IsHeadline(blocks[0].Text)))
        {
            var first = blocks[0].Text;
            blocks.RemoveAt(0);
            return HeadlinePrefix.Trim(first);
        }

        var firstBody = blocks.FirstOrDefault(b => b.Kind == BlockKind.Body);
        return firstBody is null ? string.Empty : TitleSelector.Derive(firstBody.Text);
    }

    private LanguageGuess DetectLanguage(RawDocument raw, string title, string body)
    {
        if (LanguageCodes.Normalize(raw.Language) is { } stated)
        {
            return new LanguageGuess(stated, 1.0);
        }

        var sample = body.Length > DetectionSample ? body[..DetectionSample] : body;
        return detector.Detect(title + "\n" + sample);
    }

    private static bool Same(string a, string b) =>
        string.Equals(BoilerplateDetector.Fold(a), BoilerplateDetector.Fold(b), StringComparison.Ordinal);
}
