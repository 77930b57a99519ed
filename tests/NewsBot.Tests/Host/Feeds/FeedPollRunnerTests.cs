using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;
using NewsBot.Publishing;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>One poll at a time, called directly: indexing, posting rules, health notices and pausing, per-feed exclusion.</summary>
public sealed class FeedPollRunnerTests(FixtureServer server) : IClassFixture<FixtureServer>, IDisposable
{
    private readonly FeedTestHost _host = new(false, true, "--Ingest:WarnAfterFailures=2", "--Ingest:PauseAfterFailures=3");

    public void Dispose() => _host.Dispose();

    private async Task<StoredFeed> AddAsync(FeedSite site) =>
        (await _host.Get<IFeedStore>().AddAsync(new NewFeed(site.FeedUrl, "Site", "g1", "555")))!;

    [Fact]
    public async Task PollAsync_FirstPollThenNewItem_IndexesAllPostsOnlyTheNewOne()
    {
        var site = new FeedSite(server, "runner-new", items: 3);
        var feed = await AddAsync(site);
        var runner = _host.Get<FeedPollRunner>();

        var first = await runner.PollAsync(feed.Id, CancellationToken.None);
        Assert.Equal(3, first!.Indexed!.Added);
        Assert.Empty(_host.Publisher.Posts);

        var id = site.AddItem();
        var second = await runner.PollAsync(feed.Id, CancellationToken.None);

        Assert.Equal(1, second!.Indexed!.Added);
        var post = Assert.Single(_host.Publisher.Posts);
        Assert.Equal("555", post.ChannelId);
        Assert.Equal(FeedSite.Title(id), Assert.Single(post.Reply.Cards).Title);
        Assert.True(post.Nonce!.Length <= 25);
        Assert.Equal(4, await _host.Get<IArticleStore>().CountAsync());
        Assert.Equal(FeedHealthStatus.Healthy, (await _host.Get<IFeedStore>().GetAsync(feed.Id))!.StatusFor(new IngestOptions()));
    }

    [Fact]
    public async Task PollAsync_FailingStreak_OneFailingNoticeThenPausedWithResumeHintThenSkipped()
    {
        var site = new FeedSite(server, "runner-fail", items: 1) { FailWith = 500 };
        var feed = await AddAsync(site);
        var runner = _host.Get<FeedPollRunner>();

        for (var i = 0; i < 3; i++)
        {
            await runner.PollAsync(feed.Id, CancellationToken.None);
        }

        var stored = (await _host.Get<IFeedStore>().GetAsync(feed.Id))!;
        Assert.True(stored.IsPaused);
        Assert.Contains("3 polls in a row failed", stored.PausedReason, StringComparison.Ordinal);
        Assert.Equal(["Feed #1 Site is failing", "Feed #1 Site is paused"], _host.Publisher.Titles);
        var paused = _host.Publisher.Posts.Last().Reply.Cards[0].Description!;
        Assert.Contains("/feed resume id:1", paused, StringComparison.Ordinal);
        Assert.Contains("500", paused, StringComparison.Ordinal);

        var hits = site.FeedHits;
        Assert.Null(await runner.PollAsync(feed.Id, CancellationToken.None));
        Assert.Equal(hits, site.FeedHits);
    }

    [Fact]
    public async Task PollAsync_FailingAgainAfterRecovery_WarnsAgainForTheNewStreak()
    {
        var site = new FeedSite(server, "runner-streak", items: 1) { FailWith = 503 };
        var feed = await AddAsync(site);
        var runner = _host.Get<FeedPollRunner>();
        await runner.PollAsync(feed.Id, CancellationToken.None);
        await runner.PollAsync(feed.Id, CancellationToken.None);
        site.FailWith = null;
        await runner.PollAsync(feed.Id, CancellationToken.None);
        site.FailWith = 503;
        await runner.PollAsync(feed.Id, CancellationToken.None);
        await runner.PollAsync(feed.Id, CancellationToken.None);

        Assert.Equal(["Feed #1 Site is failing", "Feed #1 Site is failing"], _host.Publisher.Titles);
    }

    [Fact]
    public async Task PollAsync_SameFeedTwiceAtOnce_SecondIsSkipped()
    {
        var release = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        server.Map("/runner-slow/rss.xml", async context =>
        {
            entered.TrySetResult();
            await release.Task;
            context.Response.StatusCode = 500;
        });
        var feed = (await _host.Get<IFeedStore>().AddAsync(new NewFeed(server.Url("/runner-slow/rss.xml"))))!;
        var runner = _host.Get<FeedPollRunner>();

        var first = runner.PollAsync(feed.Id, CancellationToken.None);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await runner.PollAsync(feed.Id, CancellationToken.None);
        release.SetResult();

        Assert.Null(second);
        Assert.NotNull(await first);
        Assert.Equal(1, server.Hits("/runner-slow/rss.xml"));
    }

    [Fact]
    public async Task PollAsync_ChannelRefusesPosts_FeedStillPausedAndPollsGoOn()
    {
        _host.Publisher.Answer = PublishResult.Refused("Missing Access");
        var site = new FeedSite(server, "runner-refused", items: 1) { FailWith = 404 };
        var feed = await AddAsync(site);
        var runner = _host.Get<FeedPollRunner>();

        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(await runner.PollAsync(feed.Id, CancellationToken.None));
        }

        Assert.True((await _host.Get<IFeedStore>().GetAsync(feed.Id))!.IsPaused);
        Assert.Equal(2, _host.Publisher.Posts.Count);
    }

    [Fact]
    public async Task PollAsync_FeedWithoutChannel_NothingPosted()
    {
        var site = new FeedSite(server, "runner-nochannel", items: 1);
        var feed = (await _host.Get<IFeedStore>().AddAsync(new NewFeed(site.FeedUrl)))!;
        var runner = _host.Get<FeedPollRunner>();
        await runner.PollAsync(feed.Id, CancellationToken.None);
        site.AddItem();

        var second = await runner.PollAsync(feed.Id, CancellationToken.None);

        Assert.Equal(1, second!.Indexed!.Added);
        Assert.Empty(_host.Publisher.Posts);
    }

    [Fact]
    public async Task PollAsync_RemovedFeed_ReturnsNull()
    {
        Assert.Null(await _host.Get<FeedPollRunner>().PollAsync(12345, CancellationToken.None));
    }
}
