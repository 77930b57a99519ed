using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>Start-up sync on the real store: Ingest:Feeds upserted, configured feeds dropped from the configuration removed, all scheduled.</summary>
public sealed class FeedStartupServiceTests : IDisposable
{
    private readonly FeedTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<IReadOnlyList<StoredFeed>> StartWithAsync(RecordingSchedule schedule, params FeedSubscription[] configured)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new IngestOptions { Feeds = configured });
        await new FeedStartupService(_host.Get<IFeedStore>(), schedule, options, NullLogger<FeedStartupService>.Instance).StartAsync(CancellationToken.None);
        return await _host.Get<IFeedStore>().ListAsync(null);
    }

    [Fact]
    public async Task StartAsync_ConfigurationChanged_UpsertsNewRemovesDroppedKeepsCommandFeedsAndSchedulesAll()
    {
        var store = _host.Get<IFeedStore>();
        var fromCommand = (await store.AddAsync(new NewFeed(new Uri("https://cmd.example/rss"), GuildId: "g1")))!;
        await StartWithAsync(new RecordingSchedule(), new FeedSubscription { Url = "https://a.example/rss" }, new FeedSubscription { Url = "https://b.example/rss" });

        var schedule = new RecordingSchedule();
        var feeds = await StartWithAsync(schedule,
            new FeedSubscription { Url = "https://b.example/rss", PollInterval = TimeSpan.FromHours(2), ChannelId = "42" });

        Assert.Equal(["cmd.example", "b.example"], feeds.Select(f => f.Url.Host));
        var b = feeds.Single(f => f.Url.Host == "b.example");
        Assert.Equal((TimeSpan.FromHours(2), "42", "configuration"), (b.PollInterval!.Value, b.ChannelId, b.AddedBy));
        Assert.Equal([fromCommand.Id, b.Id], schedule.Synced.Select(f => f.Id));
    }

    private sealed class RecordingSchedule : IFeedSchedule
    {
        public IReadOnlyList<StoredFeed> Synced { get; private set; } = [];

        public Task ScheduleAsync(StoredFeed feed, bool pollNow, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task UnscheduleAsync(long feedId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SyncAsync(IReadOnlyList<StoredFeed> feeds, CancellationToken cancellationToken)
        {
            Synced = feeds;
            return Task.CompletedTask;
        }
    }
}
