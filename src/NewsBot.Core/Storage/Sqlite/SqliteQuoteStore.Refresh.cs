using Microsoft.Data.Sqlite;
using NewsBot.Core.QuoteIndex;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteQuoteStore
{
    public async Task<int> CountStaleArticlesAsync(int rulesVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles WHERE quote_rules_version < @version";
        command.Parameters.AddWithValue("@version", rulesVersion);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<long>> ListStaleArticlesAsync(int rulesVersion, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE quote_rules_version < @version AND id > @after ORDER BY id LIMIT @limit";
        command.Parameters.AddWithValue("@version", rulesVersion);
        command.Parameters.AddWithValue("@after", afterId);
        command.Parameters.AddWithValue("@limit", Math.Max(0, limit));
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public async Task<int> ReplaceQuotesAsync(IReadOnlyList<ArticleQuotes> articles, int rulesVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var check = new SqliteStatements(connection, transaction);
        check.Prepare("due", "SELECT 1 FROM articles WHERE id = @id AND content_hash = @hash AND quote_rules_version < @version", "@id", "@hash", "@version");
        using var writer = new SqliteQuoteWriter(connection, transaction);
        var replaced = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (check.Scalar("due", article.ArticleId, article.ContentHash, rulesVersion) is not null)
            {
                writer.Replace(article.ArticleId, article.Quotes, rulesVersion);
                replaced++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return replaced;
    }
}
