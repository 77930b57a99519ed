using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>Autocomplete: articles whose title starts with what is being typed (migration 008 keeps a titles-only index for it).</summary>
public sealed partial class SqliteArticleStore
{
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

            // The titles' own index (its lists are a few percent the size of articles_fts's, which hold the body too), ranked
            // by FTS5 itself over the newest RankedCandidates matches at most, as searches are ("de*" is in most French
            // titles); only the best are joined to their rows. One more than asked for, in case the article whose key was
            // typed is among them (it comes first, from the first line, instead).
            var match = Fts5Expression.From(query with { Terms = terms });
            var cutoff = await CandidateCutoffAsync(connection, "article_titles_fts", match, Math.Max(Math.Max(1, RankedCandidates), (long)limit + 1), cancellationToken);
            command.CommandText = $"""
                WITH best AS MATERIALIZED (
                    SELECT rowid AS id, rank FROM article_titles_fts WHERE article_titles_fts MATCH @match AND rowid >= @cutoff
                    ORDER BY rank LIMIT @limit + 1)
                SELECT {ArticleColumns} FROM articles a WHERE a.key = lower(@typed)
                UNION ALL
                SELECT * FROM (
                    SELECT {ArticleColumns} FROM best JOIN articles a ON a.id = best.id
                    WHERE a.key <> lower(@typed)
                    ORDER BY best.rank)
                LIMIT @limit
                """;
            command.Parameters.AddWithValue("@typed", typed.Trim());
            command.Parameters.AddWithValue("@match", match);
            command.Parameters.AddWithValue("@cutoff", cutoff);
        }

        command.Parameters.AddWithValue("@limit", limit);
        return await ReadArticlesAsync(command, cancellationToken);
    }
}
