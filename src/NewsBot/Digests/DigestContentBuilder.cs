using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Core.Search;

namespace NewsBot.Digests;

/// <summary>
/// What a subscription would post now: articles indexed since the last delivery to its channel (matching its topic), less
/// those already posted there, grouped into stories by the composer, as a reply.
/// </summary>
public sealed class DigestContentBuilder(DigestCandidateLoader loader, DigestComposer composer, IDigestSubscriptionStore store) : IDigestContentBuilder
{
    public async Task<DigestContent> BuildAsync(DigestSubscription subscription, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var topic = subscription.Topic is { } words ? SearchQueryParser.Parse(words) : null;
        if (topic is { CanRun: false })
        {
            return new DigestContent(new Replies.Reply([], topic.Problem), 0, []);
        }

        var candidates = await loader.LoadAsync(new DigestCandidateQuery(since, topic), cancellationToken);
        var posted = await store.PostedArticlesAsync(subscription.ChannelId, [.. candidates.Select(c => c.Article.Id)], cancellationToken);
        var fresh = candidates.Where(c => !posted.Contains(c.Article.Id)).ToList();
        // MinStories 0: the delivery service decides whether there are enough, so it can say why it skipped.
        var digest = await composer.ComposeAsync(fresh, new DigestRequest(subscription.Language, subscription.MaxStories, MinStories: 0), cancellationToken);
        return new DigestContent(DigestReplies.From(digest, subscription.Topic), digest.Stories.Count,
            [.. digest.Stories.SelectMany(s => s.Sources).Select(s => s.ArticleId).Distinct()]);
    }
}
