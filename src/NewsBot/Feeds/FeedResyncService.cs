using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;

namespace NewsBot.Feeds;

/// <summary>
/// While the bot runs, brings the feed triggers in line with the feed store every <see cref="IngestOptions.FeedSyncInterval"/>:
/// the CLI (<c>feed add|remove|resume</c>) changes the store from another process, and its changes must not wait for a
/// restart. A sync that fails (the database busy for long) is logged and tried again at the next tick.
/// </summary>
internal sealed partial class FeedResyncService(IFeedStore store, IFeedSchedule schedule, IOptions<IngestOptions> options, TimeProvider time,
    ILogger<FeedResyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FeedSyncInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SyncAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            await schedule.SyncAsync(await store.ListAsync(null, cancellationToken), cancellationToken);
        }
#pragma warning disable CA1031 // One failed sync must not stop the next ones (and so feed polling) until a restart.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogSyncFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feeds: could not bring the schedule in line with the feed list; trying again at the next tick")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception);
}
