using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// <see cref="IArticleStore"/> on one SQLite file (see <see cref="SqliteDatabase"/>). Reads are here; saving is in
/// SqliteArticleStore.Save.cs and full-text search in SqliteArticleStore.Search.cs. Thread-safe: every call opens its own
/// pooled connection.
/// </summary>
public sealed partial class SqliteArticleStore(SqliteDatabase database, TimeProvider time) : IArticleStore
{
    internal const string ArticleColumns =
        "a.id, a.key, a.external_id, a.title, a.language, a.language_confidence, a.source, a.source_name, a.url, " +
        "a.published_ms, a.indexed_ms, a.updated_ms, a.words, a.content_hash";

    public async Task<Article?> FindAsync(string keyOrExternalId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyOrExternalId);
        var wanted = keyOrExternalId.Trim();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A key is matched case-insensitively (people retype them); an external id exactly, as the source wrote it.
        command.CommandText = $"""
            SELECT {ArticleColumns} FROM articles a WHERE a.key = lower(@id)
            UNION ALL
            SELECT * FROM (SELECT {ArticleColumns} FROM articles a WHERE a.external_id = @id ORDER BY a.id LIMIT 1)
            LIMIT 1
            """;
        command.Parameters.AddWithValue("@id", wanted);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadArticle(reader) : null;
    }

    public async Task<ArticleDetail?> GetDetailAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns}, a.body, a.layout FROM articles a WHERE a.id = @id";
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return ReadDetail(reader);
    }

    public async Task<IReadOnlyList<ArticleDetail>> GetDetailsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns}, a.body, a.layout FROM json_each(@ids) j JOIN articles a ON a.id = j.value ORDER BY j.key";
        command.Parameters.AddWithValue("@ids", SqliteIdList.Of(ids));
        var details = new List<ArticleDetail>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            details.Add(ReadDetail(reader));
        }

        return details;
    }

    private static ArticleDetail ReadDetail(SqliteDataReader reader)
    {
        var body = reader.GetString(14);
        var (paragraphs, sentences) = ArticleLayoutCodec.Decode((byte[])reader.GetValue(15), body);
        return new ArticleDetail(ReadArticle(reader), body, paragraphs, sentences);
    }

    public async Task<IReadOnlyList<Article>> ListAsync(ArticleListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns} FROM articles a
            WHERE {Filters}
            ORDER BY coalesce(a.published_ms, a.indexed_ms) DESC, a.id DESC
            LIMIT @limit OFFSET @offset
            """;
        AddFilters(command, query.Language, query.Since, query.Until);
        command.Parameters.AddWithValue("@limit", Math.Max(0, query.Limit));
        command.Parameters.AddWithValue("@offset", Math.Max(0, query.Offset));
        return await ReadArticlesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Article>> ListIndexedSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns} FROM articles a
            WHERE a.indexed_ms >= @since
            ORDER BY a.indexed_ms DESC, a.id DESC
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("@since", since.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@limit", limit);
        return await ReadArticlesAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    internal const string Filters =
        "(@language IS NULL OR a.language = @language) " +
        "AND (@since IS NULL OR coalesce(a.published_ms, a.indexed_ms) >= @since) " +
        "AND (@until IS NULL OR coalesce(a.published_ms, a.indexed_ms) < @until)";

    internal static void AddFilters(SqliteCommand command, string? language, DateTimeOffset? since, DateTimeOffset? until)
    {
        command.Parameters.AddWithValue("@language", (object?)language?.ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("@since", (object?)since?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("@until", (object?)until?.ToUnixTimeMilliseconds() ?? DBNull.Value);
    }

    internal static async Task<IReadOnlyList<Article>> ReadArticlesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(ReadArticle(reader));
        }

        return articles;
    }

    /// <summary>Reads the <see cref="ArticleColumns"/> at the start of a row.</summary>
    internal static Article ReadArticle(SqliteDataReader reader) => new(
        Id: reader.GetInt64(0),
        Key: reader.GetString(1),
        ExternalId: reader.IsDBNull(2) ? null : reader.GetString(2),
        Title: reader.GetString(3),
        Language: reader.GetString(4),
        LanguageConfidence: reader.GetDouble(5),
        Source: reader.GetString(6),
        SourceName: reader.IsDBNull(7) ? null : reader.GetString(7),
        Url: reader.IsDBNull(8) ? null : reader.GetString(8),
        Published: reader.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
        IndexedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
        UpdatedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
        Words: reader.GetInt32(12),
        ContentHash: reader.GetString(13));
}
