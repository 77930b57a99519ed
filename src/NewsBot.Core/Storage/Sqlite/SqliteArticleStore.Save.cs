using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// One transaction for the batch (a commit per article would make bulk imports crawl), with a savepoint per article so a
    /// failing article is rolled back alone and reported while the rest are kept.
    /// </summary>
    public async Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var results = new List<SaveResult>(articles.Count);
        if (articles.Count == 0)
        {
            return results;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Save("article");
            try
            {
                results.Add(SaveOne(connection, transaction, article, now));
                transaction.Release("article");
            }
            catch (SqliteException e)
            {
                transaction.Rollback("article");
                results.Add(new SaveResult(SaveOutcome.Failed, null, $"{article.Raw.Source}: could not be saved ({e.Message})"));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static SaveResult SaveOne(SqliteConnection connection, SqliteTransaction transaction, PreparedArticle article, DateTimeOffset now)
    {
        var existing = FindBy(connection, transaction, "a.source = @value", article.Raw.Source);
        if (existing is not null && existing.ContentHash == article.ContentHash)
        {
            return new SaveResult(SaveOutcome.Unchanged, existing);
        }

        if (existing is null && FindBy(connection, transaction, "a.content_hash = @value", article.ContentHash) is { } twin)
        {
            return new SaveResult(SaveOutcome.Duplicate, twin);
        }

        long id;
        string key;
        if (existing is null)
        {
            key = FreeKey(connection, transaction, article.Raw.Source);
            id = Insert(connection, transaction, article, key, now);
        }
        else
        {
            (id, key) = (existing.Id, existing.Key);
            Update(connection, transaction, article, id, now);
        }

        InsertStructure(connection, transaction, article, id);
        var saved = FindBy(connection, transaction, "a.id = @value", id)!;
        return new SaveResult(existing is null ? SaveOutcome.Added : SaveOutcome.Updated, saved);
    }

    private static Article? FindBy(SqliteConnection connection, SqliteTransaction transaction, string condition, object value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {ArticleColumns} FROM articles a WHERE {condition} LIMIT 1";
        command.Parameters.AddWithValue("@value", value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadArticle(reader) : null;
    }

    /// <summary>The source's key, lengthened one character at a time in the rare case another source already has it.</summary>
    private static string FreeKey(SqliteConnection connection, SqliteTransaction transaction, string source)
    {
        for (var length = ArticleKey.DefaultLength; length <= ArticleKey.MaxLength; length++)
        {
            var key = ArticleKey.For(source, length);
            if (FindBy(connection, transaction, "a.key = @value", key) is null)
            {
                return key;
            }
        }

        throw new ArticleStoreException($"{source}: no free article key (hash clash on every length)");
    }

    private static long Insert(SqliteConnection connection, SqliteTransaction transaction, PreparedArticle article, string key, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO articles (key, source, external_id, title, language, language_confidence, source_name, url,
                                  published_ms, indexed_ms, updated_ms, words, content_hash, body)
            VALUES (@key, @source, @external_id, @title, @language, @confidence, @source_name, @url,
                    @published, @now, @now, @words, @hash, @body)
            RETURNING id
            """;
        command.Parameters.AddWithValue("@key", key);
        AddContent(command, article, now);
        return (long)command.ExecuteScalar()!;
    }

    private static void Update(SqliteConnection connection, SqliteTransaction transaction, PreparedArticle article, long id, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE articles SET source = @source, external_id = @external_id, title = @title, language = @language,
                language_confidence = @confidence, source_name = @source_name, url = @url, published_ms = @published,
                updated_ms = @now, words = @words, content_hash = @hash, body = @body
            WHERE id = @id;
            DELETE FROM paragraphs WHERE article_id = @id;
            DELETE FROM sentences WHERE article_id = @id;
            """;
        command.Parameters.AddWithValue("@id", id);
        AddContent(command, article, now);
        command.ExecuteNonQuery();
    }

    private static void AddContent(SqliteCommand command, PreparedArticle article, DateTimeOffset now)
    {
        var raw = article.Raw;
        command.Parameters.AddWithValue("@source", raw.Source);
        command.Parameters.AddWithValue("@external_id", (object?)raw.ExternalId ?? DBNull.Value);
        command.Parameters.AddWithValue("@title", article.Title);
        command.Parameters.AddWithValue("@language", article.Language);
        command.Parameters.AddWithValue("@confidence", article.LanguageConfidence);
        command.Parameters.AddWithValue("@source_name", (object?)raw.SourceName ?? DBNull.Value);
        command.Parameters.AddWithValue("@url", (object?)raw.Url ?? DBNull.Value);
        command.Parameters.AddWithValue("@published", (object?)raw.Published?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@words", article.WordCount);
        command.Parameters.AddWithValue("@hash", article.ContentHash);
        command.Parameters.AddWithValue("@body", article.Body);
    }

    /// <summary>Paragraph and sentence offsets, inserted through two prepared statements reused for every row.</summary>
    private static void InsertStructure(SqliteConnection connection, SqliteTransaction transaction, PreparedArticle article, long id)
    {
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO paragraphs (article_id, idx, start, \"end\", heading) VALUES (@id, @idx, @start, @end, @heading)";
            var (pId, pIdx, pStart, pEnd, pHeading) = (command.Parameters.Add("@id", SqliteType.Integer), command.Parameters.Add("@idx", SqliteType.Integer),
                command.Parameters.Add("@start", SqliteType.Integer), command.Parameters.Add("@end", SqliteType.Integer), command.Parameters.Add("@heading", SqliteType.Integer));
            pId.Value = id;
            foreach (var paragraph in article.Paragraphs)
            {
                (pIdx.Value, pStart.Value, pEnd.Value, pHeading.Value) = (paragraph.Index, paragraph.Start, paragraph.End, paragraph.IsHeading);
                command.ExecuteNonQuery();
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO sentences (article_id, idx, paragraph, start, \"end\", heading) VALUES (@id, @idx, @paragraph, @start, @end, @heading)";
            var (sId, sIdx, sParagraph, sStart, sEnd, sHeading) = (command.Parameters.Add("@id", SqliteType.Integer), command.Parameters.Add("@idx", SqliteType.Integer),
                command.Parameters.Add("@paragraph", SqliteType.Integer), command.Parameters.Add("@start", SqliteType.Integer),
                command.Parameters.Add("@end", SqliteType.Integer), command.Parameters.Add("@heading", SqliteType.Integer));
            sId.Value = id;
            foreach (var sentence in article.Sentences)
            {
                (sIdx.Value, sParagraph.Value, sStart.Value, sEnd.Value, sHeading.Value) =
                    (sentence.Index, sentence.Paragraph, sentence.Start, sentence.End, sentence.IsHeading);
                command.ExecuteNonQuery();
            }
        }
    }
}
