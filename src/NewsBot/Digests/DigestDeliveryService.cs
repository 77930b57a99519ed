using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Publishing;

namespace NewsBot.Digests;

/// <summary>
/// Delivers one slot of one subscription, exactly once: the slot is claimed in the ledger before anything is posted, the post
/// carries the slot's nonce (so a retry after a crash between post and commit lands on the same Discord message), and the
/// ledger row and the posted articles are committed together. A slot older than the catch-up window is skipped, not posted
/// late; a channel NewsBot may not post in pauses the subscription with the reason instead of retrying for ever. Deliveries
/// of one subscription run one at a time in this process, so a slot that fires while the previous one is still posting sees
/// what that one did (a refused channel has paused the subscription).
/// </summary>
public sealed partial class DigestDeliveryService(
    IDigestSubscriptionStore store,
    IDigestContentBuilder content,
    IChannelPublisher publisher,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestDeliveryService> logger)
{
    /// <summary>How far back the first digest of a channel looks, when nothing was posted there yet.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<long, SemaphoreSlim> _inFlight = new();

    public async Task<DeliveryReport> DeliverAsync(long subscriptionId, DateTimeOffset slot, bool manual, CancellationToken cancellationToken)
    {
        // One semaphore per subscription for the life of the process: a few bytes each, and subscriptions are few.
        var gate = _inFlight.GetOrAdd(subscriptionId, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await DeliverOneAtATimeAsync(subscriptionId, slot, manual, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DeliveryReport> DeliverOneAtATimeAsync(long subscriptionId, DateTimeOffset slot, bool manual, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(subscriptionId, cancellationToken) is not { } subscription)
        {
            return new DeliveryReport(DeliveryState.Skipped, $"Digest {subscriptionId} no longer exists.", []);
        }

        if (subscription.IsPaused && !manual)
        {
            return new DeliveryReport(DeliveryState.Skipped, $"Digest {subscriptionId} is paused: {subscription.PausedReason}", []);
        }

        // One claim per attempt: a slot already delivered is left alone, however late this run is.
        var claim = await store.ClaimAsync(subscriptionId, slot, cancellationToken);
        if (claim.State is DeliveryState.Posted or DeliveryState.Skipped)
        {
            return new DeliveryReport(claim.State, "This slot was already delivered.", claim.MessageIds);
        }

        var late = time.GetUtcNow() - slot;
        if (!manual && late > options.Value.CatchUpWindow)
        {
            var why = $"missed by {late.TotalHours:0.#} h, more than Digest:CatchUpWindow ({options.Value.CatchUpWindow.TotalHours:0.#} h)";
            await store.FinishAsync(subscriptionId, slot, DeliveryState.Skipped, why, [], subscription.ChannelId, [], cancellationToken);
            LogSkippedLate(logger, subscriptionId, slot, why);
            return new DeliveryReport(DeliveryState.Skipped, why, []);
        }

        var since = await SinceAsync(subscription, cancellationToken);
        var digest = await content.BuildAsync(subscription, since, cancellationToken);
        if (digest.Stories < Math.Max(1, subscription.MinStories))
        {
            var why = digest.Stories == 0 ? "no new stories" : $"{digest.Stories} new stories, fewer than the minimum of {subscription.MinStories}";
            await store.FinishAsync(subscriptionId, slot, DeliveryState.Skipped, why, [], subscription.ChannelId, [], cancellationToken);
            return new DeliveryReport(DeliveryState.Skipped, $"Nothing posted: {why}.", []);
        }

        var result = await publisher.PublishAsync(subscription.ChannelId, digest.Reply, claim.Nonce, cancellationToken);
        switch (result.Outcome)
        {
            case PublishOutcome.Posted:
                await store.FinishAsync(subscriptionId, slot, DeliveryState.Posted, null, result.MessageIds, subscription.ChannelId, digest.ArticleIds, cancellationToken);
                LogPosted(logger, subscriptionId, subscription.ChannelId, digest.Stories);
                return new DeliveryReport(DeliveryState.Posted, $"Posted {digest.Stories} stories.", result.MessageIds);
            case PublishOutcome.Refused:
                var reason = $"NewsBot cannot post in <#{subscription.ChannelId}> ({result.Reason}). Give it the Send Messages and Embed Links permissions there, then run /digest send id:{subscriptionId}.";
                await store.FinishAsync(subscriptionId, slot, DeliveryState.Failed, result.Reason, [], subscription.ChannelId, [], cancellationToken);
                await store.SetPausedAsync(subscriptionId, reason, cancellationToken);
                LogPaused(logger, subscriptionId, subscription.ChannelId, result.Reason ?? "refused");
                return new DeliveryReport(DeliveryState.Failed, "Digest paused: " + reason, []);
            default:
                await store.FinishAsync(subscriptionId, slot, DeliveryState.Failed, result.Reason, [], subscription.ChannelId, [], cancellationToken);
                LogFailed(logger, subscriptionId, result.Reason ?? "failed");
                return new DeliveryReport(DeliveryState.Failed, $"Posting failed ({result.Reason}); the same slot can be retried with /digest send id:{subscriptionId}.", []);
        }
    }

    /// <summary>
    /// Where a subscription's next digest starts: the last digest posted to its channel, or, for a channel that never had
    /// one, <see cref="FirstLookBack"/> before the subscription was made.
    /// </summary>
    public async Task<DateTimeOffset> SinceAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return await store.LastPostedAsync(subscription.ChannelId, cancellationToken) ?? subscription.Created - FirstLookBack;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Digest {SubscriptionId} posted {Stories} stories to channel {ChannelId}")]
    private static partial void LogPosted(ILogger logger, long subscriptionId, string channelId, int stories);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Digest {SubscriptionId} skipped the slot {Slot:u}: {Why}")]
    private static partial void LogSkippedLate(ILogger logger, long subscriptionId, DateTimeOffset slot, string why);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Digest {SubscriptionId} paused: channel {ChannelId} refused the post ({Reason})")]
    private static partial void LogPaused(ILogger logger, long subscriptionId, string channelId, string reason);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Digest {SubscriptionId} could not be posted: {Reason}")]
    private static partial void LogFailed(ILogger logger, long subscriptionId, string reason);
}
