namespace NewsBot.FakeDiscord;

/// <summary>How the fake behaves. Defaults follow Discord, except the short heartbeat interval that keeps tests fast.</summary>
public sealed record FakeDiscordOptions
{
    public string Token { get; init; } = "fake-bot-token.AbC123.xyz";

    public int HeartbeatIntervalMs { get; init; } = 300;

    /// <summary>When set, every message to the client is split into websocket frames of this many bytes.</summary>
    public int? FragmentBytes { get; init; }

    /// <summary>Identifies allowed per <see cref="IdentifyWindow"/> (session_start_limit.max_concurrency).</summary>
    public int MaxConcurrency { get; init; } = 1;

    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    public int RecommendedShards { get; init; } = 1;

    /// <summary>session_start_limit.remaining and reset_after (ms) as served by /gateway/bot.</summary>
    public int SessionStartRemaining { get; init; } = 999;

    public long SessionStartResetAfterMs { get; init; } = 14_400_000;

    /// <summary>Privileged intent bits this application may use (none by default, as for a new bot).</summary>
    public int AllowedPrivilegedIntents { get; init; }

    public TimeSpan CallbackDeadline { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan FollowupWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A client silent for longer than this (since its last heartbeat) is closed with 4000, a resumable code.</summary>
    public TimeSpan HeartbeatTimeout => TimeSpan.FromMilliseconds((HeartbeatIntervalMs * 1.5) + 1000);

    public string ApplicationId { get; init; } = "300";

    public string GuildId { get; init; } = "200";

    public IReadOnlyList<string> ChannelIds { get; init; } = ["400"];
}
