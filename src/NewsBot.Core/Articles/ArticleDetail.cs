using NewsBot.Core.Ingest;
using NewsBot.Core.Text;

namespace NewsBot.Core.Articles;

/// <summary>An article with its cleaned body and the paragraphs and sentences found in it (offsets into <see cref="Body"/>).</summary>
public sealed record ArticleDetail(
    Article Article,
    string Body,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Sentence> Sentences)
{
    /// <summary>
    /// The article as the pipeline prepared it, rebuilt from what was stored, so later stages (quote extraction under new
    /// rules) can run again without reading the source. The raw content is the cleaned body: the original is not kept.
    /// </summary>
    public PreparedArticle ToPreparedArticle()
    {
        var a = Article;
        var raw = new RawDocument(a.Source, Body, DocumentFormat.PlainText, a.ExternalId, a.Title, a.Url, a.Published, a.Language, a.SourceName);
        return new PreparedArticle(raw, a.Title, a.Language, a.LanguageConfidence, Body, Paragraphs, Sentences, a.Words, a.ContentHash);
    }
}
