using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// A story's most notable quote from the quote store: an attributed quote in the wanted language when there is one, a direct
/// quote before a partial one before reported speech, then the highest confidence, then the story's best lead first.
/// </summary>
public sealed class StoredStoryQuoteSource(IQuoteStore store) : IStoryQuoteSource
{
    public async Task<StoryQuote?> FindMostNotableAsync(IReadOnlyList<long> articleIds, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return null;
        }

        var quotes = await store.ListAsync(new QuoteQuery(ArticleIds: articleIds, Limit: QuoteQuery.MaxLimit), cancellationToken);
        var lead = articleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var best = quotes
            .Where(q => q.Speaker.Length > 0)
            .OrderBy(q => language is null || string.Equals(q.Language, language, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(q => Rank(q.Kind))
            .ThenByDescending(q => q.Confidence)
            .ThenBy(q => lead.GetValueOrDefault(q.Article.Id, int.MaxValue))
            .ThenBy(q => q.Start)
            .FirstOrDefault();
        return best is null ? null : new StoryQuote(best.Text, best.Speaker, best.Article.Id);
    }

    private static int Rank(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => 0,
        QuoteKind.Partial => 1,
        _ => 2,
    };
}
