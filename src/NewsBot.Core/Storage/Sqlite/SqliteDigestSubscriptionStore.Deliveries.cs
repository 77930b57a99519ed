using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Digests.Subscriptions;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The delivery ledger: one row per subscription and slot, claimed in a transaction so a slot is posted once, and the
/// articles each channel has been shown, so the next digest skips them.
/// </summary>
public sealed partial class SqliteDigestSubscriptionStore
{
    public async Task<DigestDelivery> ClaimAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO digest_deliveries (subscription_id, slot_ms, state, nonce, created_ms)
                VALUES (@id, @slot, 'pending', @nonce, @now) ON CONFLICT DO NOTHING;
                UPDATE digest_deliveries SET attempts = attempts + 1
                WHERE subscription_id = @id AND slot_ms = @slot AND state IN ('pending', 'failed');
                """;
            Add(insert, ("@id", subscriptionId), ("@slot", slot.ToUnixTimeMilliseconds()), ("@nonce", DeliveryNonce.For(subscriptionId, slot)),
                ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT state, nonce, attempts, message_ids, detail FROM digest_deliveries WHERE subscription_id = @id AND slot_ms = @slot";
        Add(select, ("@id", subscriptionId), ("@slot", slot.ToUnixTimeMilliseconds()));
        DigestDelivery delivery;
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            delivery = new DigestDelivery(subscriptionId, slot, Enum.Parse<DeliveryState>(reader.GetString(0), ignoreCase: true), reader.GetString(1),
                reader.GetInt32(2), reader.IsDBNull(3) ? [] : reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries), reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        await transaction.CommitAsync(cancellationToken);
        return delivery;
    }

    public async Task FinishAsync(long subscriptionId, DateTimeOffset slot, DeliveryState state, string? detail, IReadOnlyList<string> messageIds,
        string channelId, IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        ArgumentNullException.ThrowIfNull(articleIds);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = """
                UPDATE digest_deliveries SET state = @state, detail = @detail, message_ids = @messages, finished_ms = @now
                WHERE subscription_id = @id AND slot_ms = @slot
                """;
            Add(update, ("@id", subscriptionId), ("@slot", slot.ToUnixTimeMilliseconds()), ("@state", state.ToString().ToLowerInvariant()),
                ("@detail", detail), ("@messages", messageIds.Count == 0 ? null : string.Join(',', messageIds)), ("@now", now));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        if (state == DeliveryState.Posted && articleIds.Count > 0)
        {
            await using var posted = connection.CreateCommand();
            posted.Transaction = transaction;
            posted.CommandText = "INSERT INTO digest_posted_articles (channel_id, article_id, posted_ms) VALUES (@channel, @article, @now) ON CONFLICT DO NOTHING";
            var article = posted.Parameters.Add("@article", SqliteType.Integer);
            Add(posted, ("@channel", channelId), ("@now", now));
            foreach (var id in articleIds)
            {
                article.Value = id;
                await posted.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> LastPostedAsync(string channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT max(d.finished_ms) FROM digest_deliveries d JOIN digest_subscriptions s ON s.id = d.subscription_id
            WHERE s.channel_id = @channel AND d.state = 'posted'
            """;
        Add(command, ("@channel", channelId));
        return await command.ExecuteScalarAsync(cancellationToken) is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public async Task<IReadOnlySet<long>> PostedArticlesAsync(string channelId, IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var posted = new HashSet<long>();
        if (articleIds.Count == 0)
        {
            return posted;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The ids travel as one JSON array parameter: no SQL built from values, whatever their number.
        command.CommandText = "SELECT article_id FROM digest_posted_articles WHERE channel_id = @channel AND article_id IN (SELECT value FROM json_each(@ids))";
        Add(command, ("@channel", channelId), ("@ids", "[" + string.Join(',', articleIds.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            posted.Add(reader.GetInt64(0));
        }

        return posted;
    }
}
