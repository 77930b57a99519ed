using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 007 on a database made by the previous release (schema 5), where quotes_extracted was 0 or 1.</summary>
public sealed class QuoteRulesVersionMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-v5-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Schema 5 with two articles: one whose quotes were extracted, one stored before quotes existed.</summary>
    private static void CreateVersion5Database(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        var assembly = typeof(SqliteMigrator).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Migrations.00", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(5))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            Run(connection, reader.ReadToEnd());
        }

        Run(connection, """
            INSERT INTO articles (key, source, title, language, language_confidence, indexed_ms, updated_ms, words, content_hash, body, layout, quotes_extracted)
            VALUES ('aaaaaaa', 'a.txt', 'A', 'en', 1, 0, 0, 1, 'ha', 'A.', x'', 1),
                   ('bbbbbbb', 'b.txt', 'B', 'en', 1, 0, 0, 1, 'hb', 'B.', x'', 0);
            PRAGMA user_version = 5;
            """);
    }

    [Fact]
    public async Task Open_Version5Database_ExtractedArticlesAreAtRulesVersion1()
    {
        var path = Path.Combine(_folder, "v5.db");
        CreateVersion5Database(path);
        SqliteConnection.ClearAllPools();
        var quotes = new SqliteQuoteStore(new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = path })));

        Assert.Equal(1, await quotes.CountStaleArticlesAsync(1)); // b: never extracted
        Assert.Equal(2, await quotes.CountStaleArticlesAsync(2)); // both, once rules 2 ship
        Assert.Equal(2, (await quotes.ListStaleArticlesAsync(2, afterId: 1, limit: 10)).Single());
    }
}
