using NewsBot.Core.Articles;

namespace NewsBot.Cli.Json;

/// <summary><c>show --json</c>: an article with its metadata, paragraphs and sentences (offsets into <c>body</c>).</summary>
public sealed record ArticleDetailJson(
    string Id, string? ExternalId, string Title, string Language, double LanguageConfidence, string Source, string? SourceName,
    string? Url, DateTimeOffset? Published, DateTimeOffset Indexed, int Words, string ContentHash, string Body,
    IReadOnlyList<ParagraphJson> Paragraphs, IReadOnlyList<SentenceJson> Sentences)
{
    public static ArticleDetailJson From(ArticleDetail d)
    {
        var a = d.Article;
        return new(a.Key, a.ExternalId, a.Title, a.Language, a.LanguageConfidence, a.Source, a.SourceName, a.Url, a.Published,
            a.IndexedAt, a.Words, a.ContentHash, d.Body,
            [.. d.Paragraphs.Select(p => new ParagraphJson(p.Index, p.Start, p.End, p.IsHeading))],
            [.. d.Sentences.Select(s => new SentenceJson(s.Index, s.Paragraph, s.Start, s.End, s.IsHeading, s.Text))]);
    }
}

public sealed record ParagraphJson(int Index, int Start, int End, bool Heading);

public sealed record SentenceJson(int Index, int Paragraph, int Start, int End, bool Heading, string Text);
