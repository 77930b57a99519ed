using NewsBot.Core.QuoteIndex;

namespace NewsBot.Cli.Json;

/// <summary>
/// <c>quotes --json</c> items (documented in docs/quotes.md): articleId is the article's key, start/end are offsets into its
/// stored body (text = body[start..end]), kind is direct, partial or reported.
/// </summary>
public sealed record QuoteJson(string ArticleId, string? ExternalId, string Source, string Language, string Text, string Speaker,
    string Mention, string Kind, string? Cue, int Start, int End, double Confidence)
{
    public static QuoteJson From(StoredQuote q) => new(q.Article.Key, q.Article.ExternalId, q.Article.Source, q.Language,
        q.Text, q.Speaker, q.Mention, QuoteKinds.ToStorage(q.Kind), q.Cue, q.Start, q.End, q.Confidence);
}
