using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Core.Indexing;
using NewsBot.Core.Web;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.Feeds;

/// <summary>
/// Polls one stored feed: loads its state and seen keys, runs <see cref="FeedPoller"/>, indexes the new documents through
/// <see cref="ArticleIndexer.IndexDocumentsAsync"/>, saves state and keys, then posts: new items (never on a feed's first
/// poll, which only fills the index), one "failing" notice per failing streak, and a "paused" notice when the feed is paused.
/// A feed is never polled twice at once; at most <see cref="IngestOptions.MaxConcurrentPolls"/> feeds are polled together.
/// </summary>
public sealed partial class FeedPollRunner : IDisposable
{
    private readonly ConcurrentDictionary<long, byte> _running = new();
    private readonly SemaphoreSlim _slots;
    private readonly IFeedStore _store;
    private readonly FeedPoller _poller;
    private readonly ArticleIndexer _indexer;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedPollRunner> _logger;
    private readonly IChannelPublisher? _publisher;

    /// <param name="publisher">Absent for one-shot CLI verbs: notices are then only logged.</param>
    public FeedPollRunner(IFeedStore store, FeedPoller poller, ArticleIndexer indexer, IOptions<IngestOptions> options, TimeProvider time,
        ILogger<FeedPollRunner> logger, IChannelPublisher? publisher = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_store, _poller, _indexer, _options, _time, _logger, _publisher) = (store, poller, indexer, options.Value, time, logger, publisher);
        _slots = new SemaphoreSlim(_options.MaxConcurrentPolls);
    }

    /// <returns>Null when the feed is unknown (removed), paused, or already being polled.</returns>
    public async Task<FeedRun?> PollAsync(long feedId, CancellationToken cancellationToken)
    {
        if (!_running.TryAdd(feedId, 0))
        {
            LogAlreadyRunning(_logger, feedId);
            return null;
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                return await PollOnceAsync(feedId, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            _running.TryRemove(feedId, out _);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<FeedRun?> PollOnceAsync(long feedId, CancellationToken cancellationToken)
    {
        if (await _store.GetAsync(feedId, cancellationToken) is not { IsPaused: false } feed)
        {
            return null;
        }

        var seen = await _store.SeenKeysAsync(feedId, cancellationToken);
        var firstPoll = feed.Health.LastSuccessAt is null && seen.Count == 0;
        var result = await _poller.PollAsync(feed.Definition, feed.StateWith(seen), cancellationToken);
        var indexed = result.Documents.Count > 0 ? await _indexer.IndexDocumentsAsync(result.Documents, cancellationToken) : null;
        var listed = result.Feed?.Items.SelectMany(i => FeedItemKey.For(i).Candidates).Where(seen.Contains).ToList() ?? [];
        var pruneBefore = _time.GetUtcNow() - _options.SeenKeyRetention;
        if (!await _store.SavePollAsync(feedId, result.State, result.NewKeys, listed, pruneBefore, cancellationToken))
        {
            return null;
        }

        var health = result.State.Health;
        var paused = false;
        if (result.Status == FeedHealthStatus.Paused)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"{health.ConsecutiveFailures} polls in a row failed, the last with: {health.LastError}");
            paused = await _store.PauseAsync(feedId, reason, cancellationToken);
            if (paused)
            {
                LogPaused(_logger, feedId, UrlRedactor.Redact(feed.Url), health.ConsecutiveFailures);
                await PublishAsync(feed, FeedNotices.Paused(feed, reason), $"paused/{feedId}/{health.LastFailureAt?.ToUnixTimeMilliseconds()}", cancellationToken);
            }
        }
        else if (result.Outcome == FeedPollOutcome.Failed && health.ConsecutiveFailures == _options.WarnAfterFailures)
        {
            // Exactly at the threshold: one notice per failing streak, however long it lasts.
            await PublishAsync(feed, FeedNotices.Failing(feed, health, _options.PauseAfterFailures),
                $"failing/{feedId}/{health.LastFailureAt?.ToUnixTimeMilliseconds()}", cancellationToken);
        }
        else if (!firstPoll && result.Documents.Count > 0)
        {
            await PublishAsync(feed, FeedNotices.NewItems(feed, result.Documents), $"items/{feedId}/{string.Join(',', result.NewKeys.Take(3))}", cancellationToken);
        }

        return new FeedRun(feed, result, indexed, paused);
    }

    private async Task PublishAsync(StoredFeed feed, Reply reply, string nonceSeed, CancellationToken cancellationToken)
    {
        if (feed.ChannelId is null || _publisher is null)
        {
            LogNotPosted(_logger, feed.Id, (reply.Cards.Count > 0 ? reply.Cards[0].Title : null) ?? reply.Text ?? string.Empty);
            return;
        }

        var posted = await _publisher.PublishAsync(feed.ChannelId, reply, FeedNotices.Nonce(nonceSeed), cancellationToken);
        if (posted.Outcome != PublishOutcome.Posted)
        {
            LogPublishFailed(_logger, feed.Id, feed.ChannelId, posted.Outcome, posted.Reason ?? string.Empty);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedId} is still being polled; this firing is skipped")]
    private static partial void LogAlreadyRunning(ILogger logger, long feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} ({Url}) paused after {Failures} failed polls in a row")]
    private static partial void LogPaused(ILogger logger, long feedId, string url, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} has no channel to post to: {Notice}")]
    private static partial void LogNotPosted(ILogger logger, long feedId, string notice);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId}: posting to channel {ChannelId} {Outcome}: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, long feedId, string channelId, PublishOutcome outcome, string reason);
}
