using NewsBot.Core.Search;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Core.Ingest.Readers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Search;

/// <summary>Full-text search against a real SQLite file holding the seeds and a few written articles.</summary>
public sealed class ArticleSearchTests : IAsyncLifetime, IDisposable
{
    private readonly TestIndex _index = new();
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        _folder.Write("news.jsonl", string.Join('\n',
            """{"id":"t1","title":"Storm closes port","published":"2024-03-01T08:00:00Z","text":"A storm closed the port of Brest on Friday. Ferries stayed in harbour while the wind reached 120 km/h."}""",
            """{"id":"t2","title":"Harbour reopens","published":"2024-03-05T08:00:00Z","text":"The harbour reopened on Tuesday after repairs. Officials said the storm had damaged two cranes."}""",
            """{"id":"t3","title":"Élection du président","lang":"fr","published":"2024-04-01T08:00:00Z","text":"Le président a été élu dimanche avec une large majorité. Les électeurs se sont déplacés en nombre."}"""));
        await _index.IndexAsync(SeedFolder.Path, _folder.Path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private Task<IReadOnlyList<SearchHit>> Search(string text, string? language = null, DateTimeOffset? since = null, DateTimeOffset? until = null) =>
        _index.Store.SearchAsync(new SearchRequest(SearchQueryParser.Parse(text), language, since, until));

    [Fact]
    public async Task Search_WithoutAccents_FindsAccentedWords()
    {
        var hits = await Search("president election");

        Assert.Equal("t3", Assert.Single(hits).Article.ExternalId);
    }

    [Fact]
    public async Task Search_Seeds_FindsNavalnyInBothLanguages()
    {
        var hits = await Search("Navalny");

        Assert.Equal(["en", "fr"], hits.Select(h => h.Article.Language).Order());
        Assert.All(hits, h => Assert.Contains("**Navalny**", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WordInTitle_RanksAboveWordInBody()
    {
        var hits = await Search("harbour");

        Assert.Equal(["t2", "t1"], hits.Select(h => h.Article.ExternalId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Search_PhrasePrefixAndExclusion_Filter()
    {
        Assert.Equal("t1", Assert.Single(await Search("\"port of Brest\"")).Article.ExternalId);
        Assert.Equal(["t1", "t2"], (await Search("harb*")).Select(h => h.Article.ExternalId).Order());
        Assert.Equal("t1", Assert.Single(await Search("storm -cranes")).Article.ExternalId);
    }

    /// <summary>Three letters use the index's prefix index, more are read from the words themselves, fewer are a word.</summary>
    [Fact]
    public async Task Search_PrefixLengths_MatchWordStartsFromThreeLetters()
    {
        Assert.Equal(["t1", "t2"], (await Search("har*")).Select(h => h.Article.ExternalId).Order());
        Assert.Equal(["t2"], (await Search("reop*")).Select(h => h.Article.ExternalId));
        Assert.Equal(["t3"], (await Search("élec*")).Select(h => h.Article.ExternalId));
        Assert.Empty(await Search("ha*"));
    }

    [Fact]
    public async Task Search_LanguageAndDateFilters_Apply()
    {
        Assert.Single(await Search("Binance", language: "fr"));
        var march = await Search("storm", since: new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), until: new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("t2", Assert.Single(march).Article.ExternalId);
    }

    [Theory]
    [InlineData("\"NEAR(")]
    [InlineData("AND OR")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("body:storm")]
    [InlineData("storm NOT")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("NEAR(storm port, 2)")]
    [InlineData("\0\u0001 storm \uFFFF")]
    public async Task Search_HostileQueries_NeverThrowAndLeaveTheIndexIntact(string text)
    {
        var hits = await Search(text);

        Assert.NotNull(hits);
        Assert.Equal(5, await _index.Store.CountAsync());
    }

    [Fact]
    public async Task Suggest_PartialTitleWords_MatchesTitlesByPrefix()
    {
        var suggestions = await _index.Store.SuggestAsync("harb", 25);

        Assert.Equal("t2", Assert.Single(suggestions).ExternalId);
        Assert.Equal(5, (await _index.Store.SuggestAsync("", 25)).Count);
        Assert.Empty(await _index.Store.SuggestAsync("\"NEAR(", 25));
    }

    /// <summary>
    /// Suggestions come from the titles' own index (migration 008): it must find exactly the articles whose title matches
    /// in the full index, no more, no fewer.
    /// </summary>
    [Theory]
    [InlineData("\"s\"*")]
    [InlineData("\"harb\"*")]
    [InlineData("\"storm\"")]
    [InlineData("\"le\"*")]
    public async Task TitleIndex_AnyQuery_FindsTheTitleMatchesOfTheFullIndex(string match)
    {
        await using var connection = await _index.Database.OpenAsync();

        var full = await Ids(connection, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'title : ' || @match ORDER BY rowid", match);
        var titles = await Ids(connection, "SELECT rowid FROM article_titles_fts WHERE article_titles_fts MATCH @match ORDER BY rowid", match);

        Assert.NotEmpty(full);
        Assert.Equal(full, titles);
    }

    private static async Task<List<long>> Ids(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, string match)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@match", match);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
