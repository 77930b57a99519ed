using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Core.Feeds;

public sealed class FeedItemKeyTests
{
    private const string Body = "<p>The council voted on Monday to add two evening crossings to the ferry route.</p>";

    private static FeedItem Item(string? guid, string? link, string? title = "Ferry", string? content = Body, DateTimeOffset? published = null) =>
        new(guid, link is null ? null : new Uri(link), title, published, null, content, null, null);

    [Fact]
    public void For_FullItem_GuidUrlAndHashCandidates()
    {
        var key = FeedItemKey.For(Item("g-1", "https://n.example/a?utm_source=rss"));

        Assert.Equal("g-1", key.Guid);
        Assert.Equal("n.example/a", key.CanonicalUrl);
        Assert.NotNull(key.ContentHash);
        Assert.Equal(["guid:g-1", "url:n.example/a", "hash:" + key.ContentHash], key.Candidates);
    }

    [Fact]
    public void IsIn_GuidRewrittenSameUrl_Seen()
    {
        var seen = FeedItemKey.For(Item("g-1", "https://n.example/a")).Candidates.ToHashSet();

        Assert.True(FeedItemKey.For(Item("g-2", "https://n.example/a?utm_medium=x", content: null)).IsIn(seen));
    }

    [Fact]
    public void IsIn_GuidAndUrlChangedSameText_SeenByHash()
    {
        var seen = FeedItemKey.For(Item("g-1", "https://n.example/a")).Candidates.ToHashSet();

        Assert.True(FeedItemKey.For(Item("g-9", "https://n.example/moved", content: "  " + Body + "\n")).IsIn(seen));
    }

    [Fact]
    public void IsIn_OnlyDateChanged_Seen()
    {
        var seen = FeedItemKey.For(Item("g-1", "https://n.example/a", published: DateTimeOffset.UnixEpoch)).Candidates.ToHashSet();

        Assert.True(FeedItemKey.For(Item("g-1", "https://n.example/a", published: DateTimeOffset.UtcNow)).IsIn(seen));
    }

    [Fact]
    public void For_ShortTextWithGuid_NoHashSoSameTitledItemsStayDistinct()
    {
        var monday = FeedItemKey.For(Item("mon", "https://n.example/brief/1", "Daily briefing", "Read on."));
        var tuesday = FeedItemKey.For(Item("tue", "https://n.example/brief/2", "Daily briefing", "Read on."));

        Assert.Null(monday.ContentHash);
        Assert.False(tuesday.IsIn(monday.Candidates.ToHashSet()));
    }

    [Fact]
    public void For_NoGuidNoLink_HashIsTheIdentity()
    {
        var key = FeedItemKey.For(Item(null, null, "Short", "Hi"));

        Assert.Equal(["hash:" + key.ContentHash], key.Candidates);
    }

    [Fact]
    public void For_NothingAtAll_NoCandidates() =>
        Assert.Empty(FeedItemKey.For(Item(null, null, null, null)).Candidates);
}
