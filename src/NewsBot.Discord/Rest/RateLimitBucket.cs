namespace NewsBot.Discord.Rest;

/// <summary>One Discord bucket (hash + major parameter): a gate that sends its requests in order, and the last known quota.</summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left until <see cref="ResetAt"/>; null when unknown (then we just send).</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }
}
