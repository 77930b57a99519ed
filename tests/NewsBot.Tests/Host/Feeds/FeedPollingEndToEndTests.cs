using System.Diagnostics;
using NewsBot.Commands;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;
using NewsBot.Replies;
using NewsBot.Tests.Core.Web;
using Quartz;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>
/// Feeds polled by the real Quartz scheduler on a real SQLite file, as in console and bot modes: items indexed once whatever
/// the feed does between polls (304, rewritten dates), new items posted, a failing feed warned about and then paused.
/// </summary>
public sealed class FeedPollingEndToEndTests(FixtureServer server) : IClassFixture<FixtureServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Scheduler_FeedsOnShortIntervals_IndexOncePostNewItemsAndPauseFailingFeed()
    {
        var etag = new FeedSite(server, "e2e-etag", items: 3) { UseETag = true };
        var dates = new FeedSite(server, "e2e-dates", items: 2) { RewriteDates = true };
        var failing = new FeedSite(server, "e2e-failing", items: 1) { FailWith = 500 };
        var configured = new FeedSite(server, "e2e-config", items: 1);
        using var host = new FeedTestHost(true, true, "--Ingest:WarnAfterFailures=1", "--Ingest:PauseAfterFailures=2",
            $"--Ingest:Feeds:0:Url={configured.FeedUrl.AbsoluteUri}");
        var store = host.Get<IFeedStore>();
        var second = TimeSpan.FromSeconds(1);
        await store.AddAsync(new NewFeed(etag.FeedUrl, "Etag", "g1", "900", second));
        await store.AddAsync(new NewFeed(dates.FeedUrl, "Dates", "g1", "900", second));
        var bad = (await store.AddAsync(new NewFeed(failing.FeedUrl, "Failing", "g1", "901", second)))!;

        await host.Host.StartAsync();
        try
        {
            var articles = host.Get<IArticleStore>();
            await WaitUntilAsync(async () => await articles.CountAsync() == 6 && etag.NotModifiedAnswers >= 2 && dates.FeedHits >= 3, () => $"all items indexed and re-polled (etag hits {etag.FeedHits}, 304s {etag.NotModifiedAnswers}, dates hits {dates.FeedHits}, config hits {configured.FeedHits}, failing hits {failing.FeedHits})");
            Assert.Equal(6, await articles.CountAsync());
            Assert.DoesNotContain(host.Publisher.Posts, p => p.ChannelId == "900");
            Assert.Contains(await store.ListAsync(null), f => f.Url == configured.FeedUrl && f.AddedBy == "configuration" && f.Health.LastSuccessAt is not null);

            await WaitUntilAsync(async () => (await store.GetAsync(bad.Id))!.IsPaused, () => "the failing feed paused");
            Assert.Equal(["Feed #3 Failing is failing", "Feed #3 Failing is paused"],
                host.Publisher.Posts.Where(p => p.ChannelId == "901").Select(p => p.Reply.Cards[0].Title));

            var added = etag.AddItem();
            await WaitUntilAsync(() => Task.FromResult(host.Publisher.Posts.Any(p => p.ChannelId == "900")), () => "the new item posted");
            var post = Assert.Single(host.Publisher.Posts, p => p.ChannelId == "900");
            Assert.Equal(FeedSite.Title(added), Assert.Single(post.Reply.Cards).Title);
            Assert.Equal(7, await articles.CountAsync());

            // /feed add schedules the new feed and polls it right away; /feed remove drops its trigger.
            var viaCommand = new FeedSite(server, "e2e-command", items: 2);
            var router = host.Get<CommandRouter>();
            var caller = new CommandCaller("u1", "g1", "902", CanManageServer: true);
            var reply = await router.ExecuteAsync(new CommandRequest("feed", new Dictionary<string, string> { ["url"] = viaCommand.FeedUrl.AbsoluteUri }, caller) { Subcommand = "add" }, CancellationToken.None);
            Assert.Equal(ReplyTone.Normal, reply.Tone);
            await WaitUntilAsync(async () => await articles.CountAsync() == 9, () => $"the feed added by command polled ({viaCommand.FeedHits} hits)");
            var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
            Assert.Equal(QuartzFeedSchedule.Group, (await scheduler.GetTrigger(QuartzFeedSchedule.TriggerFor(5)))!.ExecutionGroup);
            Assert.False((await scheduler.GetExecutionLimits())!.IsEmpty);
            await router.ExecuteAsync(new CommandRequest("feed", new Dictionary<string, string> { ["id"] = "5" }, caller) { Subcommand = "remove" }, CancellationToken.None);
            Assert.Null(await scheduler.GetTrigger(QuartzFeedSchedule.TriggerFor(5)));
            Assert.DoesNotContain(host.Publisher.Posts, p => p.ChannelId == "902");
        }
        finally
        {
            await host.Host.StopAsync();
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < Patience, $"timed out waiting for: {what()}");
            await Task.Delay(100);
        }
    }
}
