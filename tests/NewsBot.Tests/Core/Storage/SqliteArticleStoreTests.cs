using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Core.Ingest.Readers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

public sealed class SqliteArticleStoreTests
{
    [Fact]
    public async Task IndexSeeds_NewDatabase_StoresTitlesLanguagesAndSentences()
    {
        using var index = new TestIndex();

        var report = await index.IndexAsync(SeedFolder.Path);

        Assert.Equal(2, report.Added);
        Assert.Empty(report.Problems);
        var articles = await index.Store.ListAsync(new ArticleListQuery());
        var english = Assert.Single(articles, a => a.Language == "en");
        var french = Assert.Single(articles, a => a.Language == "fr");
        Assert.Equal("Binance Denies Sharing User Data With Russian Agencies", english.Title);
        Assert.StartsWith("Binance", french.Title, StringComparison.Ordinal);
        Assert.All(articles, a => Assert.Equal(ArticleKey.DefaultLength, a.Key.Length));
        Assert.All(articles, a => Assert.True(a.Words > 100, $"{a.Title}: {a.Words} words"));

        var detail = await index.Store.GetDetailAsync(english.Id);
        Assert.NotNull(detail);
        Assert.True(detail.Sentences.Count > 10);
        Assert.All(detail.Sentences, s => Assert.Equal(detail.Body[s.Start..s.End], s.Text));
        Assert.DoesNotContain(detail.Sentences, s => s.Text.Contains("Trending Stories", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetDetailsAsync_SeveralIds_OneReadInTheirOrderMissingOnesLeftOut()
    {
        using var index = new TestIndex();
        await index.IndexAsync(SeedFolder.Path);
        var ids = (await index.Store.ListAsync(new ArticleListQuery())).Select(a => a.Id).Order().ToList();

        var details = await index.Store.GetDetailsAsync([ids[1], 999_999, ids[0]]);

        Assert.Equal([ids[1], ids[0]], details.Select(d => d.Article.Id));
        foreach (var detail in details)
        {
            var single = await index.Store.GetDetailAsync(detail.Article.Id);
            Assert.Equal(single!.Body, detail.Body);
            Assert.Equal(single.Sentences, detail.Sentences);
            Assert.Equal(single.Article, detail.Article);
        }

        Assert.Empty(await index.Store.GetDetailsAsync([]));
    }

    [Fact]
    public async Task Open_NewPath_CreatesFolderInWalModeAtLatestSchema()
    {
        using var index = new TestIndex();

        await index.Store.CountAsync();

        Assert.True(File.Exists(index.DatabasePath));
        using var connection = index.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        Assert.Equal(SqliteMigrator.LatestVersion, SqliteMigrator.CurrentVersion(connection));
    }

    [Fact]
    public async Task Open_DatabaseFromNewerVersion_IsRefusedWithAClearMessage()
    {
        using var index = new TestIndex();
        await index.Store.CountAsync();
        using (var connection = index.Database.Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var again = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new NewsBot.Core.Storage.StorageOptions { DatabasePath = index.DatabasePath }));

        var error = Assert.Throws<InvalidOperationException>(() => again.Open());
        Assert.Contains("newer than this NewsBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_SameContent_IsNoOp()
    {
        using var index = new TestIndex();
        await index.IndexAsync(SeedFolder.Path);
        var before = await index.Store.ListAsync(new ArticleListQuery());

        var report = await index.IndexAsync(SeedFolder.Path);

        Assert.Equal((0, 0, 2), (report.Added, report.Updated, report.Unchanged));
        var after = await index.Store.ListAsync(new ArticleListQuery());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Reindex_ChangedContentAtSameSource_UpdatesArticleAndKeepsKey()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        var path = folder.Write("rates.txt", "Central bank raises rates\n\nThe central bank raised its main rate to 4.5% on Thursday. Markets had expected it.");
        await index.IndexAsync(path);
        var first = Assert.Single(await index.Store.ListAsync(new ArticleListQuery()));

        folder.Write("rates.txt", "Central bank raises rates again\n\nThe central bank raised its main rate to 4.75% on Friday. Economists were surprised.");
        var report = await index.IndexAsync(path);

        Assert.Equal(1, report.Updated);
        var second = Assert.Single(await index.Store.ListAsync(new ArticleListQuery()));
        Assert.Equal((first.Id, first.Key), (second.Id, second.Key));
        Assert.Equal("Central bank raises rates again", second.Title);
        var hits = await index.Store.SearchAsync(new NewsBot.Core.Search.SearchRequest(NewsBot.Core.Search.SearchQueryParser.Parse("economists")));
        Assert.Single(hits);
        Assert.Empty(await index.Store.SearchAsync(new NewsBot.Core.Search.SearchRequest(NewsBot.Core.Search.SearchQueryParser.Parse("expected"))));
    }

    [Fact]
    public async Task Index_SameContentAtTwoSources_KeepsOneArticle()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        const string text = "Storm hits the coast\n\nA powerful storm hit the coast on Monday. Thousands lost power overnight.";
        folder.Write("a.txt", text);
        folder.Write("copy.txt", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var report = await index.IndexAsync(folder.Path);

        Assert.Equal((1, 1), (report.Added, report.Duplicates));
        Assert.Equal(1, await index.Store.CountAsync());
    }

    [Fact]
    public async Task Find_ByKeyAnyCaseOrExternalId_ReturnsArticle()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        var path = folder.Write("news.jsonl", """{"id":"wire-42","title":"Port strike ends","text":"Dock workers ended their strike on Tuesday after a pay deal. Ships began unloading at dawn."}""" + "\n");
        await index.IndexAsync(path);
        var article = Assert.Single(await index.Store.ListAsync(new ArticleListQuery()));

        Assert.Equal("wire-42", article.ExternalId);
        Assert.Equal(article.Id, (await index.Store.FindAsync(article.Key.ToUpperInvariant()))?.Id);
        Assert.Equal(article.Id, (await index.Store.FindAsync("wire-42"))?.Id);
        Assert.Null(await index.Store.FindAsync("nope"));
    }

    [Fact]
    public void ArticleKey_SameSource_IsStableAndTypeable()
    {
        var key = ArticleKey.For("/data/news/a.txt");

        Assert.Equal(key, ArticleKey.For("/data/news/a.txt"));
        Assert.NotEqual(key, ArticleKey.For("/data/news/b.txt"));
        Assert.Matches("^[0-9a-hjkmnp-tv-z]{7}$", key);
        Assert.True(ArticleKey.LooksLikeKey(key));
        Assert.StartsWith(key, ArticleKey.For("/data/news/a.txt", 9), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_SeveralPooledConnectionsAtOnce_EverySyncsNormallyWithLargeCheckpoints()
    {
        using var index = new TestIndex();
        await index.Store.CountAsync();

        // Held open together, so the pool must create new connections beside the one that ran the migrations.
        await using var first = await index.Database.OpenAsync();
        await using var second = await index.Database.OpenAsync();
        await using var third = await index.Database.OpenAsync();

        foreach (var connection in new[] { first, second, third })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            Assert.Equal(16384L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task SaveAsync_NewArticles_MarkedWithTheQuoteRulesVersionAndFtsSettingsApplied()
    {
        using var index = new TestIndex();

        await index.IndexAsync(SeedFolder.Path);

        await using var connection = await index.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM articles WHERE quote_rules_version <> $version),
                   (SELECT v FROM articles_fts_config WHERE k = 'automerge'),
                   (SELECT v FROM articles_fts_config WHERE k = 'hashsize')
            """;
        command.Parameters.AddWithValue("$version", NewsBot.Core.Quotes.QuoteExtractor.CurrentRulesVersion);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0));
        Assert.Equal(8L, reader.GetInt64(1));
        Assert.Equal(16L * 1024 * 1024, reader.GetInt64(2));
    }
}
