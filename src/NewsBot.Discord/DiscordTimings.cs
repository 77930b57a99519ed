namespace NewsBot.Discord;

/// <summary>
/// Protocol delays that are not user settings. Production uses <see cref="Default"/>; tests register shorter ones so the
/// fault scenarios run in milliseconds instead of the seconds Discord asks for.
/// </summary>
internal sealed record DiscordTimings
{
    public static DiscordTimings Default { get; } = new();

    /// <summary>First reconnect delay; doubles per failed attempt up to <see cref="ReconnectMaxDelay"/>, with jitter.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The random wait before identifying again after op 9 d:false (Discord asked for 1-5 s).</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The spacing of identifies per concurrency bucket: Discord's 5 s plus a margin for transit and clock skew.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5.5);

    /// <summary>How long our close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>First REST retry delay after a 5xx; doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Added to every rate-limit reset so we never arrive a hair early (DJS uses 50 ms).</summary>
    public TimeSpan RateLimitOffset { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The pause before each request once half of the invalid-request budget is used.</summary>
    public TimeSpan InvalidRequestSlowdown { get; init; } = TimeSpan.FromSeconds(1);
}
