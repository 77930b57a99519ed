namespace NewsBot.Core.Feeds;

/// <summary>
/// A feed as the store keeps it: what to poll, where its notices go, its conditional-GET validators and its health.
/// A feed is paused when <see cref="PausedReason"/> is set (after too many failures); only resuming it restarts polling.
/// </summary>
/// <param name="GuildId">The server that added it; null for feeds from configuration or the CLI (visible everywhere).</param>
/// <param name="ChannelId">Where notices and new items are posted; null: they are only logged.</param>
/// <param name="PollInterval">Its own interval; null uses <see cref="IngestOptions.PollInterval"/>.</param>
public sealed record StoredFeed(
    long Id,
    Uri Url,
    string? Name,
    string? GuildId,
    string? ChannelId,
    TimeSpan? PollInterval,
    string? AddedBy,
    DateTimeOffset Created,
    string? ETag,
    DateTimeOffset? LastModified,
    FeedHealth Health,
    string? PausedReason = null)
{
    public bool IsPaused => PausedReason is not null;

    public FeedDefinition Definition => new(Url, Name);

    public TimeSpan IntervalFor(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PollInterval ?? options.PollInterval;
    }

    /// <summary>Paused when the store says so; otherwise from the run of failures (which never pauses by itself here).</summary>
    public FeedHealthStatus StatusFor(IngestOptions options) =>
        IsPaused ? FeedHealthStatus.Paused
        : Health.StatusFor(options) == FeedHealthStatus.Healthy ? FeedHealthStatus.Healthy : FeedHealthStatus.Failing;

    public FeedState StateWith(IReadOnlySet<string> seenKeys) => new(ETag, LastModified, seenKeys, Health);
}
