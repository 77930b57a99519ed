using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 002 on a database made by the previous version, and the query it exists for.</summary>
public sealed class IndexedSinceMigrationTests
{
    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static List<string> Plan(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM articles a WHERE a.indexed_ms >= 0 ORDER BY a.indexed_ms DESC, a.id DESC LIMIT 5";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(3));
        }

        return rows;
    }

    [Fact]
    public async Task Open_Version1DatabaseWithArticles_AddsTheIndexAndKeepsThem()
    {
        using var index = new TestIndex();
        await index.IndexAsync(SeedFolder.Path);
        using (var connection = index.Database.Open())
        {
            // Back to what NewsBot before digests left on disk.
            Scalar(connection, "DROP INDEX ix_articles_indexed; PRAGMA user_version = 1;");
        }

        SqliteConnection.ClearAllPools();
        var reopened = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = index.DatabasePath }));
        var store = new SqliteArticleStore(reopened, TimeProvider.System);

        var articles = await store.ListIndexedSinceAsync(DateTimeOffset.UnixEpoch, 10);

        Assert.Equal(2, articles.Count);
        using var upgraded = reopened.Open();
        Assert.Equal(SqliteMigrator.LatestVersion, SqliteMigrator.CurrentVersion(upgraded));
        Assert.Contains(Plan(upgraded), step => step.Contains("ix_articles_indexed", StringComparison.Ordinal));
    }
}
