using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Versioned schema: <c>PRAGMA user_version</c> is the number of the last migration applied; each embedded
/// <c>Migrations/NNN_name.sql</c> runs once, in its own transaction, in order. A database newer than this build is refused
/// rather than written by code that does not know its tables.
/// </summary>
public static class SqliteMigrator
{
    private static readonly Lazy<IReadOnlyList<(int Version, string Name, string Sql)>> Steps = new(Load);

    public static int LatestVersion => Steps.Value[^1].Version;

    /// <param name="upgrading">Told before each step that upgrades an existing database (from version, to version, step
    /// name), so a long one (migration 010 rebuilds the search index) is announced rather than silent; a new file is not.</param>
    public static void Migrate(SqliteConnection connection, Action<int, int, string>? upgrading = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The database {connection.DataSource} has schema version {current}, newer than this NewsBot ({LatestVersion}). Upgrade NewsBot, or point Storage:DatabasePath elsewhere."));
        }

        foreach (var (version, name, sql) in Steps.Value.Where(s => s.Version > current))
        {
            if (current > 0)
            {
                upgrading?.Invoke(version - 1, version, name);
            }

            using var transaction = connection.BeginTransaction();
            try
            {
                Execute(connection, sql, transaction);
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};"), transaction);
                transaction.Commit();
            }
            catch (SqliteException e)
            {
                throw new InvalidOperationException($"Database migration {version} ({name}) failed: {e.Message}", e);
            }
        }
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        const string prefix = "NewsBot.Core.Storage.Sqlite.Migrations.";
        var steps = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            steps.Add((version, name, reader.ReadToEnd()));
        }

        steps.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3...; found {steps[i].Item2} at position {i + 1}.");
            }
        }

        return steps;
    }
}
