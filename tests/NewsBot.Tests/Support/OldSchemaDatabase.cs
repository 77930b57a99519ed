using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Tests.Support;

/// <summary>
/// A database file as an earlier release left it: the first <c>version</c> migration scripts applied by hand, then the rows
/// that release would have written. Opening it with <see cref="Open"/> runs the newer migrations, as an upgrade does.
/// Deleted when the test ends.
/// </summary>
internal sealed class OldSchemaDatabase : IDisposable
{
    private readonly string _folder;

    public OldSchemaDatabase(int version, string rows = "")
    {
        _folder = Directory.CreateTempSubdirectory($"newsbot-v{version}-").FullName;
        Path = System.IO.Path.Combine(_folder, $"v{version}.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path }.ToString()))
        {
            connection.Open();
            var assembly = typeof(SqliteMigrator).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Migrations.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).Take(version))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                Execute(connection, reader.ReadToEnd());
            }

            Execute(connection, $"{rows}\nPRAGMA user_version = {version};");
        }

        // The pooled connection of the hand-made file must not be reused by the upgrade.
        SqliteConnection.ClearAllPools();
    }

    public string Path { get; }

    /// <summary>The database as the current release opens it (migrations run on first use).</summary>
    public SqliteDatabase Open(Microsoft.Extensions.Logging.ILogger<SqliteDatabase>? logger = null) =>
        new(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = Path }), logger);

    /// <summary>One stored article ("Harbour reopens", key aaaaaaa, source a.txt) in the columns every schema since 7 has.</summary>
    public const string HarbourArticle = """
        INSERT INTO articles (key, source, title, language, language_confidence, indexed_ms, updated_ms, words, content_hash, body, layout, quote_rules_version)
        VALUES ('aaaaaaa', 'a.txt', 'Harbour reopens', 'en', 1, 1, 1, 4, 'ha', 'The harbour reopened on Tuesday.', x'', 2);
        """;

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
