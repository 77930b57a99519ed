using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// One transaction for the batch (a commit per article would make bulk imports crawl). A failing article is rolled back
    /// alone and reported while the rest are kept: the batch is first written straight through, and only if an article fails
    /// is it written again with a savepoint per article. FTS5 flushes its pending terms to a new index segment at every
    /// savepoint, statement savepoints included, so the full-text indexes are written once, at the end of the batch
    /// (<see cref="SqliteArticleWriter.IndexPending"/>): written per article, each article became a one-article segment
    /// that automerge then had to merge again and again (see docs/indexing.md).
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

                writer.IndexPending();
            }
            catch (SqliteException e) when (DatabaseFaults.IsDatabaseFault(e))
            {
                // Disposing the transaction rolls the batch back (if SQLite has not already): no article can be saved.
                throw DatabaseFaults.SaveFailed(database.Path, articles.Count, e);
            }
            catch (SqliteException)
            {
                // Disposing the transaction rolls the batch back; the slow path finds and reports the culprit.
                return null;
            }
        }

        await CommitAsync(transaction, articles.Count, cancellationToken);
        return results;
    }

    /// <summary>A savepoint per article, so a failing article is rolled back alone and reported while the rest are kept.</summary>
    private async Task<List<SaveResult>> SaveOneByOneAsync(SqliteConnection connection, IReadOnlyList<ArticleToSave> articles, CancellationToken cancellationToken)
    {
        var failed = new Dictionary<int, SaveResult>();
        while (true)
        {
            // Each pass that returns null has recorded one more failed article, so this ends after at most one pass per article.
            if (await TrySaveOneByOneAsync(connection, articles, failed, cancellationToken) is { } results)
            {
                return results;
            }
        }
    }

    /// <summary>
    /// Null when an article made SQLite roll the whole transaction back, savepoints and all (a trigger's RAISE(ROLLBACK), say):
    /// that article's failure is recorded in <paramref name="failed"/> and the batch is written again without it.
    /// </summary>
    private async Task<List<SaveResult>?> TrySaveOneByOneAsync(SqliteConnection connection, IReadOnlyList<ArticleToSave> articles,
        Dictionary<int, SaveResult> failed, CancellationToken cancellationToken)
    {
        var results = new List<SaveResult>(articles.Count);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var writer = new SqliteArticleWriter(connection, transaction, time.GetUtcNow());
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (failed.TryGetValue(i, out var failure))
            {
                results.Add(failure);
                continue;
            }

            transaction.Save("article");
            try
            {
                results.Add(writer.Save(articles[i]));
                transaction.Release("article");
            }
            catch (SqliteException e) when (DatabaseFaults.IsDatabaseFault(e))
            {
                throw DatabaseFaults.SaveFailed(database.Path, articles.Count, e);
            }
            catch (SqliteException e)
            {
                var result = new SaveResult(SaveOutcome.Failed, null, $"{articles[i].Article.Raw.Source}: could not be saved ({e.Message})");
                if (!DatabaseFaults.InTransaction(connection))
                {
                    failed[i] = result;
                    return null;
                }

                transaction.Rollback("article");
                writer.RolledBack();
                results.Add(result);
            }
        }

        try
        {
            writer.IndexPending();
        }
        catch (SqliteException e)
        {
            throw DatabaseFaults.SaveFailed(database.Path, articles.Count, e);
        }

        await CommitAsync(transaction, articles.Count, cancellationToken);
        return results;
    }

    /// <summary>A commit that fails (FTS5 writes its pending segment there) fails the whole batch: nothing of it is saved.</summary>
    private async Task CommitAsync(SqliteTransaction transaction, int articles, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw DatabaseFaults.SaveFailed(database.Path, articles, e);
        }
    }
}
