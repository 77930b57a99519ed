using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Extracts again the quotes of stored articles whose quotes came from older rules (an upgrade improved them), from the
/// stored body and sentences: the source files or feeds need not be read again. Runs on every core in batches; each batch is
/// saved in one transaction, so stopping half-way keeps what was done and the next run resumes.
/// </summary>
public sealed partial class QuoteRefresher(IArticleStore articles, IQuoteStore quotes, IQuoteExtractor extractor, TimeProvider time,
    ILogger<QuoteRefresher> logger)
{
    private const int BatchSize = 256;

    /// <summary>How many stored articles have quotes from older rules (or none extracted yet).</summary>
    public Task<int> CountStaleAsync(CancellationToken cancellationToken = default) => quotes.CountStaleArticlesAsync(extractor.RulesVersion, cancellationToken);

    /// <summary>Refreshes every stale article; reports the count done after each batch. Returns how many were refreshed.</summary>
    public async Task<int> RefreshAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var version = extractor.RulesVersion;
        var total = await quotes.CountStaleArticlesAsync(version, cancellationToken);
        if (total == 0)
        {
            return 0;
        }

        var started = time.GetTimestamp();
        LogStarting(logger, total, version);
        var done = 0;
        long after = 0;
        while (true)
        {
            // Paging by id, not "the first stale ones": an article left stale (changed meanwhile) is passed over, never looped on.
            var ids = await quotes.ListStaleArticlesAsync(version, after, BatchSize, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            after = ids[^1];
            var details = await articles.GetDetailsAsync(ids, cancellationToken);
            var found = details.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(d => new ArticleQuotes(d.Article.Id, d.Article.ContentHash, Extract(d))).ToList();
            done += await quotes.ReplaceQuotesAsync(found, version, cancellationToken);
            progress?.Report((done, total));
        }

        LogFinished(logger, done, time.GetElapsedTime(started).TotalSeconds);
        return done;
    }

    /// <summary>As at indexing, a failure of the rules on one article costs that article its quotes, not the run.</summary>
    private IReadOnlyList<Quote> Extract(ArticleDetail detail)
    {
        try
        {
            return extractor.Extract(detail.ToPreparedArticle());
        }
#pragma warning disable CA1031 // Losing the refresh over one article's quotes would be worse than leaving it without them.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogExtractionFailed(logger, e, detail.Article.Source);
            return [];
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Quote rules are now version {Version}: extracting the quotes of {Count} stored articles again")]
    private static partial void LogStarting(ILogger logger, int count, int version);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Extracted the quotes of {Count} stored articles again in {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, int count, double seconds);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Quote extraction failed on {Source}; its quotes are left empty")]
    private static partial void LogExtractionFailed(ILogger logger, Exception exception, string source);
}
