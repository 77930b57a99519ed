using NewsBot.Core.Digests.Subscriptions;

namespace NewsBot.Digests;

/// <summary>Builds what a subscription would post now: articles indexed since <paramref name="since"/> and never posted to its channel.</summary>
public interface IDigestContentBuilder
{
    Task<DigestContent> BuildAsync(DigestSubscription subscription, DateTimeOffset since, CancellationToken cancellationToken);
}
