using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;
using NewsBot.Core.QuoteIndex;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Saves prepared articles inside one open transaction, reusing its prepared statements for every article of a batch.
/// Decides per article: unchanged (same source, same content hash), duplicate (same content from another source), updated
/// (same source, new content: keeps id and key) or added (a key derived from the source, lengthened on a clash).
/// An added or updated article's quotes are written with it (<see cref="SqliteQuoteWriter"/>); an unchanged one's are left
/// alone unless they were extracted by older quote rules (or never).
/// Added articles enter the full-text indexes together, in <see cref="IndexPending"/>, which the caller runs before it
/// commits: FTS5 flushes its in-memory terms as a new index segment at every statement savepoint, so indexing each article
/// as it is inserted made one small segment per article (see migration 009 and docs/indexing.md).
/// </summary>
internal sealed class SqliteArticleWriter : IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _keyTaken;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _indexText;
    private readonly SqliteCommand _indexTitles;
    private readonly SqliteQuoteWriter _quotes;
    private readonly List<long> _unindexed = [];
    private int _unindexedBeforeArticle;
    private long[]? _indexedWithArticle;
    private readonly long _now;

    public SqliteArticleWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
    {
        _now = now.ToUnixTimeMilliseconds();
        _quotes = new SqliteQuoteWriter(connection, transaction);
        _find = Command(connection, transaction, $"""
            SELECT {SqliteArticleStore.ArticleColumns}, 1 FROM articles a WHERE a.source = @source
            UNION ALL
            SELECT * FROM (SELECT {SqliteArticleStore.ArticleColumns}, 2 FROM articles a WHERE a.content_hash = @hash LIMIT 1)
            """, "@source", "@hash");
        _keyTaken = Command(connection, transaction, "SELECT 1 FROM articles WHERE key = @key", "@key");
        const string Values = "@source, @external_id, @title, @language, @confidence, @source_name, @url, @published, @words, @hash, @body, @layout, @now";
        string[] parameters = ["@source", "@external_id", "@title", "@language", "@confidence", "@source_name", "@url", "@published", "@words", "@hash", "@body", "@layout", "@now"];
        _insert = Command(connection, transaction, $"""
            INSERT INTO articles (key, source, external_id, title, language, language_confidence, source_name, url,
                                  published_ms, words, content_hash, body, layout, indexed_ms, updated_ms, quote_rules_version)
            VALUES (@key, {Values}, @now, @rules)
            RETURNING id
            """, ["@key", "@rules", .. parameters]);
        _update = Command(connection, transaction, """
            UPDATE articles SET source = @source, external_id = @external_id, title = @title, language = @language,
                language_confidence = @confidence, source_name = @source_name, url = @url, published_ms = @published,
                words = @words, content_hash = @hash, body = @body, layout = @layout, updated_ms = @now
            WHERE id = @id
            """, ["@id", .. parameters]);
        const string Added = "FROM json_each(@ids) j JOIN articles a ON a.id = j.value";
        _indexText = Command(connection, transaction, $"INSERT INTO articles_fts (rowid, title, body) SELECT a.id, a.title, a.body {Added}", "@ids");
        _indexTitles = Command(connection, transaction, $"INSERT INTO article_titles_fts (rowid, title) SELECT a.id, a.title {Added}", "@ids");
    }

    public SaveResult Save(ArticleToSave item)
    {
        _unindexedBeforeArticle = _unindexed.Count;
        _indexedWithArticle = null;
        var result = SaveArticle(item.Article, item.QuoteRulesVersion);
        if (result.Article is { } saved && (result.Outcome is SaveOutcome.Added or SaveOutcome.Updated
            || (result.Outcome == SaveOutcome.Unchanged && _quotes.NeedsQuotes(saved.Id, item.QuoteRulesVersion))))
        {
            // An added article is inserted already marked with the rules version of its quotes (they are written next, in
            // the same transaction): marking it afterwards would rewrite the whole row, body included, for one number.
            _quotes.Replace(saved.Id, item.QuoteRows ?? QuoteRows.From(item.Quotes), item.QuoteRulesVersion, inserted: result.Outcome == SaveOutcome.Added);
        }

        return result;
    }

    private SaveResult SaveArticle(PreparedArticle article, int quoteRulesVersion)
    {
        var (bySource, byHash) = Find(article.Raw.Source, article.ContentHash);
        if (bySource is not null && bySource.ContentHash == article.ContentHash)
        {
            return new SaveResult(SaveOutcome.Unchanged, bySource);
        }

        if (bySource is null && byHash is not null)
        {
            return new SaveResult(SaveOutcome.Duplicate, byHash);
        }

        if (bySource is null)
        {
            var key = FreeKey(article.Raw.Source);
            Bind(_insert, article);
            _insert.Parameters["@key"].Value = key;
            _insert.Parameters["@rules"].Value = quoteRulesVersion;
            var id = (long)_insert.ExecuteScalar()!;
            _unindexed.Add(id);
            return new SaveResult(SaveOutcome.Added, ToArticle(article, id, key, _now));
        }

        if (_unindexed.Contains(bySource.Id))
        {
            // Added earlier in this batch (the same source twice): the update trigger takes the old text out of the index,
            // so it must be in it first. Rolling this article back to its savepoint undoes that indexing too.
            _indexedWithArticle = [.. _unindexed];
            IndexPending();
        }

        Bind(_update, article);
        _update.Parameters["@id"].Value = bySource.Id;
        _update.ExecuteNonQuery();
        return new SaveResult(SaveOutcome.Updated, ToArticle(article, bySource.Id, bySource.Key, bySource.IndexedAt.ToUnixTimeMilliseconds()));
    }

    /// <summary>
    /// Puts the articles added since the last call into the full-text indexes (title and body; titles alone), with one
    /// statement each, so that the batch becomes one index segment. Run it before committing.
    /// </summary>
    public void IndexPending()
    {
        if (_unindexed.Count == 0)
        {
            return;
        }

        var ids = SqliteIdList.Of(_unindexed);
        foreach (var command in (ReadOnlySpan<SqliteCommand>)[_indexText, _indexTitles])
        {
            command.Parameters["@ids"].Value = ids;
            command.ExecuteNonQuery();
        }

        _unindexed.Clear();
    }

    /// <summary>The caller rolled the last article back to its savepoint: forget what it taught the writer.</summary>
    public void RolledBack()
    {
        _quotes.RolledBack();
        if (_indexedWithArticle is { } undone)
        {
            _unindexed.Clear();
            _unindexed.AddRange(undone);
        }
        else
        {
            _unindexed.RemoveRange(_unindexedBeforeArticle, _unindexed.Count - _unindexedBeforeArticle);
        }
    }

    public void Dispose()
    {
        _find.Dispose();
        _keyTaken.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _indexText.Dispose();
        _indexTitles.Dispose();
        _quotes.Dispose();
    }

    private (Article? BySource, Article? ByHash) Find(string source, string hash)
    {
        _find.Parameters["@source"].Value = source;
        _find.Parameters["@hash"].Value = hash;
        (Article? bySource, Article? byHash) = (null, null);
        using var reader = _find.ExecuteReader();
        while (reader.Read())
        {
            var article = SqliteArticleStore.ReadArticle(reader);
            if (reader.GetInt32(14) == 1)
            {
                bySource = article;
            }
            else
            {
                byHash ??= article;
            }
        }

        return (bySource, byHash);
    }

    /// <summary>The source's key, lengthened one character at a time in the rare case another source already has it.</summary>
    private string FreeKey(string source)
    {
        for (var length = ArticleKey.DefaultLength; length <= ArticleKey.MaxLength; length++)
        {
            var key = ArticleKey.For(source, length);
            _keyTaken.Parameters["@key"].Value = key;
            if (_keyTaken.ExecuteScalar() is null)
            {
                return key;
            }
        }

        throw new ArticleStoreException($"{source}: no free article key (hash clash on every length)");
    }

    private void Bind(SqliteCommand command, PreparedArticle article)
    {
        var raw = article.Raw;
        var p = command.Parameters;
        p["@source"].Value = raw.Source;
        p["@external_id"].Value = (object?)raw.ExternalId ?? DBNull.Value;
        p["@title"].Value = article.Title;
        p["@language"].Value = article.Language;
        p["@confidence"].Value = article.LanguageConfidence;
        p["@source_name"].Value = (object?)raw.SourceName ?? DBNull.Value;
        p["@url"].Value = (object?)raw.Url ?? DBNull.Value;
        p["@published"].Value = (object?)raw.Published?.ToUnixTimeMilliseconds() ?? DBNull.Value;
        p["@words"].Value = article.WordCount;
        p["@hash"].Value = article.ContentHash;
        p["@body"].Value = article.Body;
        p["@layout"].Value = ArticleLayoutCodec.Encode(article.Paragraphs, article.Sentences);
        p["@now"].Value = _now;
    }

    private Article ToArticle(PreparedArticle article, long id, string key, long indexedMs)
    {
        var raw = article.Raw;
        return new Article(id, key, raw.ExternalId, article.Title, article.Language, article.LanguageConfidence, raw.Source,
            raw.SourceName, raw.Url, raw.Published is { } published ? DateTimeOffset.FromUnixTimeMilliseconds(published.ToUnixTimeMilliseconds()) : null,
            DateTimeOffset.FromUnixTimeMilliseconds(indexedMs), DateTimeOffset.FromUnixTimeMilliseconds(_now), article.WordCount, article.ContentHash);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
