using NewsBot.Core.Search;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Ingest.Readers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Search;

/// <summary>
/// The bound on how many matches a search scores (<see cref="SqliteArticleStore.RankedCandidates"/>), set low so a handful
/// of real articles reach it: an old, strong match indexed first, then seven newer, weaker ones.
/// </summary>
public sealed class SearchCandidateBoundTests : IAsyncLifetime, IDisposable
{
    private readonly TestIndex _index = new();
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        var old = _folder.Write("old.jsonl",
            """{"id":"old","title":"Storm storm storm","published":"2020-01-10T08:00:00Z","text":"The storm of the decade hit the coast. Storm warnings stayed for days."}""");
        var newer = _folder.Write("newer.jsonl", string.Join('\n', Enumerable.Range(1, 7).Select(i =>
            $$"""{"id":"n{{i}}","title":"Harbour news {{i}}","published":"2024-03-0{{i}}T08:00:00Z","text":"Ferries sailed on day {{i}} of the week. A small storm passed far out at sea without harm to boat number {{i}}."}""")));
        await _index.IndexAsync(old);
        await _index.IndexAsync(newer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private SqliteArticleStore Bounded(int candidates) => new(_index.Database, TimeProvider.System) { RankedCandidates = candidates };

    [Fact]
    public async Task SearchAsync_AsManyMatchesAsTheBound_SameResultsAsTheDefault()
    {
        var request = new SearchRequest(SearchQueryParser.Parse("storm"), Limit: 8);

        var bounded = await Bounded(8).SearchAsync(request);
        var unbounded = await _index.Store.SearchAsync(request);

        Assert.Equal(8, unbounded.Count);
        Assert.Equal("old", unbounded[0].Article.ExternalId);
        Assert.Equal(unbounded.Select(h => (h.Article.Id, h.Score, h.Snippet)), bounded.Select(h => (h.Article.Id, h.Score, h.Snippet)));
    }

    [Fact]
    public async Task SearchAsync_MoreMatchesThanTheBound_ScoresOnlyTheNewestWithWholeIndexScores()
    {
        var bounded = await Bounded(3).SearchAsync(new SearchRequest(SearchQueryParser.Parse("storm"), Limit: 3));
        var unbounded = await _index.Store.SearchAsync(new SearchRequest(SearchQueryParser.Parse("storm")));

        var newest = unbounded.Select(h => h.Article.Id).OrderDescending().Take(3);
        Assert.Equal(newest.Order(), bounded.Select(h => h.Article.Id).Order());
        Assert.DoesNotContain(bounded, h => h.Article.ExternalId == "old");
        // Document frequencies still come from the whole index: an article scores the same either way.
        Assert.All(bounded, h => Assert.Equal(unbounded.Single(u => u.Article.Id == h.Article.Id).Score, h.Score));
    }

    [Fact]
    public async Task SearchAsync_PageBeyondTheBound_GetsAFullPage()
    {
        var page = await Bounded(3).SearchAsync(new SearchRequest(SearchQueryParser.Parse("storm"), Limit: 2, Offset: 4));

        Assert.Equal(2, page.Count);
    }

    [Fact]
    public async Task SearchAsync_FiltersExcludeEveryNewestMatch_FallsBackToAllMatches()
    {
        var until = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var hits = await Bounded(3).SearchAsync(new SearchRequest(SearchQueryParser.Parse("storm"), Until: until, Limit: 3));

        Assert.Equal("old", Assert.Single(hits).Article.ExternalId);
    }

    [Fact]
    public async Task SuggestAsync_MoreTitleMatchesThanTheBound_OffersTheBestOfTheNewest()
    {
        var bounded = await Bounded(3).SuggestAsync("harb", 2);

        Assert.Equal(7, (await _index.Store.SuggestAsync("harb", 25)).Count);
        var newest = (await _index.Store.SuggestAsync("harb", 25)).Select(a => a.Id).OrderDescending().Take(3).ToList();
        Assert.Equal(2, bounded.Count);
        Assert.All(bounded, a => Assert.Contains(a.Id, newest));
    }

    [Theory]
    [InlineData("\"NEAR(")]
    [InlineData("storm NOT")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("NEAR(storm sea, 2)")]
    [InlineData("\0\u0001 storm* \uFFFF")]
    [InlineData("-storm")]
    public async Task SearchAsync_HostileQueriesPastTheBound_NeverThrowAndLeaveTheIndexIntact(string text)
    {
        var hits = await Bounded(1).SearchAsync(new SearchRequest(SearchQueryParser.Parse(text), Limit: 1));

        Assert.NotNull(hits);
        Assert.Equal(8, await _index.Store.CountAsync());
    }
}
