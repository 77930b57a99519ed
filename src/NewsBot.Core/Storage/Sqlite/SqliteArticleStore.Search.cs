using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>A title word counts this many body words in BM25: a match in the headline is what the article is about.</summary>
    private const double TitleWeight = 5.0;

    /// <summary>The ranking function, as FTS5 takes it in <c>rank MATCH</c>: BM25 with the title weighted.</summary>
    private static readonly string Rank = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bm25({TitleWeight:0.0###}, 1.0)");

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Query.CanRun)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Two steps: rank every match keeping only ids (FTS5 sorts by rank itself when nothing else constrains the query),
        // then read articles and build snippets for the page alone. Computing snippets inside the ranking query would build
        // one for every match of a common word before the sort, which is what made searches slow on large indexes.
        var filtered = request.Language is not null || request.Since is not null || request.Until is not null || request.IndexedSince is not null;
        var ranking = filtered
            ? $"""
              SELECT f.rowid AS id, f.rank AS rank FROM articles_fts f JOIN articles a ON a.id = f.rowid
              WHERE f.articles_fts MATCH @match AND f.rank MATCH '{Rank}' AND {Filters}
                AND (@indexed_since IS NULL OR a.indexed_ms >= @indexed_since)
              ORDER BY f.rank LIMIT @limit OFFSET @offset
              """
            : $"""
              SELECT rowid AS id, rank FROM articles_fts
              WHERE articles_fts MATCH @match AND rank MATCH '{Rank}'
              ORDER BY rank LIMIT @limit OFFSET @offset
              """;
        command.CommandText = $"""
            WITH page AS MATERIALIZED ({ranking})
            SELECT {ArticleColumns}, page.rank, snippet(articles_fts, 1, '**', '**', '…', 24)
            FROM page JOIN articles_fts ON articles_fts.rowid = page.id JOIN articles a ON a.id = page.id
            WHERE articles_fts MATCH @match
            ORDER BY page.rank
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
