using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>An article's quotes found again, with the content hash of the text they were found in.</summary>
public sealed record ArticleQuotes(long ArticleId, string ContentHash, IReadOnlyList<Quote> Quotes);
