using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// One transaction for the batch (a commit per article would make bulk imports crawl), with a savepoint per article so a
    /// failing article is rolled back alone and reported while the rest are kept. Statements are prepared once per batch.
    /// </summary>
    public async Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<ArticleToSave> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var results = new List<SaveResult>(articles.Count);
        if (articles.Count == 0)
        {
            return results;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var writer = new SqliteArticleWriter(connection, transaction, time.GetUtcNow());
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Save("article");
            try
            {
                results.Add(writer.Save(article));
                transaction.Release("article");
            }
            catch (SqliteException e)
            {
                transaction.Rollback("article");
                results.Add(new SaveResult(SaveOutcome.Failed, null, $"{article.Article.Raw.Source}: could not be saved ({e.Message})"));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }
}
