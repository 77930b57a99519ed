using Microsoft.Data.Sqlite;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary><see cref="IFeedStore"/> in NewsBot's SQLite file (tables from migration 004). Polls' state is in SqliteFeedStore.Poll.cs.</summary>
public sealed partial class SqliteFeedStore(SqliteDatabase database, TimeProvider time) : IFeedStore
{
    private const string Columns = """
        id, url, name, guild_id, channel_id, poll_interval_s, added_by, created_ms, etag, last_modified_ms,
        consecutive_failures, last_error, last_success_ms, last_failure_ms, paused_reason
        """;

    public async Task<StoredFeed?> AddAsync(NewFeed feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var found = await QueryAsync($"""
            INSERT INTO feeds (url, url_key, name, guild_id, channel_id, poll_interval_s, added_by, created_ms)
            VALUES (@url, @key, @name, @guild, @channel, @interval, @by, @now)
            ON CONFLICT DO NOTHING
            RETURNING {Columns}
            """, cancellationToken, NewFeedParameters(feed));
        return found is [var added] ? added : null;
    }

    public async Task<StoredFeed> UpsertConfiguredAsync(NewFeed feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var found = await QueryAsync($"""
            INSERT INTO feeds (url, url_key, name, guild_id, channel_id, poll_interval_s, added_by, created_ms)
            VALUES (@url, @key, @name, @guild, @channel, @interval, @by, @now)
            ON CONFLICT (coalesce(guild_id, ''), url_key) DO UPDATE SET
                poll_interval_s = excluded.poll_interval_s, channel_id = coalesce(excluded.channel_id, channel_id)
            RETURNING {Columns}
            """, cancellationToken, NewFeedParameters(feed));
        return found[0];
    }

    public async Task<StoredFeed?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM feeds WHERE id = @id", cancellationToken, ("@id", id)) is [var one] ? one : null;

    public async Task<StoredFeed?> FindAsync(string? guildId, Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var found = await QueryAsync($"""
            SELECT {Columns} FROM feeds WHERE url_key = @key AND (guild_id IS NULL OR guild_id = @guild)
            ORDER BY guild_id IS NULL LIMIT 1
            """, cancellationToken, ("@key", UrlCanonicalizer.IdentityKey(url)), ("@guild", guildId));
        return found is [var one] ? one : null;
    }

    public Task<IReadOnlyList<StoredFeed>> ListAsync(string? guildId, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM feeds WHERE @guild IS NULL OR guild_id IS NULL OR guild_id = @guild ORDER BY id",
            cancellationToken, ("@guild", guildId));

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM feeds WHERE id = @id", cancellationToken, ("@id", id)) > 0;

    private (string, object?)[] NewFeedParameters(NewFeed feed) =>
    [
        ("@url", feed.Url.AbsoluteUri), ("@key", UrlCanonicalizer.IdentityKey(feed.Url)), ("@name", feed.Name), ("@guild", feed.GuildId),
        ("@channel", feed.ChannelId), ("@interval", feed.PollInterval is { } i ? (long)i.TotalSeconds : null), ("@by", feed.AddedBy),
        ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()),
    ];

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await RunAsync(connection, null, sql, cancellationToken, parameters);
    }

    private static async Task<int> RunAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StoredFeed>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, parameters);
        var list = new List<StoredFeed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateTimeOffset? Time(int i) => reader.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));
            var health = new FeedHealth(reader.GetInt32(10), Text(11), Time(12), Time(13));
            list.Add(new StoredFeed(reader.GetInt64(0), new Uri(reader.GetString(1)), Text(2), Text(3), Text(4),
                reader.IsDBNull(5) ? null : TimeSpan.FromSeconds(reader.GetInt64(5)), Text(6), Time(7)!.Value, Text(8), Time(9), health, Text(14)));
        }

        return list;
    }

    private static void Add(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
