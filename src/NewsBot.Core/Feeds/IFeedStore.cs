namespace NewsBot.Core.Feeds;

/// <summary>
/// Feeds and the item keys seen per feed. Two feeds are the same when their URLs have the same
/// <see cref="UrlCanonicalizer.IdentityKey"/> within one server (or both are global).
/// </summary>
public interface IFeedStore
{
    /// <summary>Adds a feed; null when the same feed is already there (see <see cref="FindAsync"/>).</summary>
    Task<StoredFeed?> AddAsync(NewFeed feed, CancellationToken cancellationToken = default);

    /// <summary>For <c>Ingest:Feeds</c> at start: adds the feed, or updates the interval and channel of the one already there.</summary>
    Task<StoredFeed> UpsertConfiguredAsync(NewFeed feed, CancellationToken cancellationToken = default);

    Task<StoredFeed?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The feed with this URL for this server (or the global one), or null.</summary>
    Task<StoredFeed?> FindAsync(string? guildId, Uri url, CancellationToken cancellationToken = default);

    /// <summary>All feeds when <paramref name="guildId"/> is null; else the server's and the global ones. Oldest first.</summary>
    Task<IReadOnlyList<StoredFeed>> ListAsync(string? guildId, CancellationToken cancellationToken = default);

    /// <summary>Removes the feed and its seen keys (the articles it brought stay indexed).</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<string>> SeenKeysAsync(long feedId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a poll atomically: validators and health from <paramref name="state"/>, <paramref name="newKeys"/> added,
    /// <paramref name="listedKeys"/> (items the feed still lists) kept fresh, and keys not listed since
    /// <paramref name="pruneBefore"/> dropped. False when the feed was removed meanwhile (nothing is written).
    /// </summary>
    Task<bool> SavePollAsync(long feedId, FeedState state, IReadOnlyCollection<string> newKeys, IReadOnlyCollection<string> listedKeys,
        DateTimeOffset pruneBefore, CancellationToken cancellationToken = default);

    /// <summary>Pauses a feed with a reason people can act on. False when it is unknown or already paused.</summary>
    Task<bool> PauseAsync(long id, string reason, CancellationToken cancellationToken = default);

    /// <summary>Unpauses a feed and forgets its run of failures (<see cref="FeedHealth.Resume"/>); null when unknown.</summary>
    Task<StoredFeed?> ResumeAsync(long id, CancellationToken cancellationToken = default);
}
