using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Core.Digests;

/// <summary>
/// Loads a digest's candidate articles with their sentences. Without a topic: the newest articles indexed since the given
/// time. With one: full-text search restricted to that window (best matches, at most <see cref="SearchRequest.MaxLimit"/>),
/// so a topic digest is the same whatever else was indexed.
/// </summary>
public sealed class DigestCandidateLoader(IArticleStore store)
{
    public async Task<IReadOnlyList<ArticleDetail>> LoadAsync(DigestCandidateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 0, DigestComposer.MaxCandidates);
        if (query.Topic is { CanRun: false })
        {
            throw new ArgumentException(query.Topic.Problem ?? "The topic has no words to search for.", nameof(query));
        }

        IReadOnlyList<Article> articles = query.Topic is { } topic
            ? [.. (await store.SearchAsync(new SearchRequest(topic, Limit: Math.Min(limit, SearchRequest.MaxLimit), IndexedSince: query.Since), cancellationToken)).Select(h => h.Article)]
            : await store.ListIndexedSinceAsync(query.Since, limit, cancellationToken);
        // An article deleted between the listing and now is simply not a candidate.
        return await store.GetDetailsAsync([.. articles.Select(a => a.Id).Where(id => query.AlreadyPosted?.Contains(id) != true)], cancellationToken);
    }
}
