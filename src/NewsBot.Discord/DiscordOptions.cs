namespace NewsBot.Discord;

/// <summary>Settings bound from the <c>Discord</c> configuration section and validated at start by <see cref="DiscordOptionsValidator"/>.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token from the developer portal (Bot tab). A secret: keep it in user secrets or an environment variable.</summary>
    public string Token { get; set; } = string.Empty;

    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Overrides the URL from GET /gateway/bot (tests, proxies). Leave empty in production.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>When set, commands are registered in this guild only (instant) instead of globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>Total shards of the bot (all processes). One shard serves up to 2500 guilds.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>The shards this process runs; empty = all of 0..ShardCount-1.</summary>
    public IList<int> ShardIds { get; } = [];

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries of a request after a 5xx, a timeout or a network error (a 429 does not use a retry).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Interactions handled at the same time; more wait in line (their 3 s deadline still runs and auto-defers).</summary>
    public int MaxConcurrentInteractions { get; set; } = 32;

    /// <summary>When a handler has not answered after this long, the responder defers (type 5 or 6) so the 3 s deadline is met.</summary>
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// 401/403/429 responses allowed per 10 minutes before requests are refused. Discord bans an IP for a while at 10,000;
    /// past half of this budget each request is slowed down.
    /// </summary>
    public int InvalidRequestBudget { get; set; } = 1000;

    public string UserAgentUrl { get; set; } = "https://github.com/newsbot/newsbot";
}
