using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.ConsoleMode;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>
/// Console mode (no Discord token): indexes the configured folders, then answers slash-command lines from standard input
/// with the same handlers Discord uses, and stops the host at the end of input.
/// </summary>
public sealed class ConsoleModeService(
    ArticleIndexer indexer,
    IArticleStore store,
    ConsoleSession session,
    ConsoleStreams streams,
    IOptions<IngestFolderOptions> folders,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var paths = folders.Value.Folders.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
            var report = await indexer.IndexPathsAsync(paths, cancellationToken: stoppingToken);
            var count = await store.CountAsync(stoppingToken);
            var indexed = paths.Count == 0 ? "No folders to index (set Ingest:Folders)" : string.Create(CultureInfo.InvariantCulture,
                $"Indexed {string.Join(", ", paths)}: {report.Added} added, {report.Updated} updated, {report.Unchanged + report.Duplicates} unchanged, {report.Problems.Count} skipped");
            await streams.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"NewsBot console mode (no Discord token set). {indexed}; {count} articles in the index."));
            foreach (var problem in report.Problems)
            {
                await streams.Output.WriteLineAsync("  skipped " + problem.Message);
            }

            await streams.Output.WriteLineAsync("Type a command such as /search query:navalny, /help for the list, exit to leave.\n");
            await streams.Output.FlushAsync(stoppingToken);
            await session.RunAsync(streams.Input, streams.Output, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is stopping already.
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
