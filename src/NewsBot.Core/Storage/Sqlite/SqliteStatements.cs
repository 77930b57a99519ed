using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Named statements prepared once for a batch inside one transaction, run with positional values (null becomes NULL).
/// Keeps writers free of parameter plumbing.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public void Prepare(string name, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }

        _commands.Add(name, command);
    }

    public int Execute(string name, params object?[] values) => Bind(name, values).ExecuteNonQuery();

    public object? Scalar(string name, params object?[] values) => Bind(name, values).ExecuteScalar() is { } value and not DBNull ? value : null;

    public SqliteDataReader Reader(string name, params object?[] values) => Bind(name, values).ExecuteReader();

    public List<long> Column(string name, params object?[] values)
    {
        var list = new List<long>();
        using var reader = Reader(name, values);
        while (reader.Read())
        {
            list.Add(reader.GetInt64(0));
        }

        return list;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private SqliteCommand Bind(string name, object?[] values)
    {
        var command = _commands[name];
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException($"Statement {name} takes {command.Parameters.Count} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
