using Microsoft.Data.Sqlite;
using NewsBot.Core.Digests.Subscriptions;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// <see cref="IDigestSubscriptionStore"/> in NewsBot's SQLite file (tables from migration 003): the subscriptions here, the
/// delivery ledger in the Deliveries part.
/// </summary>
public sealed partial class SqliteDigestSubscriptionStore(SqliteDatabase database, TimeProvider time) : IDigestSubscriptionStore
{
    private const string Columns = "id, guild_id, channel_id, schedule, cron, time_zone, language, topic, max_stories, min_stories, created_by, created_ms, paused_reason";

    public async Task<DigestSubscription> AddAsync(NewDigestSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO digest_subscriptions (guild_id, channel_id, schedule, cron, time_zone, language, topic, max_stories, min_stories, created_by, created_ms)
            VALUES (@guild, @channel, @schedule, @cron, @zone, @language, @topic, @max, @min, @by, @now)
            RETURNING {Columns}
            """;
        var s = subscription;
        Add(command, ("@guild", s.GuildId), ("@channel", s.ChannelId), ("@schedule", s.Schedule), ("@cron", s.Cron), ("@zone", s.TimeZone),
            ("@language", s.Language), ("@topic", s.Topic), ("@max", s.MaxStories), ("@min", s.MinStories), ("@by", s.CreatedBy),
            ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()));
        return (await ReadAsync(command, cancellationToken))[0];
    }

    public async Task<DigestSubscription?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM digest_subscriptions WHERE id = @id";
        Add(command, ("@id", id));
        return await ReadAsync(command, cancellationToken) is [var one] ? one : null;
    }

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(string? guildId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM digest_subscriptions WHERE @guild IS NULL OR guild_id = @guild ORDER BY id";
        Add(command, ("@guild", guildId));
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM digest_subscriptions WHERE id = @id", cancellationToken, ("@id", id)) > 0;

    public Task SetPausedAsync(long id, string? reason, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE digest_subscriptions SET paused_reason = @reason, paused_ms = CASE WHEN @reason IS NULL THEN NULL ELSE @now END WHERE id = @id",
            cancellationToken, ("@id", id), ("@reason", reason), ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()));

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static async Task<IReadOnlyList<DigestSubscription>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<DigestSubscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            list.Add(new DigestSubscription(reader.GetInt64(0), Text(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                Text(6), Text(7), reader.GetInt32(8), reader.GetInt32(9), Text(10), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)), Text(12)));
        }

        return list;
    }
}
