using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The one path by which articles enter the index: readers (one per format) produce raw documents, the preparer cleans and
/// segments them and the quote extractor finds their quotations on every core but one, and a single writer saves them (with
/// their quotes) in batches on the core left to it. A bad file or record becomes an
/// <see cref="IndexProblem"/> naming it; it never stops the others, and every batch is saved atomically.
/// </summary>
public sealed partial class ArticleIndexer(
    IEnumerable<IDocumentReader> readers,
    IArticlePreparer preparer,
    IQuoteExtractor extractor,
    IArticleStore store,
    TimeProvider time,
    ILogger<ArticleIndexer> logger)
{
    /// <summary>
    /// The most articles per write transaction: large enough to amortise the commit and to let FTS5 write each batch as one
    /// large index segment (fewer merges later), small enough to show progress often (about half a second of work). 1,024
    /// against 512: 2,422-2,434 articles/s against 2,285-2,368 at 100,000 articles, for 50 MB more peak memory
    /// (docs/indexing.md, "Fourth round").
    /// </summary>
    private const int BatchSize = 1024;

    /// <summary>Documents waiting for a preparing worker: enough to keep every core busy.</summary>
    private const int RawQueue = 256;

    /// <summary>
    /// One preparing worker per core but one: the writer is the one stage that cannot run in parallel, and with a worker on
    /// every core the scheduler shares the cores three ways, so the writer got about two thirds of a core and held everything
    /// back (on 2 cores: 1,500-1,870 articles/s with two workers, 1,750-2,220 with one; docs/indexing.md).
    /// </summary>
    internal static int WorkerCount(int processors) => Math.Max(1, processors - 1);

    private readonly IDocumentReader[] _readers = [.. readers];

    public bool CanRead(string path) => _readers.Any(r => r.CanRead(path));

    /// <summary>Indexes files and folders (recursively). See <see cref="IndexInputs"/> for what is picked up.</summary>
    public async Task<IndexReport> IndexPathsAsync(IEnumerable<string> paths, IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var started = time.GetTimestamp();
        var inputs = IndexInputs.Expand(paths, CanRead);
        var tally = new IndexTally(inputs.TotalBytes);
        foreach (var problem in inputs.Problems)
        {
            tally.Problem(problem);
        }

        await RunAsync(ReadFiles(inputs.Files, tally, cancellationToken), tally, progress, cancellationToken);
        var report = tally.ToReport(inputs.Files.Count, inputs.Ignored, time.GetElapsedTime(started));
        LogFinished(logger, report.Files, report.Added, report.Updated, report.Unchanged + report.Duplicates, report.Problems.Count, report.Elapsed.TotalSeconds);
        return report;
    }

    /// <summary>Indexes documents that did not come from files (feed items, web pages), with the same cleaning and checks.</summary>
    public Task<IndexReport> IndexDocumentsAsync(IEnumerable<RawDocument> documents, CancellationToken cancellationToken = default) =>
        IndexDocumentsAsync(documents, null, cancellationToken);

    /// <summary>As <see cref="IndexDocumentsAsync(IEnumerable{RawDocument}, CancellationToken)"/>, reporting progress as batches are saved.</summary>
    public async Task<IndexReport> IndexDocumentsAsync(IEnumerable<RawDocument> documents, IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var started = time.GetTimestamp();
        var tally = new IndexTally(0);
        await RunAsync(documents.Select(ReadResult.Ok), tally, progress, cancellationToken);
        return tally.ToReport(0, 0, time.GetElapsedTime(started));
    }

    private IEnumerable<ReadResult> ReadFiles(List<string> files, IndexTally tally, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var reader = _readers.First(r => r.CanRead(file));
            foreach (var result in reader.Read(file, cancellationToken))
            {
                yield return result;
            }

            tally.FileRead(new FileInfo(file).Length);
        }
    }

    private async Task RunAsync(IEnumerable<ReadResult> source, IndexTally tally, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var raw = Channel.CreateBounded<RawDocument>(new BoundedChannelOptions(RawQueue) { SingleWriter = true });
        var prepared = Channel.CreateBounded<ArticleToSave>(new BoundedChannelOptions(BatchSize) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var reading = Task.Run(async () =>
        {
            try
            {
                foreach (var result in source)
                {
                    if (result.Document is { } document)
                    {
                        await raw.Writer.WriteAsync(document, token);
                    }
                    else
                    {
                        Report(tally, new IndexProblem(result.Source, result.Problem ?? $"{result.Source}: could not be read"));
                    }
                }
            }
            finally
            {
                raw.Writer.TryComplete();
            }
        }, token);

        var workers = Enumerable.Range(0, WorkerCount(Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            await foreach (var document in raw.Reader.ReadAllAsync(token))
            {
                if (Prepare(document, tally) is { } article)
                {
                    await prepared.Writer.WriteAsync(article, token);
                }
            }
        }, token)).ToArray();
        var preparing = Task.WhenAll(workers).ContinueWith(t => prepared.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        try
        {
            await WriteAsync(prepared.Reader, tally, progress, token);
            await Task.WhenAll(reading, preparing);
        }
        catch
        {
            await linked.CancelAsync();
            throw;
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Skipped {Problem}")]
    private static partial void LogSkipped(ILogger logger, string problem);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Quote extraction failed on {Source}; indexed without quotes")]
    private static partial void LogExtractionFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Indexed {Files} files: {Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped in {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, int files, int added, int updated, int unchanged, int skipped, double seconds);
}
