using NewsBot.Commands;
using NewsBot.Core.Feeds;
using NewsBot.Replies;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>/feed through the real router, store and fetcher, against feeds served on 127.0.0.1.</summary>
public sealed class FeedCommandTests(FixtureServer server) : IClassFixture<FixtureServer>, IDisposable
{
    private static readonly CommandCaller Admin = new("u1", "g1", "c1", CanManageServer: true);
    private static readonly CommandCaller Member = new("u2", "g1", "c1", CanManageServer: false);
    private readonly FeedTestHost _host = new();

    public void Dispose() => _host.Dispose();

    /// <summary>Runs /feed with the subcommand given as the first ("action", name) pair, as Discord sends it.</summary>
    private Task<Reply> RunAsync(CommandCaller caller, params (string Name, string Value)[] options) =>
        _host.Get<CommandRouter>().ExecuteAsync(new CommandRequest("feed", options.Where(o => o.Name != "action").ToDictionary(o => o.Name, o => o.Value), caller)
        {
            Subcommand = options.FirstOrDefault(o => o.Name == "action").Value,
        }, CancellationToken.None);

    private static string Text(Reply reply) =>
        string.Join('\n', new[] { reply.Text }.Concat(reply.Cards.SelectMany(c => new[] { c.Title, c.Description }.Concat(c.Fields.Select(f => f.Name + ": " + f.Value)))).OfType<string>());

    [Fact]
    public async Task Add_ReadableFeed_FollowsItAndListShowsHealthyNeverPolled()
    {
        var site = new FeedSite(server, "add-ok", items: 2);

        var added = await RunAsync(Admin, ("action", "add"), ("url", site.FeedUrl.AbsoluteUri), ("channel", "<#777>"));
        var listed = await RunAsync(Member, ("action", "list"));

        Assert.Equal(ReplyTone.Normal, added.Tone);
        Assert.Contains("Following #1 add-ok News", Text(added), StringComparison.Ordinal);
        Assert.Contains("2 items", Text(added), StringComparison.Ordinal);
        var feed = Assert.Single(await _host.Get<IFeedStore>().ListAsync("g1"));
        Assert.Equal(("777", "g1", "u1"), (feed.ChannelId, feed.GuildId, feed.AddedBy));
        Assert.Contains("healthy · every 15 min", Text(listed), StringComparison.Ordinal);
        Assert.Contains("last success: never", Text(listed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_SameFeedTwice_SecondIsRefusedAsDuplicate()
    {
        var site = new FeedSite(server, "dup", items: 1);
        await RunAsync(Admin, ("action", "add"), ("url", site.FeedUrl.AbsoluteUri));

        var again = await RunAsync(Admin, ("action", "add"), ("url", site.FeedUrl.AbsoluteUri + "?utm_source=chat"));

        Assert.Equal(ReplyTone.Error, again.Tone);
        Assert.Contains("is already followed here as feed #1", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_HtmlPageNotAFeed_SaysWhatWasFound()
    {
        server.MapContent("/cmd/page.html", "text/html", "<html><body><p>Hello</p></body></html>"u8.ToArray());

        var reply = await RunAsync(Admin, ("action", "add"), ("url", server.Url("/cmd/page.html").AbsoluteUri));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("is not a feed: the document is an HTML page", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<IFeedStore>().ListAsync(null));
    }

    [Fact]
    public async Task Add_MissingFeed_SaysCouldNotFetchWithStatus()
    {
        var reply = await RunAsync(Admin, ("action", "add"), ("url", server.Url("/cmd/missing.xml").AbsoluteUri));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("Could not fetch", reply.Text, StringComparison.Ordinal);
        Assert.Contains("404", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NotHttpUrl_RefusedWithExample()
    {
        var reply = await RunAsync(Admin, ("action", "add"), ("url", "ftp://files.example/feed"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("is not an http or https URL", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_LoopbackWithPrivateNetworksOff_RefusedAndNothingFetched()
    {
        using var strict = new FeedTestHost(allowPrivate: false);
        var site = new FeedSite(server, "private", items: 1);

        var reply = await strict.Get<CommandRouter>().ExecuteAsync(
            new CommandRequest("feed", new Dictionary<string, string> { ["url"] = site.FeedUrl.AbsoluteUri }, Admin) { Subcommand = "add" }, CancellationToken.None);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("NewsBot will not fetch", reply.Text, StringComparison.Ordinal);
        Assert.Contains("public internet", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, site.FeedHits);
    }

    [Fact]
    public async Task Add_WithoutManageServer_RefusedButListAllowed()
    {
        var add = await RunAsync(Member, ("action", "add"), ("url", "https://news.example/rss"));
        var list = await RunAsync(Member, ("action", "list"));

        Assert.Equal(ReplyTone.Error, add.Tone);
        Assert.Contains("needs the Manage Server permission", add.Text, StringComparison.Ordinal);
        Assert.Contains("No feeds yet", list.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("resume")]
    public async Task RemoveOrResume_UnknownOrOtherServersId_SaysUnknown(string action)
    {
        var other = await _host.Get<IFeedStore>().AddAsync(new NewFeed(new Uri("https://other.example/rss"), GuildId: "g2"));

        var unknown = await RunAsync(Admin, ("action", action), ("id", "99"));
        var foreign = await RunAsync(Admin, ("action", action), ("id", other!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("There is no feed #99 here", unknown.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyTone.Error, foreign.Tone);
        Assert.NotNull(await _host.Get<IFeedStore>().GetAsync(other.Id));
    }

    [Fact]
    public async Task Remove_WithoutId_AsksForIt()
    {
        var reply = await RunAsync(Admin, ("action", "remove"));

        Assert.Equal(ReplyTone.Usage, reply.Tone);
        Assert.Contains("needs id", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_ConfiguredFeed_RefusedWithWhereToRemoveIt()
    {
        var feed = await _host.Get<IFeedStore>().UpsertConfiguredAsync(new NewFeed(new Uri("https://conf.example/rss"), AddedBy: "configuration"));

        var reply = await RunAsync(Admin, ("action", "remove"), ("id", feed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("comes from the configuration (Ingest:Feeds)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAndResume_OwnFeed_Work()
    {
        var store = _host.Get<IFeedStore>();
        var feed = (await store.AddAsync(new NewFeed(new Uri("https://mine.example/rss"), "Mine", "g1")))!;
        await store.PauseAsync(feed.Id, "10 polls in a row failed");
        var id = feed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var resumed = await RunAsync(Admin, ("action", "resume"), ("id", id));
        Assert.False((await store.GetAsync(feed.Id))!.IsPaused);
        var removed = await RunAsync(Admin, ("action", "remove"), ("id", id));

        Assert.Contains("Resumed", Text(resumed), StringComparison.Ordinal);
        Assert.Contains("No longer following #1 Mine", Text(removed), StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(feed.Id));
    }

    [Fact]
    public async Task List_PausedFeedWithError_ShowsStatusReasonAndRedactedUrl()
    {
        var store = _host.Get<IFeedStore>();
        var feed = (await store.AddAsync(new NewFeed(new Uri("https://user:secret@paused.example/rss?token=abc"), "Paused", "g1")))!;
        var failed = new FeedState(null, null, new HashSet<string>(), FeedHealth.New.RecordFailure("HTTP 503 Service Unavailable", DateTimeOffset.UtcNow));
        await store.SavePollAsync(feed.Id, failed, [], [], DateTimeOffset.UtcNow.AddDays(-90));
        await store.PauseAsync(feed.Id, "10 polls in a row failed");

        var text = Text(await RunAsync(Member, ("action", "list")));

        Assert.Contains("paused", text, StringComparison.Ordinal);
        Assert.Contains("HTTP 503 Service Unavailable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_Id_SuggestsFeedsByNameOrUrl()
    {
        var store = _host.Get<IFeedStore>();
        await store.AddAsync(new NewFeed(new Uri("https://alpha.example/rss"), "Alpha Times", "g1"));
        await store.AddAsync(new NewFeed(new Uri("https://beta.example/rss"), "Beta Post", "g1"));

        var choices = await _host.Get<CommandRouter>().AutocompleteAsync(
            new CommandRequest("feed", new Dictionary<string, string>(), Admin) { Subcommand = "remove" }, "id", "beta", CancellationToken.None);

        var choice = Assert.Single(choices);
        Assert.Equal(("#2 Beta Post (beta.example)", "2"), (choice.Name, choice.Value));
    }
}
