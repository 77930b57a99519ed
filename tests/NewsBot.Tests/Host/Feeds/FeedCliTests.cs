using System.Text.Json;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Host.Feeds;

/// <summary><c>feed</c>, <c>index &lt;url&gt;</c> and <c>bench feeds</c> through the real CLI, against pages served on 127.0.0.1.</summary>
public sealed class FeedCliTests(FixtureServer server) : IClassFixture<FixtureServer>, IDisposable
{
    private const string AllowPrivate = "--Ingest:AllowPrivateNetworks=true";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task FeedAdd_LocalFeed_AddsPollsOnceAndListShowsItAsJson()
    {
        var site = new FeedSite(server, "cli-add", items: 2);

        var (code, output, error) = await _cli.RunAsync("feed", "add", site.FeedUrl.AbsoluteUri, "--channel", "123", AllowPrivate);
        var (listCode, json, _) = await _cli.RunAsync("feed", "list", "--json");

        Assert.True(code == 0, error);
        Assert.Contains("Added feed #1 cli-add News (2 items).", output, StringComparison.Ordinal);
        Assert.Contains("First poll: 2 articles added", output, StringComparison.Ordinal);
        Assert.Equal(0, listCode);
        var feed = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Equal(
            ["addedBy", "channelId", "consecutiveFailures", "created", "guildId", "id", "lastError", "lastFailure", "lastSuccess", "name", "pausedReason", "pollIntervalSeconds", "status", "url"],
            feed.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("healthy", "123", 900.0), (feed.GetProperty("status").GetString(), feed.GetProperty("channelId").GetString(), feed.GetProperty("pollIntervalSeconds").GetDouble()));
        Assert.NotEqual(JsonValueKind.Null, feed.GetProperty("lastSuccess").ValueKind);
    }

    [Fact]
    public async Task FeedAdd_LoopbackByDefault_RefusedWithExitOne()
    {
        var site = new FeedSite(server, "cli-refused", items: 1);

        var (code, _, error) = await _cli.RunAsync("feed", "add", site.FeedUrl.AbsoluteUri);

        Assert.Equal(1, code);
        Assert.Contains("error: NewsBot will not fetch", error, StringComparison.Ordinal);
        Assert.Contains("loopback", error, StringComparison.Ordinal);
        Assert.Equal(0, site.FeedHits);
    }

    [Fact]
    public async Task FeedAdd_BadChannel_ExitOneBeforeFetching()
    {
        var (code, _, error) = await _cli.RunAsync("feed", "add", "https://news.example/rss", "--channel", "#news");

        Assert.Equal(1, code);
        Assert.Contains("--channel takes a channel id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedRemoveAndResume_UnknownId_ExitOne()
    {
        var (removeCode, _, removeError) = await _cli.RunAsync("feed", "remove", "42");
        var (resumeCode, _, resumeError) = await _cli.RunAsync("feed", "resume", "42");

        Assert.Equal((1, 1), (removeCode, resumeCode));
        Assert.Contains("There is no feed #42 here", removeError, StringComparison.Ordinal);
        Assert.Contains("There is no feed #42 here", resumeError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedResumeThenRemove_ExistingFeed_PollsAgainThenRemoves()
    {
        var site = new FeedSite(server, "cli-resume", items: 1);
        await _cli.RunAsync("feed", "add", site.FeedUrl.AbsoluteUri, AllowPrivate);
        var hits = site.FeedHits;

        var (resumeCode, resumed, _) = await _cli.RunAsync("feed", "resume", "1", AllowPrivate);
        var (removeCode, removed, _) = await _cli.RunAsync("feed", "remove", "1");
        var (_, list, _) = await _cli.RunAsync("feed", "list");

        Assert.Equal((0, 0), (resumeCode, removeCode));
        Assert.Contains("Resumed feed #1", resumed, StringComparison.Ordinal);
        Assert.Equal(hits + 1, site.FeedHits);
        Assert.Contains("Removed feed #1", removed, StringComparison.Ordinal);
        Assert.Contains("No feeds.", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_WebPageUrl_IndexesThePageAndPrintsItsId()
    {
        var site = new FeedSite(server, "cli-index", items: 1);
        var page = server.Url("/cli-index/cli-index-1.html").AbsoluteUri;

        var (code, output, error) = await _cli.RunAsync("index", page, AllowPrivate);
        var (_, json, _) = await _cli.RunAsync("articles", "--json");

        Assert.True(code == 0, error);
        var article = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Contains($"{article.GetProperty("id").GetString()}  {FeedSite.Title("cli-index-1")}", output, StringComparison.Ordinal);
        Assert.Equal(page, article.GetProperty("url").GetString());
        Assert.Equal(0, site.FeedHits);
    }

    [Fact]
    public async Task Index_LoopbackUrlByDefault_RefusedWithExitOne()
    {
        var page = server.Url("/cli-index-refused.html");

        var (code, _, error) = await _cli.RunAsync("index", page.AbsoluteUri);

        Assert.Equal(1, code);
        Assert.Contains("refused", error, StringComparison.Ordinal);
        Assert.Contains("loopback", error, StringComparison.Ordinal);
        Assert.Equal(0, server.Hits(page.AbsolutePath));
    }

    [Fact]
    public async Task Index_UrlThatIsNotHtml_SkippedWithReason()
    {
        server.MapContent("/cli-index/data.json", "application/json", "{}"u8.ToArray());

        var (code, _, error) = await _cli.RunAsync("index", server.Url("/cli-index/data.json").AbsoluteUri, AllowPrivate);

        Assert.Equal(1, code);
        Assert.Contains("the page is application/json, not HTML", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchFeeds_SmallCorpus_ReportsRates()
    {
        var (code, output, error) = await _cli.RunAsync("bench", "feeds", NewsBot.Tests.Support.BenchData.PathOf("summ_fr.jsonl"), "--rounds", "1");

        Assert.True(code == 0, error);
        Assert.Contains("items/s", output, StringComparison.Ordinal);
        Assert.Contains("pages/s", output, StringComparison.Ordinal);
        Assert.Contains("MB/s", output, StringComparison.Ordinal);
    }
}
