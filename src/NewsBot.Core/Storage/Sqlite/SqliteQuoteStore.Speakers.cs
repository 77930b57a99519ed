using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteQuoteStore
{
    /// <summary>Unit separator: cannot occur in a normalised alias (letters, digits and spaces only).</summary>
    private const string AliasSeparator = "\u001f";

    private const string SpeakerColumns = """
        s.id, s.name, s.key, s.kind, s.affiliation,
        (SELECT count(*) FROM quotes WHERE speaker_id = s.id) AS quotes,
        (SELECT count(DISTINCT article_id) FROM quotes WHERE speaker_id = s.id) AS articles,
        (SELECT count(*) FROM quotes WHERE affiliation_id = s.id) AS staff,
        (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM speaker_aliases WHERE speaker_id = s.id ORDER BY alias)) AS aliases
        """;

    public async Task<IReadOnlyList<SpeakerInfo>> ListSpeakersAsync(IReadOnlyList<long>? articleIds, int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Counted in one pass over the (filtered) quotes; aliases only for the page shown.
        command.CommandText = """
            WITH picked AS (SELECT * FROM quotes WHERE @articles IS NULL OR article_id IN (SELECT value FROM json_each(@articles))),
            own AS (SELECT speaker_id AS id, count(*) AS n, count(DISTINCT article_id) AS articles FROM picked WHERE speaker_id IS NOT NULL GROUP BY speaker_id),
            staff AS (SELECT affiliation_id AS id, count(*) AS n FROM picked WHERE affiliation_id IS NOT NULL GROUP BY affiliation_id)
            SELECT s.id, s.name, s.key, s.kind, s.affiliation, coalesce(own.n, 0), coalesce(own.articles, 0), coalesce(staff.n, 0),
                   (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM speaker_aliases WHERE speaker_id = s.id ORDER BY alias))
            FROM speakers s LEFT JOIN own ON own.id = s.id LEFT JOIN staff ON staff.id = s.id
            WHERE own.id IS NOT NULL OR staff.id IS NOT NULL
            ORDER BY coalesce(own.n, 0) + coalesce(staff.n, 0) DESC, s.key
            LIMIT @limit OFFSET @offset
            """;
        command.Parameters.AddWithValue("@articles", (object?)SqliteIdList.Of(articleIds) ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", Math.Clamp(limit, 0, QuoteQuery.MaxLimit));
        command.Parameters.AddWithValue("@offset", Math.Max(0, offset));
        return [.. (await ReadSpeakersAsync(command, cancellationToken)).Select(s => s.Speaker)];
    }

    public async Task<IReadOnlyList<SpeakerInfo>> FindSpeakersAsync(string name, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = SpeakerName.Normalize(name);
        if (key.Length == 0)
        {
            return [];
        }

        // The typed name, and its leading words when the rest is a legal suffix ("acme" for "Acme Corp").
        var words = key.Split(' ');
        var keys = Enumerable.Range(1, words.Length).Select(n => string.Join(' ', words[..n])).Where(k => SpeakerMatcher.Matches(key, k)).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH wanted AS (SELECT value AS key FROM json_each(@keys)),
            found AS (
                SELECT id, CASE WHEN key = @key THEN 0 ELSE 1 END AS rank FROM speakers WHERE key IN (SELECT key FROM wanted)
                UNION ALL
                SELECT speaker_id, 2 FROM speaker_aliases WHERE alias IN (SELECT key FROM wanted))
            SELECT {SpeakerColumns}, min(found.rank) AS rank
            FROM found JOIN speakers s ON s.id = found.id
            GROUP BY s.id
            ORDER BY rank, quotes + staff DESC, s.key
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("@keys", JsonArray(keys));
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@limit", Math.Clamp(limit, 0, QuoteQuery.MaxLimit));
        var found = await ReadSpeakersAsync(command, cancellationToken);
        return [.. found.Select(f => f.Speaker).Where(s => SpeakerMatcher.Matches(name, s.Name, s.Aliases))];
    }

    public async Task<IReadOnlyList<SpeakerInfo>> SuggestSpeakersAsync(string typed, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var prefix = SpeakerName.Normalize(typed);
        if (prefix.Length == 0)
        {
            return await ListSpeakersAsync(null, limit, 0, cancellationToken);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Keys and aliases hold only lower-case letters, digits and single spaces, so the prefix needs no LIKE escaping;
        // the range form uses the unique index on key.
        command.CommandText = $"""
            WITH found AS (
                SELECT id, 0 AS rank FROM speakers WHERE key >= @prefix AND key < @prefix || char(1114111)
                UNION ALL
                SELECT speaker_id, 1 FROM speaker_aliases WHERE alias >= @prefix AND alias < @prefix || char(1114111)
                UNION ALL
                SELECT id, 2 FROM speakers WHERE key LIKE '% ' || @prefix || '%')
            SELECT * FROM (
                SELECT {SpeakerColumns}, min(found.rank) AS rank
                FROM found JOIN speakers s ON s.id = found.id
                GROUP BY s.id)
            WHERE quotes + staff > 0
            ORDER BY rank, quotes + staff DESC, key
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("@prefix", prefix);
        command.Parameters.AddWithValue("@limit", Math.Clamp(limit, 0, QuoteQuery.MaxLimit));
        return [.. (await ReadSpeakersAsync(command, cancellationToken)).Select(s => s.Speaker)];
    }

    private static string JsonArray(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<List<(SpeakerInfo Speaker, int Rank)>> ReadSpeakersAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var speakers = new List<(SpeakerInfo, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var aliases = Text(8)?.Split(AliasSeparator) ?? [];
            speakers.Add((new SpeakerInfo(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(3), Text(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), aliases), reader.FieldCount > 9 ? reader.GetInt32(9) : 0));
        }

        return speakers;
    }
}
