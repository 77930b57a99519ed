using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 008 (a full-text index of titles, for autocomplete) on a database made by the previous release (schema 7).</summary>
public sealed class TitleIndexMigrationTests : IDisposable
{
    /// <summary>Schema 7 holding two articles, indexed in articles_fts by its triggers as the previous release did.</summary>
    private readonly OldSchemaDatabase _old = new(7, """
        INSERT INTO articles (key, source, title, language, language_confidence, indexed_ms, updated_ms, words, content_hash, body, layout, quote_rules_version)
        VALUES ('aaaaaaa', 'a.txt', 'Harbour reopens', 'en', 1, 1, 1, 4, 'ha', 'The harbour reopened on Tuesday.', x'', 2),
               ('bbbbbbb', 'b.txt', 'Storm closes port', 'en', 1, 2, 2, 4, 'hb', 'A storm closed the harbour.', x'', 2);
        """);

    public void Dispose() => _old.Dispose();

    [Fact]
    public async Task Open_Version7Database_TitlesOfStoredArticlesAreSuggested()
    {
        var store = new SqliteArticleStore(_old.Open(), TimeProvider.System);

        // "harbour" is in both articles, but in one title only: suggestions come from titles.
        Assert.Equal("aaaaaaa", Assert.Single(await store.SuggestAsync("ha", 25)).Key);
        Assert.Equal("bbbbbbb", Assert.Single(await store.SuggestAsync("storm clo", 25)).Key);
        Assert.Equal(2, (await store.SearchAsync(new NewsBot.Core.Search.SearchRequest(NewsBot.Core.Search.SearchQueryParser.Parse("harbour")))).Count);
    }

    [Fact]
    public async Task Open_Version7Database_TitleChangesAndDeletesReachTheTitleIndex()
    {
        var database = _old.Open();
        var store = new SqliteArticleStore(database, TimeProvider.System);
        await using (var connection = await database.OpenAsync())
        {
            OldSchemaDatabase.Execute(connection, "UPDATE articles SET title = 'Quay reopens' WHERE key = 'aaaaaaa'; DELETE FROM articles WHERE key = 'bbbbbbb';");
            // FTS5's own check that the index holds exactly what the triggers were given.
            OldSchemaDatabase.Execute(connection, "INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('integrity-check', 1);");
        }

        Assert.Empty(await store.SuggestAsync("harb", 25));
        Assert.Empty(await store.SuggestAsync("storm", 25));
        Assert.Equal("aaaaaaa", Assert.Single(await store.SuggestAsync("qua", 25)).Key);
    }
}
