namespace NewsBot.Core.Digests.Subscriptions;

/// <summary>
/// A channel's digest: when (<see cref="Cron"/> in <see cref="TimeZone"/>, from what the admin wrote in <see cref="Schedule"/>),
/// what (language, topic, at most <see cref="MaxStories"/>, skipped when fewer than <see cref="MinStories"/>), and whether it is
/// paused (with the reason, e.g. the bot lost access to the channel).
/// </summary>
public sealed record DigestSubscription(
    long Id,
    string? GuildId,
    string ChannelId,
    string Schedule,
    string Cron,
    string TimeZone,
    string? Language,
    string? Topic,
    int MaxStories,
    int MinStories,
    string? CreatedBy,
    DateTimeOffset Created,
    string? PausedReason = null)
{
    public bool IsPaused => PausedReason is not null;
}
