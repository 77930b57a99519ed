using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Ingest;
using NewsBot.Core.Web;

namespace NewsBot.Core.Feeds;

/// <summary>
/// One poll of one feed, everything but storage and scheduling: a conditional GET, parsing, deduplication against the
/// seen keys (<see cref="FeedItemKey"/>), page fetches with bounded concurrency (<see cref="IngestOptions.MaxConcurrentFetches"/>),
/// and the next state with its health. Expected failures are results, not exceptions; only cancellation throws.
/// </summary>
public sealed partial class FeedPoller(
    ISafeHttpFetcher fetcher,
    FeedArticleReader reader,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    private const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

    private readonly IngestOptions _options = options.Value;

    public async Task<FeedPollResult> PollAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Health.StatusFor(_options) == FeedHealthStatus.Paused)
        {
            return new FeedPollResult(FeedPollOutcome.Skipped, state.Health.LastError, null, [], [], state, FeedHealthStatus.Paused, []);
        }

        var fetched = await fetcher.FetchAsync(new FetchRequest(feed.Url, state.ETag, state.LastModified, FeedAccept), cancellationToken);
        switch (fetched)
        {
            case FetchNotModified:
                var unchanged = state with { Health = state.Health.RecordSuccess(time.GetUtcNow()) };
                return new FeedPollResult(FeedPollOutcome.NotModified, null, null, [], [], unchanged, unchanged.Health.StatusFor(_options), []);
            case FetchRefused refused:
                return Fail(feed, state, "refused: " + refused.Reason);
            case FetchFailed failed:
                return Fail(feed, state, failed.Reason);
            case FetchSucceeded body:
                ParsedFeed parsed;
                try
                {
                    parsed = FeedParser.Parse(body.Body, body.FinalUrl, body.Charset);
                }
                catch (FeedParseException e)
                {
                    return Fail(feed, state, e.Message);
                }

                return await ReadItemsAsync(feed, state, body, parsed, cancellationToken);
            default:
                return Fail(feed, state, "unexpected fetch result");
        }
    }

    private async Task<FeedPollResult> ReadItemsAsync(FeedDefinition feed, FeedState state, FetchSucceeded body, ParsedFeed parsed,
        CancellationToken cancellationToken)
    {
        var fresh = NewItems(parsed, state.SeenKeys).Take(_options.MaxItemsPerPoll).ToList();
        var articles = new FeedArticle[fresh.Count];
        var sourceName = feed.Name ?? parsed.Title ?? body.FinalUrl.Host;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentFetches, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, fresh.Count), parallel, async (i, ct) =>
            articles[i] = await reader.ReadAsync(fresh[i].Item, body.FinalUrl, sourceName, ct));

        var documents = new List<RawDocument>();
        var newKeys = new List<string>();
        var warnings = new List<string>();
        for (var i = 0; i < fresh.Count; i++)
        {
            var (item, key) = fresh[i];
            var article = articles[i];
            if (article.Document is not null)
            {
                documents.Add(article.Document);
            }

            if (article.Problem is not null)
            {
                warnings.Add($"{UrlRedactor.Redact(item.Link?.AbsoluteUri ?? item.Guid)}: {article.Problem}");
            }

            if (!article.RetryLater)
            {
                newKeys.AddRange(key.Candidates);
            }
        }

        var seen = new HashSet<string>(state.SeenKeys, StringComparer.Ordinal);
        seen.UnionWith(newKeys);
        var health = state.Health.RecordSuccess(time.GetUtcNow());
        var next = new FeedState(body.ETag, body.LastModified, seen, health);
        LogPolled(logger, UrlRedactor.Redact(feed.Url), parsed.Items.Count, documents.Count);
        return new FeedPollResult(FeedPollOutcome.Fetched, null, parsed, documents, newKeys, next, health.StatusFor(_options), warnings);
    }

    /// <summary>Items none of whose keys were seen, once each even when the feed lists an item twice.</summary>
    private static IEnumerable<(FeedItem Item, FeedItemKey Key)> NewItems(ParsedFeed parsed, IReadOnlySet<string> seen)
    {
        var thisPoll = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in parsed.Items)
        {
            var key = FeedItemKey.For(item);
            if (key.Candidates.Count == 0 || key.IsIn(seen) || key.Candidates.Any(thisPoll.Contains))
            {
                continue;
            }

            thisPoll.UnionWith(key.Candidates);
            yield return (item, key);
        }
    }

    private FeedPollResult Fail(FeedDefinition feed, FeedState state, string reason)
    {
        var health = state.Health.RecordFailure(reason, time.GetUtcNow());
        var status = health.StatusFor(_options);
        LogPollFailed(logger, UrlRedactor.Redact(feed.Url), health.ConsecutiveFailures, status, reason);
        return new FeedPollResult(FeedPollOutcome.Failed, reason, null, [], [], state with { Health = health }, status, []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Url}: {Items} items, {New} new documents")]
    private static partial void LogPolled(ILogger logger, string url, int items, int @new);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poll of {Url} failed ({Failures} in a row, {Status}): {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string url, int failures, FeedHealthStatus status, string reason);
}
