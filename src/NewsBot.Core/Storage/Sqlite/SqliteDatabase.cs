using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The NewsBot SQLite file: creates its folder, brings the schema up to date once (<see cref="SqliteMigrator"/>) and opens
/// pooled connections with foreign keys on. WAL mode lets readers (commands) run while indexing writes.
/// </summary>
public sealed partial class SqliteDatabase
{
    private readonly Lazy<string> _connectionString;
    private readonly ILogger _logger;

    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        Path = path;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _connectionString = new Lazy<string>(() => Initialize(path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public string ConnectionString => _connectionString.Value;

    /// <summary>For tests: runs on every connection opened, after NewsBot's own settings (e.g. a page limit that fills the "disk").</summary>
    internal Action<SqliteConnection>? AfterOpen { get; set; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        Configure(connection);
        AfterOpen?.Invoke(connection);
        return connection;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        Configure(connection);
        AfterOpen?.Invoke(connection);
        return connection;
    }

    /// <summary>
    /// Settings of each connection, not of the file. <c>synchronous</c>: without this, any pooled connection but the one that
    /// ran the migrations would sync the WAL to disk at every commit (FULL, SQLite's default); NORMAL in WAL mode syncs at
    /// checkpoints only: a power cut may lose the last transactions, never corrupt the database. <c>wal_autocheckpoint</c>:
    /// a checkpoint (two syncs) once the WAL holds 64 MiB instead of 4 MiB, so bulk indexing, which writes about 9 KiB per
    /// article, waits on the disk about 16 times less often.
    /// </summary>
    private static void Configure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384;";
        command.ExecuteNonQuery();
    }

    private string Initialize(string path)
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
        SqliteMigrator.Migrate(connection, (from, to, step) => Upgrading(path, from, to, step));
        return connectionString;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgrading the database {Path} from schema {From} to {To} ({Step}); a large database may take a minute")]
    private partial void Upgrading(string path, int from, int to, string step);
}
