using Microsoft.Extensions.Hosting;
using NewsBot.Core.Digests.Subscriptions;

namespace NewsBot.Digests;

/// <summary>
/// At start, makes Quartz's triggers match the subscriptions table (the truth): a trigger for each active subscription, kept
/// as stored so a slot missed while NewsBot was down is caught up, and none for removed or paused ones.
/// </summary>
public sealed class DigestTriggerSync(IDigestSubscriptionStore store, DigestTriggers triggers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in await store.ListAsync(null, cancellationToken))
        {
            if (subscription.IsPaused)
            {
                await triggers.UnscheduleAsync(subscription.Id, cancellationToken);
            }
            else
            {
                await triggers.ScheduleAsync(subscription, replace: false, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
