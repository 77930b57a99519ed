using NewsBot.Core.Articles;
using NewsBot.Core.Search;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Quotes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 009 (new articles indexed once per batch, not by insert triggers) on a database of the previous release.</summary>
public sealed class BatchIndexingMigrationTests : IDisposable
{
    /// <summary>Schema 8 holding one article, indexed by the insert triggers of that release.</summary>
    private readonly OldSchemaDatabase _old = new(8, OldSchemaDatabase.HarbourArticle);

    public void Dispose() => _old.Dispose();

    [Fact]
    public async Task Open_Version8Database_OldAndNewArticlesSearchableOnceEach()
    {
        var database = _old.Open();
        var store = new SqliteArticleStore(database, TimeProvider.System);
        var article = QuoteArticles.Prepare("A storm closed the harbour on Friday.", "en", "Storm closes port");

        var saved = await store.SaveAsync([new ArticleToSave(article with { Raw = article.Raw with { Source = "b.txt" } }, [], 1)]);

        Assert.Equal(SaveOutcome.Added, Assert.Single(saved).Outcome);
        Assert.Equal(2, (await store.SearchAsync(new SearchRequest(SearchQueryParser.Parse("harbour")))).Count);
        Assert.Equal("aaaaaaa", Assert.Single(await store.SuggestAsync("reop", 25)).Key);
        Assert.Single(await store.SuggestAsync("storm", 25));
        await using var connection = await database.OpenAsync();
        // No insert trigger is left to index an article a second time; FTS5 checks both indexes against the articles.
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts_insert'";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        OldSchemaDatabase.Execute(connection, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);");
        OldSchemaDatabase.Execute(connection, "INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('integrity-check', 1);");
    }
}
