using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;

namespace NewsBot.Feeds;

/// <summary>
/// At start: feeds of <c>Ingest:Feeds</c> are added to the store (or their interval and channel updated), configured feeds
/// no longer in the configuration are removed, and every stored feed gets its trigger (feeds added by the CLI meanwhile too).
/// </summary>
internal sealed partial class FeedStartupService(IFeedStore store, IFeedSchedule schedule, IOptions<IngestOptions> options, ILogger<FeedStartupService> logger)
    : IHostedService
{
    public const string ConfigurationAuthor = "configuration";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in options.Value.Feeds)
        {
            var url = new Uri(entry.Url);
            configured.Add(UrlCanonicalizer.IdentityKey(url));
            await store.UpsertConfiguredAsync(new NewFeed(url, null, null, entry.ChannelId, entry.PollInterval, ConfigurationAuthor), cancellationToken);
        }

        var feeds = new List<StoredFeed>();
        foreach (var feed in await store.ListAsync(null, cancellationToken))
        {
            if (feed.AddedBy == ConfigurationAuthor && feed.GuildId is null && !configured.Contains(UrlCanonicalizer.IdentityKey(feed.Url)))
            {
                await store.RemoveAsync(feed.Id, cancellationToken);
                continue;
            }

            feeds.Add(feed);
        }

        await schedule.SyncAsync(feeds, cancellationToken);
        LogScheduled(logger, feeds.Count, feeds.Count(f => f.IsPaused));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Feeds: {Count} scheduled ({Paused} paused)")]
    private static partial void LogScheduled(ILogger logger, int count, int paused);
}
