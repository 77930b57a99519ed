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

    /// <summary>The most matches a search scores with BM25 (see <see cref="RankedCandidates"/>).</summary>
    public const int DefaultRankedCandidates = 4_000;

    /// <summary>
    /// A search scores at most this many matches, the newest ones (highest ids, the last indexed), filters applied after. BM25 costs about a
    /// microsecond per matching article, so a word found in a third of a 100,000-article index ("after", "selon") took
    /// 30-40 ms to rank whole, while a rarer word, under this bound, is ranked over every match as before. The trade-off:
    /// for such very common words the top results are the best matches among the newest ones, which suits news. Scores stay
    /// comparable (BM25 still takes its document frequencies from the whole index). Autocomplete is bounded the same way ("de"
    /// begins a word in most French titles). Tests set it low to reach the bound.
    /// </summary>
    internal int RankedCandidates { get; init; } = DefaultRankedCandidates;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Query.CanRun)
        {
            return [];
        }

        var match = Fts5Expression.From(request.Query);
        var limit = Math.Clamp(request.Limit, 0, SearchRequest.MaxLimit);
        var offset = Math.Max(0, request.Offset);
        await using var connection = await database.OpenAsync(cancellationToken);
        // A page deep in the results still gets every match before it scored: the bound never cuts a page short.
        var cutoff = await CandidateCutoffAsync(connection, "articles_fts", match, Math.Max(Math.Max(1, RankedCandidates), (long)offset + limit), cancellationToken);
        var hits = await RankAsync(connection, request, match, limit, offset, cutoff, cancellationToken);
        // Filters may leave too few of the newest matches (a date range in the past): then score them all, as before the bound.
        return cutoff > 0 && hits.Count < limit && IsFiltered(request)
            ? await RankAsync(connection, request, match, limit, offset, 0, cancellationToken)
            : hits;
    }

    /// <summary>
    /// The id of the <paramref name="candidates"/>th newest match, or 0 when there are fewer matches: found by walking the
    /// match list backwards without scoring anything, which costs little next to BM25.
    /// </summary>
    private static async Task<long> CandidateCutoffAsync(SqliteConnection connection, string table, string match, long candidates, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @skip";
        command.Parameters.AddWithValue("@match", match);
        command.Parameters.AddWithValue("@skip", candidates - 1);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : 0;
    }

    private static bool IsFiltered(SearchRequest request) =>
        request.Language is not null || request.Since is not null || request.Until is not null || request.IndexedSince is not null;

    private static async Task<List<SearchHit>> RankAsync(SqliteConnection connection, SearchRequest request, string match, int limit, int offset, long cutoff, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // Two steps: rank the matches from the cutoff up keeping only ids (FTS5 sorts by rank itself when nothing else
        // constrains the query, and passes the rowid bound down so it scores nothing below it), then read articles and build
        // snippets for the page alone. Computing snippets inside the ranking query would build one for every match of a
        // common word before the sort, which is what made searches slow on large indexes.
        var ranking = IsFiltered(request)
            ? $"""
              SELECT f.rowid AS id, f.rank AS rank FROM articles_fts f JOIN articles a ON a.id = f.rowid
              WHERE f.articles_fts MATCH @match AND f.rank MATCH '{Rank}' AND f.rowid >= @cutoff AND {Filters}
                AND (@indexed_since IS NULL OR a.indexed_ms >= @indexed_since)
              ORDER BY f.rank LIMIT @limit OFFSET @offset
              """
            : $"""
              SELECT rowid AS id, rank FROM articles_fts
              WHERE articles_fts MATCH @match AND rank MATCH '{Rank}' AND rowid >= @cutoff
              ORDER BY rank LIMIT @limit OFFSET @offset
              """;
        command.CommandText = $"""
            WITH page AS MATERIALIZED ({ranking})
            SELECT {ArticleColumns}, page.rank, snippet(articles_fts, 1, '**', '**', '…', 24)
            FROM page JOIN articles_fts ON articles_fts.rowid = page.id JOIN articles a ON a.id = page.id
            WHERE articles_fts MATCH @match
            ORDER BY page.rank
            """;
        command.Parameters.AddWithValue("@match", match);
        AddFilters(command, request.Language, request.Since, request.Until);
        command.Parameters.AddWithValue("@indexed_since", (object?)request.IndexedSince?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@offset", offset);
        command.Parameters.AddWithValue("@cutoff", cutoff);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // bm25() is lower-is-better and negative; people expect higher-is-better.
            hits.Add(new SearchHit(ReadArticle(reader), Math.Round(-reader.GetDouble(14), 4), reader.GetString(15)));
        }

        return hits;
    }
}
