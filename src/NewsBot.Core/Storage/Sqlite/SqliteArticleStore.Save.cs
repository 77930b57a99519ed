using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// One transaction for the batch (a commit per article would make bulk imports crawl). A failing article is rolled back
    /// alone and reported while the rest are kept: the batch is first written straight through, and only if an article fails
    /// is it written again with a savepoint per article. Savepoints are not used on the fast path because FTS5 flushes its
    /// pending terms to a new index segment at every savepoint, so a savepoint per article turned each article into a
    /// one-article segment that automerge then had to merge again and again (see docs/indexing.md).
    /// </summary>
    public async Task<IReadOnlyList<SaveResult>> SaveAsync(IReadOnlyList<ArticleToSave> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await SaveAllAsync(connection, articles, cancellationToken) ?? await SaveOneByOneAsync(connection, articles, cancellationToken);
    }

    /// <summary>The whole batch in one go; null (and nothing written) when an article fails.</summary>
    private async Task<List<SaveResult>?> SaveAllAsync(SqliteConnection connection, IReadOnlyList<ArticleToSave> articles, CancellationToken cancellationToken)
    {
        var results = new List<SaveResult>(articles.Count);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using (var writer = new SqliteArticleWriter(connection, transaction, time.GetUtcNow()))
        {
            try
            {
                foreach (var article in articles)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results.Add(writer.Save(article));
                }
            }
            catch (SqliteException)
            {
                // Disposing the transaction rolls the batch back; the slow path finds and reports the culprit.
                return null;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>A savepoint per article, so a failing article is rolled back alone and reported while the rest are kept.</summary>
    private async Task<List<SaveResult>> SaveOneByOneAsync(SqliteConnection connection, IReadOnlyList<ArticleToSave> articles, CancellationToken cancellationToken)
    {
        var results = new List<SaveResult>(articles.Count);
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
