using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>The poll side of the feed store: seen keys, a poll's state saved atomically, pausing and resuming.</summary>
public sealed partial class SqliteFeedStore
{
    public async Task<IReadOnlySet<string>> SeenKeysAsync(long feedId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM feed_seen_keys WHERE feed_id = @id";
        command.Parameters.AddWithValue("@id", feedId);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task<bool> SavePollAsync(long feedId, FeedState state, IReadOnlyCollection<string> newKeys, IReadOnlyCollection<string> listedKeys,
        DateTimeOffset pruneBefore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(newKeys);
        ArgumentNullException.ThrowIfNull(listedKeys);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var h = state.Health;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var updated = await RunAsync(connection, transaction, """
            UPDATE feeds SET etag = @etag, last_modified_ms = @modified, consecutive_failures = @failures, last_error = @error,
                last_success_ms = @success, last_failure_ms = @failure
            WHERE id = @id
            """, cancellationToken, ("@id", feedId), ("@etag", state.ETag), ("@modified", state.LastModified?.ToUnixTimeMilliseconds()),
            ("@failures", h.ConsecutiveFailures), ("@error", h.LastError), ("@success", h.LastSuccessAt?.ToUnixTimeMilliseconds()),
            ("@failure", h.LastFailureAt?.ToUnixTimeMilliseconds()));
        if (updated == 0)
        {
            return false;
        }

        // The keys travel as JSON array parameters: no SQL built from values, whatever their number.
        await RunAsync(connection, transaction, """
            INSERT INTO feed_seen_keys (feed_id, key, first_seen_ms, last_listed_ms)
            SELECT @id, value, @now, @now FROM json_each(@new) WHERE true
            ON CONFLICT DO UPDATE SET last_listed_ms = excluded.last_listed_ms;
            UPDATE feed_seen_keys SET last_listed_ms = @now WHERE feed_id = @id AND key IN (SELECT value FROM json_each(@listed));
            DELETE FROM feed_seen_keys WHERE feed_id = @id AND last_listed_ms < @prune;
            """, cancellationToken, ("@id", feedId), ("@now", now), ("@new", JsonArray(newKeys)), ("@listed", JsonArray(listedKeys)),
            ("@prune", pruneBefore.ToUnixTimeMilliseconds()));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> PauseAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return await ExecuteAsync("UPDATE feeds SET paused_reason = @reason, paused_ms = @now WHERE id = @id AND paused_reason IS NULL",
            cancellationToken, ("@id", id), ("@reason", reason), ("@now", time.GetUtcNow().ToUnixTimeMilliseconds())) > 0;
    }

    public async Task<StoredFeed?> ResumeAsync(long id, CancellationToken cancellationToken = default) =>
        await QueryAsync($"""
            UPDATE feeds SET paused_reason = NULL, paused_ms = NULL, consecutive_failures = 0, last_error = NULL WHERE id = @id
            RETURNING {Columns}
            """, cancellationToken, ("@id", id)) is [var one] ? one : null;

    private static string JsonArray(IReadOnlyCollection<string> values) => JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyCollectionString);
}
