using NewsBot.Commands;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Digests;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/digest preview and /digest send: a digest built now, shown privately or posted as a delivery of its own.</summary>
public sealed partial class DigestCommand
{
    private async Task<Reply> PreviewAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        DigestSubscription? subscription;
        if (request.GetInt("id") is null)
        {
            subscription = new DigestSubscription(0, request.Caller.GuildId, request.Caller.ChannelId ?? "0", "now", "", options.Value.DefaultTimeZone,
                null, null, 5, 1, request.Caller.UserId, time.GetUtcNow());
        }
        else if ((subscription = await FindAsync(request, cancellationToken)) is null)
        {
            return NotFound(request);
        }

        var since = subscription.Id == 0 ? time.GetUtcNow() - DigestDeliveryService.FirstLookBack
            : await delivery.SinceAsync(subscription, cancellationToken);
        var digest = await content.BuildAsync(subscription, since, cancellationToken);
        if (digest.Stories == 0)
        {
            return new Reply([], "Nothing new to post: no story since the last digest to that channel.", Ephemeral: true);
        }

        return digest.Reply with { Ephemeral = true };
    }

    private async Task<Reply> SendAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, cancellationToken) is not { } subscription)
        {
            return NotFound(request);
        }

        // A manual send is its own slot, to the millisecond: two sends a moment apart are two deliveries.
        var now = time.GetUtcNow();
        var slot = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        var report = await delivery.DeliverAsync(subscription.Id, slot, manual: true, cancellationToken);
        if (report.State == DeliveryState.Posted && subscription.IsPaused)
        {
            // Posting works again: the admin fixed what paused it.
            await store.SetPausedAsync(subscription.Id, null, cancellationToken);
            await triggers.ScheduleAsync(subscription with { PausedReason = null }, replace: true, cancellationToken);
            return new Reply([], report.Message + " The digest was paused and is running again.", Ephemeral: true);
        }

        return report.State == DeliveryState.Failed ? Reply.Error(report.Message) : new Reply([], report.Message, Ephemeral: true);
    }
}
