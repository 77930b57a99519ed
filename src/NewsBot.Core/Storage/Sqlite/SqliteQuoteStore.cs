using Microsoft.Data.Sqlite;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// <see cref="IQuoteStore"/> on the NewsBot SQLite file. Quotes are listed here; speaker lookups are in
/// SqliteQuoteStore.Speakers.cs. Id lists travel as one JSON array parameter (<c>json_each</c>), never as SQL text.
/// </summary>
public sealed partial class SqliteQuoteStore(SqliteDatabase database) : IQuoteStore
{
    private const string QuoteColumns =
        "q.id, q.start, q.\"end\", q.text, q.kind, q.speaker_id, coalesce(s.name, ''), q.mention, q.cue, q.role, q.affiliation, " +
        "q.affiliation_id, q.language, q.confidence";

    public async Task<IReadOnlyList<StoredQuote>> ListAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SqliteArticleStore.ArticleColumns}, {QuoteColumns}
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
            WHERE (@speakers IS NULL OR q.speaker_id IN (SELECT value FROM json_each(@speakers))
                   OR (@staff AND q.affiliation_id IN (SELECT value FROM json_each(@speakers))))
              AND (@articles IS NULL OR q.article_id IN (SELECT value FROM json_each(@articles)))
              AND (@kind IS NULL OR q.kind = @kind)
              AND (@language IS NULL OR q.language = @language)
            ORDER BY CASE WHEN @speakers IS NULL OR q.speaker_id IN (SELECT value FROM json_each(@speakers)) THEN 0 ELSE 1 END,
                     coalesce(a.published_ms, a.indexed_ms) DESC, a.id DESC, q.start
            LIMIT @limit OFFSET @offset
            """;
        command.Parameters.AddWithValue("@speakers", (object?)SqliteIdList.Of(query.SpeakerIds) ?? DBNull.Value);
        command.Parameters.AddWithValue("@staff", query.IncludeStaff);
        command.Parameters.AddWithValue("@articles", (object?)SqliteIdList.Of(query.ArticleIds) ?? DBNull.Value);
        command.Parameters.AddWithValue("@kind", query.Kind is { } kind ? QuoteKinds.ToStorage(kind) : DBNull.Value);
        command.Parameters.AddWithValue("@language", (object?)query.Language?.ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", Math.Clamp(query.Limit, 0, QuoteQuery.MaxLimit));
        command.Parameters.AddWithValue("@offset", Math.Max(0, query.Offset));
        var quotes = new List<StoredQuote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            quotes.Add(ReadQuote(reader));
        }

        return quotes;
    }

    public async Task<IReadOnlyList<(string Kind, string Language, int Count)>> CountByKindAndLanguageAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, language, count(*) FROM quotes GROUP BY kind, language ORDER BY kind, language";
        var counts = new List<(string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return counts;
    }

    private static StoredQuote ReadQuote(SqliteDataReader reader)
    {
        const int Q = 14; // after the article columns
        string? Text(int i) => reader.IsDBNull(Q + i) ? null : reader.GetString(Q + i);
        long? Id(int i) => reader.IsDBNull(Q + i) ? null : reader.GetInt64(Q + i);
        if (!QuoteKinds.TryParse(reader.GetString(Q + 4), out var kind))
        {
            throw new InvalidDataException($"Unknown quote kind '{reader.GetString(Q + 4)}'; the database was written by another NewsBot.");
        }

        return new StoredQuote(reader.GetInt64(Q), SqliteArticleStore.ReadArticle(reader), reader.GetInt32(Q + 1), reader.GetInt32(Q + 2),
            reader.GetString(Q + 3), kind, Id(5), reader.GetString(Q + 6), reader.GetString(Q + 7), Text(8), Text(9), Text(10), Id(11),
            reader.GetString(Q + 12), reader.GetDouble(Q + 13));
    }
}
