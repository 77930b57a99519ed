namespace NewsBot.Publishing;

/// <summary>How posting to a channel went.</summary>
public enum PublishOutcome
{
    /// <summary>Posted (or, with the same nonce, found already posted).</summary>
    Posted,

    /// <summary>NewsBot may not post there (Discord 403) or the channel is gone (404): retrying will not help; tell an admin.</summary>
    Refused,

    /// <summary>A passing fault (5xx, timeout, rate limit exhausted): the same post may be tried again later.</summary>
    Failed,
}
