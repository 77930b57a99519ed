using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;
using Quartz;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>
/// A running bot (the real host and Quartz scheduler) picks up feeds another process (the CLI) added to or removed from the
/// store, without a restart; a sync that fails is retried at the next tick.
/// </summary>
public sealed class FeedResyncTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < Patience, $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    private static async Task<bool> ScheduledAsync(FeedTestHost host, long feedId) =>
        await (await host.Get<ISchedulerFactory>().GetScheduler()).GetTrigger(QuartzFeedSchedule.TriggerFor(feedId)) is not null;

    [Fact]
    public async Task RunningBot_FeedAddedThenRemovedByAnotherProcess_ScheduledThenUnscheduled()
    {
        using var host = new FeedTestHost(true, true, "--Ingest:FeedSyncInterval=00:00:01");
        await host.Host.StartAsync();
        try
        {
            // What `newsbot feed add` does in its own process: the store only (it has no scheduler).
            var store = host.Get<IFeedStore>();
            var feed = (await store.AddAsync(new NewFeed(new Uri("https://cli.example/rss"), "From the CLI")))!;
            Assert.False(await ScheduledAsync(host, feed.Id));

            await WaitUntilAsync(() => ScheduledAsync(host, feed.Id), "the feed added by the CLI scheduled");
            await store.RemoveAsync(feed.Id);
            await WaitUntilAsync(async () => !await ScheduledAsync(host, feed.Id), "the feed removed by the CLI unscheduled");
        }
        finally
        {
            await host.Host.StopAsync();
        }
    }

    [Fact]
    public async Task RunningBot_OneSyncFails_TheNextSchedulesTheFeed()
    {
        // The host's own sync waits a day: only the service under test (every second, failing once) can schedule the feed.
        using var host = new FeedTestHost(true, true, "--Ingest:FeedSyncInterval=1.00:00:00");
        var flaky = new FlakySchedule(host.Get<IFeedSchedule>());
        var resync = new FeedResyncService(host.Get<IFeedStore>(), flaky, Microsoft.Extensions.Options.Options.Create(new IngestOptions { FeedSyncInterval = TimeSpan.FromSeconds(1) }),
            TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<FeedResyncService>.Instance);
        await host.Host.StartAsync();
        try
        {
            var feed = (await host.Get<IFeedStore>().AddAsync(new NewFeed(new Uri("https://cli.example/atom"), "From the CLI")))!;
            await resync.StartAsync(CancellationToken.None);

            await WaitUntilAsync(() => ScheduledAsync(host, feed.Id), "the feed scheduled after a failed sync");
            Assert.True(flaky.Calls >= 2);
        }
        finally
        {
            await resync.StopAsync(CancellationToken.None);
            resync.Dispose();
            await host.Host.StopAsync();
        }
    }

    /// <summary>The real schedule, failing its first sync as a database locked for too long would.</summary>
    private sealed class FlakySchedule(IFeedSchedule inner) : IFeedSchedule
    {
        private int _calls;

        public int Calls => _calls;

        public Task ScheduleAsync(StoredFeed feed, bool pollNow, CancellationToken cancellationToken) => inner.ScheduleAsync(feed, pollNow, cancellationToken);

        public Task UnscheduleAsync(long feedId, CancellationToken cancellationToken) => inner.UnscheduleAsync(feedId, cancellationToken);

        public Task SyncAsync(IReadOnlyList<StoredFeed> feeds, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1 ? throw new InvalidOperationException("database is locked") : inner.SyncAsync(feeds, cancellationToken);
    }
}
