using NewsBot.Core.Feeds;

namespace NewsBot.Feeds;

/// <summary>For one-shot CLI verbs: nothing to schedule in this process; the bot syncs triggers with the store at start.</summary>
internal sealed class NoFeedSchedule : IFeedSchedule
{
    public Task ScheduleAsync(StoredFeed feed, bool pollNow, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UnscheduleAsync(long feedId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SyncAsync(IReadOnlyList<StoredFeed> feeds, CancellationToken cancellationToken) => Task.CompletedTask;
}
