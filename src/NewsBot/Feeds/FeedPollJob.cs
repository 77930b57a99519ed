using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace NewsBot.Feeds;

/// <summary>
/// The one durable feed job; each feed's trigger carries its id. Not <c>[DisallowConcurrentExecution]</c>: that would
/// serialise every feed behind one job. Each trigger is held while it runs (per-feed exclusion), the execution group
/// <c>feeds</c> bounds polls overall, and <see cref="FeedPollRunner"/> enforces both again within the process.
/// </summary>
internal sealed partial class FeedPollJob(FeedPollRunner runner, ILogger<FeedPollJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!long.TryParse(context.MergedJobDataMap.GetString(QuartzFeedSchedule.FeedIdKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var feedId))
        {
            LogNoFeedId(logger, context.Trigger.Key.ToString());
            return;
        }

        try
        {
            await runner.PollAsync(feedId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the next start polls again; nothing was half-saved (a poll is saved in one transaction).
        }
#pragma warning disable CA1031 // A failing poll (database busy, disk full) must not stop the trigger; the next firing retries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogPollCrashed(logger, e, feedId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed trigger {Trigger} has no feed id; it is ignored")]
    private static partial void LogNoFeedId(ILogger logger, string trigger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} failed on NewsBot's side; the next firing tries again")]
    private static partial void LogPollCrashed(ILogger logger, Exception exception, long feedId);
}
