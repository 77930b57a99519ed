using NewsBot.Core.Ingest;
using NewsBot.Core.Search;

namespace NewsBot.Core.Articles;

/// <summary>
/// The article index: the only writer of articles is indexing (<see cref="SaveAsync"/>); everything else reads.
/// Shaped by use so another database (PostgreSQL for several instances) can implement it without touching callers.
/// </summary>
public interface IArticleStore
{
    /// <summary>
    /// Saves a batch of prepared articles, each atomically (article, paragraphs, sentences, search rows and quotes together):
    /// a failure on one is reported as <see cref="SaveOutcome.Failed"/> and leaves the others and the index intact.
    /// An added or updated article gets exactly the given quotes (an update replaces the old ones); an unchanged one keeps
    /// its quotes, unless it was indexed before quotes were stored, in which case it gets them now. Results are in input order.
    /// </summary>
    Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<ArticleToSave> articles, CancellationToken cancellationToken = default);

    /// <summary>Finds an article by its key, or by its external id when no key matches.</summary>
    Task<Article?> FindAsync(string keyOrExternalId, CancellationToken cancellationToken = default);

    Task<ArticleDetail?> GetDetailAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The details of several articles in one read, in the order of <paramref name="ids"/>; ids with no article are left out.</summary>
    Task<IReadOnlyList<ArticleDetail>> GetDetailsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Article>> ListAsync(ArticleListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Articles first indexed at or after <paramref name="since"/> (re-indexing a changed article keeps its first indexing
    /// time), newest first, at most <paramref name="limit"/>: the candidates of a digest.
    /// </summary>
    Task<IReadOnlyList<Article>> ListIndexedSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Full-text search, best match first. The query is already parsed into safe terms.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Articles whose title starts with or contains the words typed so far (autocomplete), best first.</summary>
    Task<IReadOnlyList<Article>> SuggestAsync(string typed, int limit, CancellationToken cancellationToken = default);
}
