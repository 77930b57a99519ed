using NewsBot.Core.Ingest;

namespace NewsBot.Core.Quotes;

/// <summary>Finds the quotations of a prepared article and attributes each to a canonical speaker. Pure and thread-safe.</summary>
public interface IQuoteExtractor
{
    /// <summary>
    /// The version of the rules. Stored with each article's quotes, so articles indexed under older rules are extracted again
    /// (<c>QuoteRefresher</c>) when an upgrade changes what the rules find.
    /// </summary>
    int RulesVersion { get; }

    /// <summary>The article's quotes in body order; headings and the title are never quoted from.</summary>
    IReadOnlyList<Quote> Extract(PreparedArticle article);
}
