namespace NewsBot.Publishing;

/// <summary>The outcome of posting a reply to a channel, with the messages created or the reason it did not happen.</summary>
public sealed record PublishResult(PublishOutcome Outcome, IReadOnlyList<string> MessageIds, string? Reason = null)
{
    public static PublishResult Posted(IReadOnlyList<string> messageIds) => new(PublishOutcome.Posted, messageIds);

    public static PublishResult Refused(string reason) => new(PublishOutcome.Refused, [], reason);

    public static PublishResult Failed(string reason) => new(PublishOutcome.Failed, [], reason);
}
