using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>A title word counts this many body words in BM25: a match in the headline is what the article is about.</summary>
    private const double TitleWeight = 5.0;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Query.CanRun)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns}, bm25(articles_fts, {TitleWeight:0.0###}, 1.0) AS rank,
                   snippet(articles_fts, 1, '**', '**', '…', 24)
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH @match AND {Filters}
              AND (@indexed_since IS NULL OR a.indexed_ms >= @indexed_since)
            ORDER BY rank
            LIMIT @limit OFFSET @offset
            """;
        command.Parameters.AddWithValue("@match", Fts5Expression.From(request.Query));
        AddFilters(command, request.Language, request.Since, request.Until);
        command.Parameters.AddWithValue("@indexed_since", (object?)request.IndexedSince?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", Math.Clamp(request.Limit, 0, SearchRequest.MaxLimit));
        command.Parameters.AddWithValue("@offset", Math.Max(0, request.Offset));
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // bm25() is lower-is-better and negative; people expect higher-is-better.
            hits.Add(new SearchHit(ReadArticle(reader), Math.Round(-reader.GetDouble(14), 4), reader.GetString(15)));
        }

        return hits;
    }

    public async Task<IReadOnlyList<Article>> SuggestAsync(string typed, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typed);
        limit = Math.Clamp(limit, 0, SearchRequest.MaxLimit);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var query = SearchQueryParser.Parse(typed.Length > SearchQueryParser.MaxLength ? typed[..SearchQueryParser.MaxLength] : typed);
        if (!query.CanRun)
        {
            command.CommandText = $"SELECT {ArticleColumns} FROM articles a ORDER BY coalesce(a.published_ms, a.indexed_ms) DESC LIMIT @limit";
        }
        else
        {
            // The last word is still being typed: match it as a prefix, and only in titles, which is what people pick from.
            var terms = query.Required.ToList();
            if (terms[^1].Kind == SearchTermKind.Word)
            {
                terms[^1] = terms[^1] with { Kind = SearchTermKind.Prefix };
            }

            command.CommandText = $"""
                SELECT {ArticleColumns} FROM articles a WHERE a.key = lower(@typed)
                UNION ALL
                SELECT * FROM (
                    SELECT {ArticleColumns} FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                    WHERE articles_fts MATCH @match AND a.key <> lower(@typed)
                    ORDER BY bm25(articles_fts, 1.0, 0.0))
                LIMIT @limit
                """;
            command.Parameters.AddWithValue("@typed", typed.Trim());
            command.Parameters.AddWithValue("@match", "title : " + Fts5Expression.From(query with { Terms = terms }));
        }

        command.Parameters.AddWithValue("@limit", limit);
        return await ReadArticlesAsync(command, cancellationToken);
    }
}
