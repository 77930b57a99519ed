using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;
using NewsBot.Hosting;

namespace NewsBot.DiscordMode;

/// <summary>
/// Bot mode: indexes <c>Ingest:Folders</c> in the background when the host starts, so the gateway connects and commands are
/// answered (from what is already indexed) while new files are read.
/// </summary>
public sealed partial class StartupIndexingService(ArticleIndexer indexer, IOptions<IngestFolderOptions> folders, ILogger<StartupIndexingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the start of the other hosted services (the gateway)
        var paths = folders.Value.Folders.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        if (paths.Count == 0)
        {
            return;
        }

        try
        {
            var report = await indexer.IndexPathsAsync(paths, cancellationToken: stoppingToken);
            LogIndexed(logger, string.Join(", ", paths), report.Added, report.Updated, report.Unchanged + report.Duplicates, report.Problems.Count);
            foreach (var problem in report.Problems)
            {
                LogSkipped(logger, problem.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start indexes the rest.
        }
    }

    [LoggerMessage(EventId = 430, Level = LogLevel.Information, Message = "Indexed {Folders}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped")]
    private static partial void LogIndexed(ILogger logger, string folders, int added, int updated, int unchanged, int skipped);

    [LoggerMessage(EventId = 431, Level = LogLevel.Warning, Message = "Skipped {Problem}")]
    private static partial void LogSkipped(ILogger logger, string problem);
}
