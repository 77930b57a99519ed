using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using Quartz;

namespace NewsBot.Feeds;

/// <summary>
/// One durable job (<see cref="FeedPollJob"/>) and one trigger per feed, named <c>feeds.feed-{id}</c>, repeating at the
/// feed's interval, measured from the end of the previous poll (so one feed's polls never overlap). Triggers live in
/// Quartz's persistent store; a missed firing (NewsBot was down) is not replayed, the next one comes at the normal time.
/// </summary>
public sealed class QuartzFeedSchedule(ISchedulerFactory schedulers, IOptions<IngestOptions> options, TimeProvider time) : IFeedSchedule
{
    public const string Group = "feeds";
    public const string FeedIdKey = "feedId";
    public static readonly JobKey Job = new("feed-poll", Group);

    public static TriggerKey TriggerFor(long feedId) => new(string.Create(CultureInfo.InvariantCulture, $"feed-{feedId}"), Group);

    public async Task ScheduleAsync(StoredFeed feed, bool pollNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(Job, cancellationToken))
        {
            await scheduler.AddJob(JobBuilder.Create<FeedPollJob>().WithIdentity(Job).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
        }

        var key = TriggerFor(feed.Id);
        var interval = feed.IntervalFor(options.Value);
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        if (!pollNow && existing is ISimpleTrigger simple && simple.RepeatInterval == interval)
        {
            return;
        }

        var trigger = TriggerBuilder.Create().WithIdentity(key).ForJob(Job).WithExecutionGroup(Group)
            .UsingJobData(FeedIdKey, feed.Id.ToString(CultureInfo.InvariantCulture))
            .StartAt(pollNow || existing is null ? time.GetUtcNow() : time.GetUtcNow() + interval)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)
                // Held while it runs, on every node: a feed's poll never overlaps its next one, and a slow poll delays the next.
                .MeasureIntervalFromCompletion(true))
            .Build();
        if (existing is null)
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
        else
        {
            await scheduler.RescheduleJob(key, trigger, cancellationToken);
        }
    }

    /// <summary>
    /// Feed polls beyond <see cref="IngestOptions.MaxConcurrentPolls"/> wait in Quartz's queue, not on a Quartz thread, so
    /// a burst of feeds never holds every thread while a digest is due. Other limits already set are left alone (the
    /// poll runner's own bound still applies).
    /// </summary>
    private async Task LimitConcurrencyAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await scheduler.GetExecutionLimits(cancellationToken) is null or { IsEmpty: true })
        {
            await scheduler.SetExecutionLimits(ExecutionLimitsBuilder.Create().ForGroup(Group, options.Value.MaxConcurrentPolls).Build(), cancellationToken);
        }
    }

    public async Task UnscheduleAsync(long feedId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(TriggerFor(feedId), cancellationToken);
    }

    public async Task SyncAsync(IReadOnlyList<StoredFeed> feeds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await LimitConcurrencyAsync(scheduler, cancellationToken);
        var wanted = feeds.Select(f => TriggerFor(f.Id)).ToHashSet();
        foreach (var stale in (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group), cancellationToken)).Where(k => !wanted.Contains(k)))
        {
            await scheduler.UnscheduleJob(stale, cancellationToken);
        }

        foreach (var feed in feeds)
        {
            await ScheduleAsync(feed, pollNow: false, cancellationToken);
        }
    }
}
