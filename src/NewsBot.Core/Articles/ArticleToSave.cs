using NewsBot.Core.Ingest;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Articles;

/// <summary>
/// One item of a save batch: the prepared article and the quotes extracted from it (in the indexer's parallel stage), so the
/// single writer stores both in one transaction and does no text work itself. <paramref name="QuoteRulesVersion"/> is the
/// <see cref="IQuoteExtractor.RulesVersion"/> that found them.
/// </summary>
public sealed record ArticleToSave(PreparedArticle Article, IReadOnlyList<Quote> Quotes, int QuoteRulesVersion)
{
    /// <summary>
    /// <see cref="Quotes"/> with the text work of storing them done (speaker keys, aliases, kinds): the indexer's workers set
    /// it so the single writer does not; null, the writer does it.
    /// </summary>
    internal QuoteRows? QuoteRows { get; init; }
}
