namespace NewsBot.Core.Digests.Subscriptions;

/// <summary>
/// Subscriptions and the delivery ledger. The ledger is the truth for exactly-once: a slot is claimed (<see cref="ClaimAsync"/>)
/// before anything is posted, and marked posted together with the articles it carried.
/// </summary>
public interface IDigestSubscriptionStore
{
    Task<DigestSubscription> AddAsync(NewDigestSubscription subscription, CancellationToken cancellationToken = default);

    Task<DigestSubscription?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A guild's subscriptions (all of them when <paramref name="guildId"/> is null), oldest first.</summary>
    Task<IReadOnlyList<DigestSubscription>> ListAsync(string? guildId, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Pauses (with a reason people can act on) or resumes (<paramref name="reason"/> null) a subscription.</summary>
    Task SetPausedAsync(long id, string? reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the slot for posting: creates the ledger row (pending, with its nonce) or returns the existing one. The caller
    /// posts only when the returned state is <see cref="DeliveryState.Pending"/> or <see cref="DeliveryState.Failed"/>.
    /// </summary>
    Task<DigestDelivery> ClaimAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of an attempt; <see cref="DeliveryState.Posted"/> also records the articles posted to the channel.</summary>
    Task FinishAsync(long subscriptionId, DateTimeOffset slot, DeliveryState state, string? detail, IReadOnlyList<string> messageIds,
        string channelId, IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default);

    /// <summary>When the channel last received a digest (any subscription), or null.</summary>
    Task<DateTimeOffset?> LastPostedAsync(string channelId, CancellationToken cancellationToken = default);

    /// <summary>Of <paramref name="articleIds"/>, those already posted to the channel.</summary>
    Task<IReadOnlySet<long>> PostedArticlesAsync(string channelId, IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken = default);
}
