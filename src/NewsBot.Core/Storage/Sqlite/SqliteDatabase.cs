using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The NewsBot SQLite file: creates its folder, brings the schema up to date once (<see cref="SqliteMigrator"/>) and opens
/// pooled connections with foreign keys on. WAL mode lets readers (commands) run while indexing writes.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly Lazy<string> _connectionString;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        Path = path;
        _connectionString = new Lazy<string>(() => Initialize(path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public string ConnectionString => _connectionString.Value;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    private static string Initialize(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Seconds a statement waits for another writer (a second process indexing) before SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteMigrator.Migrate(connection);
        return connectionString;
    }
}
