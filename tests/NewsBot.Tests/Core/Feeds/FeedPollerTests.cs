using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Core.Feeds;

public sealed class FeedPollerTests(FixtureServer server) : IClassFixture<FixtureServer>
{
    private const string Lead = "The council voted on Monday to add two evening crossings to the island ferry route, starting in April, after complaints from commuters.";

    private static string Rss(params string[] items) =>
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title><link>/</link>{string.Concat(items)}</channel></rss>";

    private static string Item(string guid, string link, string title, string? description = null, string? date = null) =>
        $"<item><guid isPermaLink=\"false\">{guid}</guid><link>{link}</link><title>{title}</title>"
        + (description is null ? string.Empty : $"<description><![CDATA[{description}]]></description>")
        + (date is null ? string.Empty : $"<pubDate>{date}</pubDate>") + "</item>";

    private void MapFeed(string path, Func<int, string> body, string contentType = "application/rss+xml")
    {
        var polls = 0;
        server.Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body(Interlocked.Increment(ref polls)));
        });
    }

    [Fact]
    public async Task PollAsync_RssWithRelativeLinks_PageArticleAndFeedContentFallback()
    {
        server.MapContent("/a/ferry", "text/html; charset=utf-8", FeedFixtures.Bytes("boilerplate.html"));
        server.MapContent("/a/app", "text/html", FeedFixtures.Bytes("nothing.html"));
        MapFeed("/a/feed.xml", _ => Rss(
            Item("g1", "ferry?utm_source=rss", "Ferry timetable expanded", "<p>Short teaser.</p>", "Tue, 05 Mar 2024 09:30:00 GMT"),
            Item("g2", "/a/app", "Island vote", $"<p>{Lead}</p>")));
        using var fixture = new FeedPollerFixture();

        var result = await fixture.Poller.PollAsync(new FeedDefinition(server.Url("/a/feed.xml")), FeedState.New);

        Assert.Equal(FeedPollOutcome.Fetched, result.Outcome);
        Assert.Equal(2, result.Documents.Count);
        var page = result.Documents[0];
        // The page's rel=canonical names another host, so the fetched URL (tracking removed) is the identity.
        Assert.Equal(server.Url("/a/ferry").AbsoluteUri, page.Source);
        Assert.Equal("g1", page.ExternalId);
        Assert.Equal("Harbour Gazette", page.SourceName);
        Assert.Equal(DocumentFormat.Html, page.Format);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), page.Published);
        var fallback = result.Documents[1];
        Assert.Contains(Lead, fallback.Content, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("feed's content is used", StringComparison.Ordinal));

        var preparer = new ArticlePreparer(new LanguageDetector(), new HtmlArticleExtractor());
        var fromPage = preparer.Prepare(page);
        var fromFeed = preparer.Prepare(fallback);
        Assert.StartsWith("The harbour council voted on Monday", fromPage.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", fromPage.Body, StringComparison.Ordinal);
        Assert.Equal("Island vote", fromFeed.Title);
        Assert.Equal(Lead, fromFeed.Body);
        Assert.Equal("en", fromFeed.Language);
    }

    [Fact]
    public async Task PollAsync_DatesChangeEveryPoll_NoNewItemsSecondTime()
    {
        MapFeed("/dates/feed.xml", poll => Rss(
            Item("d1", "/dates/1", "One", $"<p>{Lead}</p>", DateTimeOffset.UnixEpoch.AddDays(poll).ToString("r", CultureInfo.InvariantCulture)),
            Item("d2", "/dates/2", "Two", $"<p>{Lead} Second.</p>", DateTimeOffset.UnixEpoch.AddDays(poll * 2).ToString("r", CultureInfo.InvariantCulture))));
        using var fixture = new FeedPollerFixture();
        var feed = new FeedDefinition(server.Url("/dates/feed.xml"));

        var first = await fixture.Poller.PollAsync(feed, FeedState.New);
        var second = await fixture.Poller.PollAsync(feed, first.State);

        Assert.Equal(2, first.Documents.Count);
        Assert.Equal(FeedPollOutcome.Fetched, second.Outcome);
        Assert.Empty(second.Documents);
        Assert.Empty(second.NewKeys);
    }

    [Fact]
    public async Task PollAsync_GuidsRewrittenEveryPoll_DeduplicatedByUrl()
    {
        MapFeed("/guids/feed.xml", poll => Rss(
            Item($"run{poll}-1", "/guids/story-1?utm_campaign=" + poll, "One", "<p>Brief.</p>"),
            Item($"run{poll}-2", "/guids/story-2", "Two", "<p>Brief.</p>")));
        using var fixture = new FeedPollerFixture();
        var feed = new FeedDefinition(server.Url("/guids/feed.xml"));

        var first = await fixture.Poller.PollAsync(feed, FeedState.New);
        var second = await fixture.Poller.PollAsync(feed, first.State);

        Assert.Equal(2, first.Documents.Count);
        Assert.Empty(second.Documents);
    }

    [Fact]
    public async Task PollAsync_GuidsAndUrlsRewrittenSameText_DeduplicatedByHash()
    {
        MapFeed("/moved/feed.xml", poll => Rss(Item($"run{poll}", $"/moved/v{poll}/story", "Ferry", $"<p>{Lead}</p>")));
        using var fixture = new FeedPollerFixture();
        var feed = new FeedDefinition(server.Url("/moved/feed.xml"));

        var first = await fixture.Poller.PollAsync(feed, FeedState.New);
        var second = await fixture.Poller.PollAsync(feed, first.State);

        Assert.Single(first.Documents);
        Assert.Empty(second.Documents);
    }

    [Fact]
    public async Task PollAsync_ServerAnswers304_NotModifiedAndHealthy()
    {
        server.Map("/etag/feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"rev-1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"rev-1\"";
            context.Response.Headers.LastModified = "Tue, 05 Mar 2024 09:30:00 GMT";
            await context.Response.WriteAsync(Rss());
        });
        using var fixture = new FeedPollerFixture();
        var feed = new FeedDefinition(server.Url("/etag/feed.xml"));
        var failing = FeedState.New with { Health = FeedHealth.New.RecordFailure("HTTP 503", FeedPollerFixture.Now) };

        var first = await fixture.Poller.PollAsync(feed, failing);
        var second = await fixture.Poller.PollAsync(feed, first.State);

        Assert.Equal("\"rev-1\"", first.State.ETag);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), first.State.LastModified);
        Assert.Equal(0, first.State.Health.ConsecutiveFailures);
        Assert.Equal(FeedPollOutcome.NotModified, second.Outcome);
        Assert.Equal(first.State.ETag, second.State.ETag);
        Assert.Equal(FeedHealthStatus.Healthy, second.Status);
    }

    [Fact]
    public async Task PollAsync_FailingFeed_CountsFailuresWarnsThenPauses()
    {
        server.Map("/down/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        using var fixture = new FeedPollerFixture(WebTesting.Options() with { WarnAfterFailures = 2, PauseAfterFailures = 3 });
        var feed = new FeedDefinition(server.Url("/down/feed.xml"));

        var statuses = new List<FeedHealthStatus>();
        var state = FeedState.New;
        for (var i = 0; i < 3; i++)
        {
            var result = await fixture.Poller.PollAsync(feed, state);
            Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
            Assert.Contains("HTTP 503", result.Error, StringComparison.Ordinal);
            statuses.Add(result.Status);
            state = result.State;
        }

        var hits = server.Hits("/down/feed.xml");
        var paused = await fixture.Poller.PollAsync(feed, state);

        Assert.Equal([FeedHealthStatus.Healthy, FeedHealthStatus.Failing, FeedHealthStatus.Paused], statuses);
        Assert.Equal(3, state.Health.ConsecutiveFailures);
        Assert.Equal(FeedPollOutcome.Skipped, paused.Outcome);
        Assert.Equal(hits, server.Hits("/down/feed.xml"));
    }

    [Fact]
    public async Task PollAsync_NotAFeed_FailsWithParseReasonKeepingValidators()
    {
        server.MapContent("/html/feed.xml", "text/html", Encoding.UTF8.GetBytes("<html><body><p>Welcome</p></body></html>"));
        using var fixture = new FeedPollerFixture();
        var state = FeedState.New with { ETag = "\"old\"" };

        var result = await fixture.Poller.PollAsync(new FeedDefinition(server.Url("/html/feed.xml")), state);

        Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
        Assert.Contains("HTML page, not a feed", result.Error, StringComparison.Ordinal);
        Assert.Equal("\"old\"", result.State.ETag);
        Assert.Equal(1, result.State.Health.ConsecutiveFailures);
    }

    [Fact]
    public async Task PollAsync_PrivateFeedUrlWhenNotAllowed_FailsAsRefused()
    {
        using var fixture = new FeedPollerFixture(WebTesting.Options(allowPrivate: false));

        var result = await fixture.Poller.PollAsync(new FeedDefinition(server.Url("/private/feed.xml")), FeedState.New);

        Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
        Assert.StartsWith("refused:", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Hits("/private/feed.xml"));
    }

    [Fact]
    public async Task PollAsync_PageDownAndNoFeedText_RetriedNextPoll()
    {
        var pageUp = false;
        server.Map("/retry/story", async context =>
        {
            if (!Volatile.Read(ref pageUp))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(FeedFixtures.Bytes("split-article.html"));
        });
        MapFeed("/retry/feed.xml", _ => Rss(Item("r1", "/retry/story", "Lighthouse keeper retires")));
        using var fixture = new FeedPollerFixture();
        var feed = new FeedDefinition(server.Url("/retry/feed.xml"));

        var first = await fixture.Poller.PollAsync(feed, FeedState.New);
        Volatile.Write(ref pageUp, true);
        var second = await fixture.Poller.PollAsync(feed, first.State);

        Assert.Empty(first.Documents);
        Assert.Empty(first.NewKeys);
        Assert.Contains(first.Warnings, w => w.Contains("HTTP 503", StringComparison.Ordinal));
        Assert.Contains("Elsie Marr", Assert.Single(second.Documents).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_ManyItems_PagesFetchedWithBoundedConcurrencyAndItemCap()
    {
        var current = 0;
        var peak = 0;
        server.Map("/many/page", async context =>
        {
            var now = Interlocked.Increment(ref current);
            InterlockedMax(ref peak, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref current);
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(FeedFixtures.Bytes("boilerplate.html"));
        });
        MapFeed("/many/feed.xml", _ => Rss(Enumerable.Range(1, 7).Select(i => Item($"m{i}", $"/many/page?n={i}", $"Story {i}")).ToArray()));
        using var fixture = new FeedPollerFixture(WebTesting.Options() with { MaxConcurrentFetches = 2, MaxItemsPerPoll = 5 });
        var feed = new FeedDefinition(server.Url("/many/feed.xml"), Name: "Many");

        var first = await fixture.Poller.PollAsync(feed, FeedState.New);
        var second = await fixture.Poller.PollAsync(feed, first.State);

        Assert.Equal(5, first.Documents.Count);
        Assert.Equal(["Story 1", "Story 2", "Story 3", "Story 4", "Story 5"], first.Documents.Select(d => d.Title));
        Assert.All(first.Documents, d => Assert.Equal("Many", d.SourceName));
        Assert.Equal(2, second.Documents.Count);
        Assert.InRange(Volatile.Read(ref peak), 1, 2);
    }

    [Theory]
    [InlineData("rss1.rdf", "application/rdf+xml", 1)]
    [InlineData("atom.xml", "application/atom+xml", 2)]
    [InlineData("feed.json", "application/feed+json", 2)]
    [InlineData("latin1.xml", "text/xml; charset=utf-8", 1)]
    [InlineData("cp1251-nodecl.xml", "text/xml; charset=windows-1251", 1)]
    public async Task PollAsync_EachFormatOverHttp_ItemsBecomeDocuments(string fixture, string contentType, int expected)
    {
        // Links to other hosts are pointed at the local server: tests never leave 127.0.0.1.
        var text = Encoding.Latin1.GetString(FeedFixtures.Bytes(fixture));
        var local = Regex.Replace(text, @"https://[a-z]+\.example/", server.Url("/fmt/").AbsoluteUri);
        server.MapContent("/fmt/" + fixture, contentType, Encoding.Latin1.GetBytes(local));
        using var poller = new FeedPollerFixture();

        var result = await poller.Poller.PollAsync(new FeedDefinition(server.Url("/fmt/" + fixture)), FeedState.New);

        Assert.Equal(FeedPollOutcome.Fetched, result.Outcome);
        Assert.Equal(expected, result.Documents.Count);
        Assert.Equal(result.Feed!.Items.Count, expected);
        Assert.All(result.Documents, d => Assert.StartsWith(server.BaseUrl.AbsoluteUri, d.Source, StringComparison.Ordinal));
        Assert.All(result.Documents, d => Assert.Equal(result.Feed!.Title, d.SourceName));
        Assert.DoesNotContain('\uFFFD', string.Concat(result.Documents.Select(d => d.Title + d.Content)));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
