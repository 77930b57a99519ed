using NewsBot.Core.Feeds;

namespace NewsBot.Feeds;

/// <summary>
/// Keeps each feed's poll trigger in step with the store. In console and bot modes this is Quartz
/// (<see cref="QuartzFeedSchedule"/>); one-shot CLI verbs have no scheduler (<see cref="NoFeedSchedule"/>) and a running
/// bot schedules what they changed at its next sync (<see cref="FeedResyncService"/>).
/// </summary>
public interface IFeedSchedule
{
    /// <summary>Creates or updates the feed's trigger; <paramref name="pollNow"/> makes it fire right away.</summary>
    Task ScheduleAsync(StoredFeed feed, bool pollNow, CancellationToken cancellationToken);

    Task UnscheduleAsync(long feedId, CancellationToken cancellationToken);

    /// <summary>Schedules these feeds (keeping triggers whose interval did not change) and drops triggers of any other feed.</summary>
    Task SyncAsync(IReadOnlyList<StoredFeed> feeds, CancellationToken cancellationToken);
}
