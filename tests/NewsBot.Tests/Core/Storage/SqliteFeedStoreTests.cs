using NewsBot.Core.Feeds;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>The feed store on a real SQLite file: identity by canonical URL per server, poll state, seen keys and their pruning.</summary>
public sealed class SqliteFeedStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly TestIndex _index = new();
    private readonly SqliteFeedStore _store;

    public SqliteFeedStoreTests()
    {
        _store = new SqliteFeedStore(_index.Database, new FixedTime(Now));
    }

    public void Dispose() => _index.Dispose();

    private static NewFeed Feed(string url, string? guild = "g1") => new(new Uri(url), "News", guild, "c1", TimeSpan.FromMinutes(30), "u1");

    [Fact]
    public async Task AddAsync_NewFeed_RoundTripsEveryField()
    {
        var added = await _store.AddAsync(Feed("https://news.example/rss.xml"));

        var read = await _store.GetAsync(added!.Id);
        Assert.Equal(added, read);
        Assert.Equal(("News", "g1", "c1", "u1"), (read!.Name, read.GuildId, read.ChannelId, read.AddedBy));
        Assert.Equal((TimeSpan.FromMinutes(30), Now), (read.PollInterval!.Value, read.Created));
        Assert.Equal(FeedHealth.New, read.Health);
        Assert.False(read.IsPaused);
    }

    [Fact]
    public async Task AddAsync_SameFeedWithTrackingParametersInSameServer_ReturnsNullButOtherServerMayAddIt()
    {
        await _store.AddAsync(Feed("https://news.example/rss.xml"));

        Assert.Null(await _store.AddAsync(Feed("HTTPS://News.Example/rss.xml?utm_source=x")));
        Assert.NotNull(await _store.AddAsync(Feed("https://news.example/rss.xml", guild: "g2")));
        Assert.NotNull(await _store.FindAsync("g1", new Uri("https://news.example/rss.xml#top")));
        Assert.Null(await _store.FindAsync("g3", new Uri("https://news.example/rss.xml")));
    }

    [Fact]
    public async Task ListAsync_ForAServer_ShowsItsOwnAndGlobalFeedsOnly()
    {
        await _store.AddAsync(Feed("https://a.example/rss", "g1"));
        await _store.AddAsync(Feed("https://b.example/rss", "g2"));
        await _store.AddAsync(Feed("https://c.example/rss", guild: null));

        Assert.Equal(["a.example", "c.example"], (await _store.ListAsync("g1")).Select(f => f.Url.Host));
        Assert.Equal(3, (await _store.ListAsync(null)).Count);
    }

    [Fact]
    public async Task UpsertConfiguredAsync_Twice_UpdatesIntervalKeepsOneRow()
    {
        var first = await _store.UpsertConfiguredAsync(new NewFeed(new Uri("https://a.example/rss"), AddedBy: "configuration"));
        var second = await _store.UpsertConfiguredAsync(new NewFeed(new Uri("https://a.example/rss"), null, null, "42", TimeSpan.FromHours(1), "configuration"));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal((TimeSpan.FromHours(1), "42"), (second.PollInterval!.Value, second.ChannelId));
        Assert.Single(await _store.ListAsync(null));
    }

    [Fact]
    public async Task SavePollAsync_StateAndKeys_AreKeptAndOldUnlistedKeysPruned()
    {
        var feed = (await _store.AddAsync(Feed("https://a.example/rss")))!;
        var health = FeedHealth.New.RecordFailure("HTTP 500", Now.AddMinutes(-5)).RecordSuccess(Now);
        var state = new FeedState("\"v1\"", Now.AddHours(-1), new HashSet<string>(), health);
        Assert.True(await _store.SavePollAsync(feed.Id, state, ["guid:1", "url:a.example/1"], [], Now.AddDays(-90)));

        var read = (await _store.GetAsync(feed.Id))!;
        Assert.Equal(("\"v1\"", Now.AddHours(-1), health), (read.ETag, read.LastModified, read.Health));
        Assert.Equal(["guid:1", "url:a.example/1"], (await _store.SeenKeysAsync(feed.Id)).Order(StringComparer.Ordinal));

        // Later: guid:1 is still listed, url:a.example/1 is not, and the retention window has moved past both first sightings.
        var later = new SqliteFeedStore(_index.Database, new FixedTime(Now.AddDays(100)));
        Assert.True(await later.SavePollAsync(feed.Id, state, ["guid:2"], ["guid:1"], Now.AddDays(10)));
        Assert.Equal(["guid:1", "guid:2"], (await _store.SeenKeysAsync(feed.Id)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SavePollAsync_FeedRemovedMeanwhile_ReturnsFalseAndWritesNothing()
    {
        var feed = (await _store.AddAsync(Feed("https://a.example/rss")))!;
        Assert.True(await _store.RemoveAsync(feed.Id));

        Assert.False(await _store.SavePollAsync(feed.Id, FeedState.New, ["guid:1"], [], Now));
        Assert.Empty(await _store.SeenKeysAsync(feed.Id));
        Assert.False(await _store.RemoveAsync(feed.Id));
    }

    [Fact]
    public async Task RemoveAsync_Feed_DropsItsSeenKeys()
    {
        var feed = (await _store.AddAsync(Feed("https://a.example/rss")))!;
        await _store.SavePollAsync(feed.Id, FeedState.New, ["guid:1"], [], Now.AddDays(-1));

        await _store.RemoveAsync(feed.Id);

        await using var connection = await _index.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM feed_seen_keys";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task PauseAsync_ThenResume_KeepsReasonUntilResumedAndForgetsFailures()
    {
        var feed = (await _store.AddAsync(Feed("https://a.example/rss")))!;
        var failing = new FeedState(null, null, new HashSet<string>(), FeedHealth.New.RecordFailure("HTTP 500", Now).RecordFailure("HTTP 500", Now));
        await _store.SavePollAsync(feed.Id, failing, [], [], Now.AddDays(-1));

        Assert.True(await _store.PauseAsync(feed.Id, "2 polls in a row failed"));
        Assert.False(await _store.PauseAsync(feed.Id, "again"));
        Assert.Equal("2 polls in a row failed", (await _store.GetAsync(feed.Id))!.PausedReason);

        var resumed = await _store.ResumeAsync(feed.Id);
        Assert.Equal((false, 0, null), (resumed!.IsPaused, resumed.Health.ConsecutiveFailures, resumed.Health.LastError));
        Assert.Equal(Now, resumed.Health.LastFailureAt);
        Assert.Null(await _store.ResumeAsync(feed.Id + 100));
    }

    [Fact]
    public void Migrate_FreshDatabase_ReachesTheLatestVersionWithFeedTables()
    {
        using var connection = _index.Database.Open();
        Assert.Equal(SqliteMigrator.LatestVersion, SqliteMigrator.CurrentVersion(connection));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('feeds', 'feed_seen_keys')";
        Assert.Equal(2L, command.ExecuteScalar());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
