using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

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

    /// <summary>A database as NewsBot left it before migration 2: schema 001 only.</summary>
    private static void CreateVersion1Database(string path)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream("NewsBot.Core.Storage.Sqlite.Migrations.001_articles.sql")!;
        using var reader = new StreamReader(stream);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        Scalar(connection, reader.ReadToEnd() + ";\nPRAGMA user_version = 1;");
    }

    [Fact]
    public async Task Open_Version1Database_MigratesAndTheIndexedSinceQueryUsesTheIndex()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-v1-").FullName;
        try
        {
            var path = Path.Combine(folder, "v1.db");
            CreateVersion1Database(path);
            SqliteConnection.ClearAllPools();
            var database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = path }));
            var store = new SqliteArticleStore(database, TimeProvider.System);

            var articles = await store.ListIndexedSinceAsync(DateTimeOffset.UnixEpoch, 10);

            Assert.Empty(articles);
            using var upgraded = database.Open();
            Assert.Equal(SqliteMigrator.LatestVersion, SqliteMigrator.CurrentVersion(upgraded));
            Assert.Contains(Plan(upgraded), step => step.Contains("ix_articles_indexed", StringComparison.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
