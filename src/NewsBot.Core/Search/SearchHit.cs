using NewsBot.Core.Articles;

namespace NewsBot.Core.Search;

/// <summary>
/// A matching article. <see cref="Score"/> is BM25 with the title weighted (higher is better); <see cref="Snippet"/> is a short
/// excerpt of the body with the matched words between <c>**</c> marks.
/// </summary>
public sealed record SearchHit(Article Article, double Score, string Snippet);
