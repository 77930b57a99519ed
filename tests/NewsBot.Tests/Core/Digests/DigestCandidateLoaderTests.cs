using NewsBot.Core.Digests;
using NewsBot.Core.Search;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Core.Ingest.Readers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Digests;

/// <summary>Candidate selection on a real SQLite index with a hand-moved clock: "indexed since", topics, already posted.</summary>
public sealed class DigestCandidateLoaderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 4, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualTime _time = new(Start);
    private readonly TestIndex _index;
    private readonly TempFolder _files = new();

    public DigestCandidateLoaderTests()
    {
        _index = new TestIndex(time: _time);
    }

    public void Dispose()
    {
        _index.Dispose();
        _files.Dispose();
    }

    private DigestCandidateLoader Loader => new(_index.Store);

    /// <summary>Seeds at 08:00, a rail-strike article at 20:00 the same day.</summary>
    private async Task<string> IndexSeedsThenStrikeAsync()
    {
        await _index.IndexAsync(SeedFolder.Path);
        _time.Advance(TimeSpan.FromHours(12));
        var strike = _files.Write("strike.txt", "Rail strike halts trains\n\n" + string.Join("\n\n", DigestArticles.RailStrike));
        await _index.IndexAsync(strike);
        return strike;
    }

    [Fact]
    public async Task LoadAsync_Since_OnlyArticlesIndexedFromThenWithSentences()
    {
        await IndexSeedsThenStrikeAsync();

        var late = await Loader.LoadAsync(new DigestCandidateQuery(Start.AddHours(1)));
        var all = await Loader.LoadAsync(new DigestCandidateQuery(Start));

        Assert.Equal(["Rail strike halts trains"], late.Select(d => d.Article.Title));
        Assert.NotEmpty(late[0].Sentences);
        Assert.Equal(3, all.Count);
        Assert.Equal("Rail strike halts trains", all[0].Article.Title);
    }

    [Fact]
    public async Task LoadAsync_Topic_OnlyMatchingArticlesIndexedSince()
    {
        await IndexSeedsThenStrikeAsync();

        var binance = await Loader.LoadAsync(new DigestCandidateQuery(Start, SearchQueryParser.Parse("binance")));
        var binanceLate = await Loader.LoadAsync(new DigestCandidateQuery(Start.AddHours(1), SearchQueryParser.Parse("binance")));

        Assert.Equal(["en", "fr"], binance.Select(d => d.Article.Language).Order());
        Assert.Empty(binanceLate);
    }

    [Fact]
    public async Task LoadAsync_AlreadyPosted_Left()
    {
        await IndexSeedsThenStrikeAsync();
        var all = await Loader.LoadAsync(new DigestCandidateQuery(Start));

        var rest = await Loader.LoadAsync(new DigestCandidateQuery(Start, AlreadyPosted: new HashSet<long> { all[0].Article.Id }));

        Assert.Equal(all.Skip(1).Select(d => d.Article.Id), rest.Select(d => d.Article.Id));
    }

    [Fact]
    public async Task LoadAsync_TopicWithNoWords_ThrowsWithTheParsersReason()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Loader.LoadAsync(new DigestCandidateQuery(Start, SearchQueryParser.Parse("-binance"))));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task ListIndexedSinceAsync_ChangedArticleReindexedLater_KeepsItsFirstIndexingTime()
    {
        var strike = await IndexSeedsThenStrikeAsync();
        _time.Advance(TimeSpan.FromDays(1));
        File.AppendAllText(strike, "\n\nTalks resumed on Wednesday evening, the CGT said.");

        var report = await _index.IndexAsync(strike);

        Assert.Equal(1, report.Updated);
        Assert.Empty(await _index.Store.ListIndexedSinceAsync(_time.GetUtcNow().AddMinutes(-1), 10));
        Assert.Single(await _index.Store.ListIndexedSinceAsync(Start.AddHours(1), 10));
    }

    [Fact]
    public async Task ListIndexedSinceAsync_Limit_NewestFirst()
    {
        await IndexSeedsThenStrikeAsync();

        var newest = await _index.Store.ListIndexedSinceAsync(Start, 1);

        Assert.Equal("Rail strike halts trains", Assert.Single(newest).Title);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _index.Store.ListIndexedSinceAsync(Start, -1));
    }
}
