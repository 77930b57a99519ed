using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 002 on a database made by the previous version, and the query it exists for.</summary>
public sealed class IndexedSinceMigrationTests
{
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
    public async Task Open_Version1Database_MigratesAndTheIndexedSinceQueryUsesTheIndex()
    {
        // A database as NewsBot left it before migration 2: schema 001 only.
        using var old = new OldSchemaDatabase(1);
        var database = old.Open();
        var store = new SqliteArticleStore(database, TimeProvider.System);

        var articles = await store.ListIndexedSinceAsync(DateTimeOffset.UnixEpoch, 10);

        Assert.Empty(articles);
        using var upgraded = database.Open();
        Assert.Equal(SqliteMigrator.LatestVersion, SqliteMigrator.CurrentVersion(upgraded));
        Assert.Contains(Plan(upgraded), step => step.Contains("ix_articles_indexed", StringComparison.Ordinal));
    }
}
