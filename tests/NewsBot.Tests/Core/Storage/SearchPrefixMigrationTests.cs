using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Ingest.Readers;
using NewsBot.Tests.Core.Quotes;
using NewsBot.Tests.Discord.Support;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 010 (the full-text index keeps its 3-letter prefix index only) on a database of the previous release.</summary>
public sealed class SearchPrefixMigrationTests : IDisposable
{
    /// <summary>Schema 9 holding one article, in the full-text indexes as that release put it there.</summary>
    private readonly OldSchemaDatabase _old = new(9, OldSchemaDatabase.HarbourArticle + """
        INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles;
        INSERT INTO article_titles_fts (rowid, title) SELECT id, title FROM articles;
        """);

    public void Dispose() => _old.Dispose();

    [Fact]
    public async Task Open_Version9Database_RebuildsTheIndexWithItsSettingsAndKeepsItInStep()
    {
        var database = _old.Open();
        var store = new SqliteArticleStore(database, TimeProvider.System);
        var article = QuoteArticles.Prepare("A storm closed the harbour on Friday.", "en", "Storm closes port");

        await store.SaveAsync([new ArticleToSave(article with { Raw = article.Raw with { Source = "b.txt" } }, [], 1)]);

        // The old article was indexed again from the articles table, the new one by the writer; both found, prefix included.
        Assert.Equal(2, (await store.SearchAsync(new SearchRequest(SearchQueryParser.Parse("harbour")))).Count);
        Assert.Equal("aaaaaaa", Assert.Single(await store.SearchAsync(new SearchRequest(SearchQueryParser.Parse("reo*")))).Article.Key);
        await using var connection = await database.OpenAsync();
        Assert.Equal("prefix = '3'", OldSchemaDatabase.Scalar(connection, "SELECT substr(sql, instr(sql, 'prefix'), 12) FROM sqlite_master WHERE name = 'articles_fts'"));
        Assert.Equal(16777216L, OldSchemaDatabase.Scalar(connection, "SELECT v FROM articles_fts_config WHERE k = 'hashsize'"));
        Assert.Equal(8L, OldSchemaDatabase.Scalar(connection, "SELECT v FROM articles_fts_config WHERE k = 'automerge'"));
        Assert.Equal(64L, OldSchemaDatabase.Scalar(connection, "SELECT v FROM articles_fts_config WHERE k = 'crisismerge'"));

        // The update and delete triggers, which name the table, still keep it in step.
        await store.SaveAsync([new ArticleToSave(article with { Raw = article.Raw with { Source = "a.txt" } }, [], 1)]);
        Assert.Empty(await store.SearchAsync(new SearchRequest(SearchQueryParser.Parse("reopened"))));
        OldSchemaDatabase.Execute(connection, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);");
    }

    /// <summary>The rebuild takes seconds on a large database: the upgrade says so in the log, a new database says nothing.</summary>
    [Fact]
    public async Task Open_Version9Database_AnnouncesTheUpgradeInTheLog()
    {
        var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var database = _old.Open(factory.CreateLogger<SqliteDatabase>());

        await using (await database.OpenAsync())
        {
        }

        var line = Assert.Single(logs.Lines);
        Assert.Contains($"Upgrading the database {_old.Path} from schema 9 to 10 (010_search_prefix_index)", line, StringComparison.Ordinal);

        using var folder = new TempFolder();
        var fresh = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new NewsBot.Core.Storage.StorageOptions { DatabasePath = Path.Combine(folder.Path, "new.db") }),
            factory.CreateLogger<SqliteDatabase>());
        await using (await fresh.OpenAsync())
        {
        }

        Assert.Single(logs.Lines);
    }
}
