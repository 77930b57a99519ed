namespace NewsBot.Core.Feeds;

/// <summary>
/// Feed polling and web fetching settings, bound from the "Ingest" section (which other parts share: <c>Ingest:Folders</c>,
/// <c>Ingest:MaxFileBytes</c>). Validated at start by <see cref="IngestOptionsValidator"/>.
/// </summary>
public sealed record IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Lets feed and page URLs reach loopback and private addresses. Off by default: user-given URLs stay public.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Whole-request budget for one fetch, redirects and body included.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read (after decompression); larger responses are cut off and fail.</summary>
    public long MaxResponseBytes { get; set; } = 10L * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "NewsBot/0.1 (self-hosted news bot; +https://github.com/newsbot/newsbot)";

    /// <summary>How often a feed is polled unless its own entry says otherwise.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Pages fetched at the same time for one feed poll.</summary>
    public int MaxConcurrentFetches { get; set; } = 4;

    /// <summary>Feeds polled at the same time, over all feeds (each feed is never polled twice at once).</summary>
    public int MaxConcurrentPolls { get; set; } = 2;

    /// <summary>How long a seen item key is kept after the feed last listed the item; feeds rarely re-list older items.</summary>
    public TimeSpan SeenKeyRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>New items taken from one poll; the rest wait for the next poll (a first poll of a large feed stays bounded).</summary>
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>Consecutive failed polls after which a feed is reported as failing.</summary>
    public int WarnAfterFailures { get; set; } = 3;

    /// <summary>Consecutive failed polls after which a feed is paused until an operator resumes it.</summary>
    public int PauseAfterFailures { get; set; } = 10;

    /// <summary>
    /// How often a running bot reads the feed list again, so feeds added, removed or resumed from the command line (another
    /// process) are scheduled without a restart.
    /// </summary>
    public TimeSpan FeedSyncInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Feeds configured in the file (commands may add more to the store).</summary>
    public IList<FeedSubscription> Feeds { get; init; } = [];
}
