namespace NewsBot.Core.Feeds;

/// <summary>
/// What the store keeps between polls of one feed: the HTTP validators for a conditional GET, the item keys already seen
/// (<see cref="FeedItemKey.Candidates"/>) and the health record.
/// </summary>
public sealed record FeedState(string? ETag, DateTimeOffset? LastModified, IReadOnlySet<string> SeenKeys, FeedHealth Health)
{
    public static FeedState New { get; } = new(null, null, new HashSet<string>(StringComparer.Ordinal), FeedHealth.New);
}
