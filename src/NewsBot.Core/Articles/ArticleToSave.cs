using NewsBot.Core.Ingest;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Articles;

/// <summary>
/// One item of a save batch: the prepared article and the quotes extracted from it (in the indexer's parallel stage), so the
/// single writer stores both in one transaction and does no text work itself.
/// </summary>
public sealed record ArticleToSave(PreparedArticle Article, IReadOnlyList<Quote> Quotes)
{
    /// <summary>An article saved with no quotes (an extractor failure, or a caller that does not extract).</summary>
    public static ArticleToSave WithoutQuotes(PreparedArticle article) => new(article, []);
}
