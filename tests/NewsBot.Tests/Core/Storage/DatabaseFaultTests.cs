using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Tests.Core.Quotes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>
/// Faults of the database itself (a full disk) and articles that make SQLite roll the whole transaction back: a clear error
/// or the article alone reported, never a half-written batch or a damaged index.
/// </summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task SaveAsync_DiskFull_ClearErrorNothingOfTheBatchSavedAndIndexIntact()
    {
        await _index.IndexAsync(Ingest.SeedFolder.Path);
        var pages = (long?)await _index.ScalarAsync("PRAGMA page_count");
        // max_page_count is a setting of each connection: with it at the current size, the next pages cannot be written.
        _index.Database.AfterOpen = connection => Execute(connection, $"PRAGMA max_page_count = {pages}");
        var batch = Articles(40);

        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => _index.Store.SaveAsync(batch));

        Assert.Contains("full", error.Message, StringComparison.Ordinal);
        Assert.Contains("None of the 40 articles of this batch were saved", error.Message, StringComparison.Ordinal);
        Assert.Contains("Free some disk space, then run index again", error.Message, StringComparison.Ordinal);
        // Space freed: new connections (pooled ones kept the limit) save the same batch.
        _index.Database.AfterOpen = null;
        SqliteConnection.ClearAllPools();
        Assert.Equal(2, await _index.Store.CountAsync());
        await AssertIntactAsync();
        Assert.All(await _index.Store.SaveAsync(batch), r => Assert.Equal(SaveOutcome.Added, r.Outcome));
        Assert.Equal(42, await _index.Store.CountAsync());
    }

    [Fact]
    public async Task IndexPathsAsync_DiskFull_StopsWithTheStoreError()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-full-").FullName;
        try
        {
            for (var i = 0; i < 20; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"story-{i}.txt"), $"Harbour story {i}\n\n{Body(i)}");
            }

            var pages = (long?)await _index.ScalarAsync("PRAGMA page_count");
            _index.Database.AfterOpen = connection => Execute(connection, $"PRAGMA max_page_count = {pages}");

            var error = await Assert.ThrowsAsync<ArticleStoreException>(() => _index.IndexAsync(folder));

            Assert.StartsWith($"Could not write to the index {_index.DatabasePath}", error.Message, StringComparison.Ordinal);
            _index.Database.AfterOpen = null;
            Assert.Equal(0, await _index.Store.CountAsync());
            await AssertIntactAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SaveAsync_ArticleRollsBackWholeTransaction_ReportedAloneOthersSaved()
    {
        await using (var connection = await _index.Database.OpenAsync())
        {
            // RAISE(ROLLBACK) undoes the whole transaction, savepoints included, as SQLite may do by itself on some errors.
            Execute(connection, """
                CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.title LIKE 'Poison%'
                BEGIN SELECT RAISE(ROLLBACK, 'refused by the poison trigger'); END
                """);
        }

        var batch = Articles(6).ToList();
        var poison = QuoteArticles.Prepare(Body(99), "en", "Poison pill");
        batch.Insert(3, new ArticleToSave(poison with { Raw = poison.Raw with { Source = "poison.txt" } }, [], 1));

        var results = await _index.Store.SaveAsync(batch);

        Assert.Equal(SaveOutcome.Failed, results[3].Outcome);
        Assert.Contains("poison.txt: could not be saved", results[3].Problem, StringComparison.Ordinal);
        Assert.Contains("refused by the poison trigger", results[3].Problem, StringComparison.Ordinal);
        Assert.All(results.Where((_, i) => i != 3), r => Assert.Equal(SaveOutcome.Added, r.Outcome));
        Assert.Equal(6, await _index.Store.CountAsync());
        await AssertIntactAsync();
    }

    [Fact]
    public async Task SaveAsync_CommitRefused_ClearErrorNothingOfTheBatchSaved()
    {
        await using (var connection = await _index.Database.OpenAsync())
        {
            // A deferred foreign key is checked at COMMIT: the statements succeed and the commit itself fails.
            Execute(connection, """
                CREATE TABLE parents (id INTEGER PRIMARY KEY);
                CREATE TABLE children (parent INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED);
                CREATE TRIGGER orphan AFTER INSERT ON articles WHEN new.title LIKE 'Orphan%'
                BEGIN INSERT INTO children VALUES (12345); END
                """);
        }

        var batch = Articles(3).ToList();
        var orphan = QuoteArticles.Prepare(Body(77), "en", "Orphan record");
        batch.Add(new ArticleToSave(orphan with { Raw = orphan.Raw with { Source = "orphan.txt" } }, [], 1));

        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => _index.Store.SaveAsync(batch));

        Assert.Contains("FOREIGN KEY constraint failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("None of the 4 articles of this batch were saved", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _index.Store.CountAsync());
        await AssertIntactAsync();
        Assert.All(await _index.Store.SaveAsync(batch.Take(3).ToList()), r => Assert.Equal(SaveOutcome.Added, r.Outcome));
    }

    private static string Body(int i) =>
        string.Join(' ', Enumerable.Range(0, 60).Select(j => $"The harbour board met on day {i} and agreed plan number {j} for berth {i * 100 + j}."));

    private static IReadOnlyList<ArticleToSave> Articles(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var article = QuoteArticles.Prepare(Body(i), "en", $"Harbour story {i}");
        return new ArticleToSave(article with { Raw = article.Raw with { Source = $"harbour-{i}.txt" } }, [], 1);
    })];

    private async Task AssertIntactAsync()
    {
        Assert.Equal("ok", await _index.ScalarAsync("PRAGMA integrity_check"));
        // FTS5's own check, with rank 1 also against the articles it indexes (throws if they differ).
        await _index.ExecuteAsync("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
        await _index.ExecuteAsync("INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('integrity-check', 1)");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
