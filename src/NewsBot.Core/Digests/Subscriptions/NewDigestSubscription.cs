namespace NewsBot.Core.Digests.Subscriptions;

/// <summary>What an admin asks for with /digest subscribe, already checked (cron valid, time zone known, counts in range).</summary>
public sealed record NewDigestSubscription(
    string? GuildId,
    string ChannelId,
    string Schedule,
    string Cron,
    string TimeZone,
    string? Language,
    string? Topic,
    int MaxStories,
    int MinStories,
    string? CreatedBy);
