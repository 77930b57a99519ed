using System.Threading.Channels;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>The stages one document goes through: prepared and its quotes extracted on a worker, then saved by the one writer.</summary>
public sealed partial class ArticleIndexer
{
    private ArticleToSave? Prepare(RawDocument document, IndexTally tally)
    {
        PreparedArticle article;
        var started = time.GetTimestamp();
        var cpu = ThreadCpuClock.Now();
        try
        {
            article = preparer.Prepare(document);
        }
        catch (DocumentRejectedException e)
        {
            Report(tally, new IndexProblem(document.Source, $"{document.Source}: {e.Message}"));
            return null;
        }
        finally
        {
            tally.Prepared(time.GetElapsedTime(started), ThreadCpuClock.Now() - cpu);
        }

        started = time.GetTimestamp();
        cpu = ThreadCpuClock.Now();
        var quotes = Extract(article);
        // The speakers' keys and aliases are text work: done here, on every core, rather than on the one writer.
        var rows = QuoteRows.From(quotes);
        tally.QuotesExtracted(time.GetElapsedTime(started), ThreadCpuClock.Now() - cpu);
        return new ArticleToSave(article, quotes, extractor.RulesVersion) { QuoteRows = rows };
    }

    /// <summary>
    /// The article's quotes. An extractor failure is a bug in NewsBot, not in the article: the article is still indexed
    /// (searchable, summarisable) without quotes, and the failure is logged so it can be reported.
    /// </summary>
    private IReadOnlyList<Quote> Extract(PreparedArticle article)
    {
        try
        {
            return extractor.Extract(article);
        }
#pragma warning disable CA1031 // Losing the article over its quotes would be worse than indexing it without them.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogExtractionFailed(logger, e, article.Raw.Source);
            return [];
        }
    }

    private async Task WriteAsync(ChannelReader<ArticleToSave> prepared, IndexTally tally, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = new List<ArticleToSave>(BatchSize);
        while (await prepared.WaitToReadAsync(cancellationToken))
        {
            while (batch.Count < BatchSize && prepared.TryRead(out var article))
            {
                batch.Add(article);
            }

            if (batch.Count > 0)
            {
                var started = time.GetTimestamp();
                // Saving runs synchronously on one thread (SQLite's async methods complete at once), so the thread's CPU
                // clock read before and after it measures the save alone (a store that did move threads is not counted).
                var (thread, cpu) = (Environment.CurrentManagedThreadId, ThreadCpuClock.Now());
                var results = await store.SaveAsync(batch, cancellationToken);
                tally.Written(time.GetElapsedTime(started), thread == Environment.CurrentManagedThreadId ? ThreadCpuClock.Now() - cpu : TimeSpan.Zero);
                foreach (var result in results)
                {
                    if (result.Outcome == SaveOutcome.Failed)
                    {
                        Report(tally, new IndexProblem(result.Problem ?? "?", result.Problem ?? "could not be saved"));
                    }
                    else
                    {
                        tally.Saved(result.Outcome);
                    }
                }

                batch.Clear();
                progress?.Report(tally.Progress());
            }
        }

        progress?.Report(tally.Progress());
    }

    private void Report(IndexTally tally, IndexProblem problem)
    {
        tally.Problem(problem);
        LogSkipped(logger, problem.Message);
    }
}
