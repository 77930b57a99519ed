namespace NewsBot.Core.Feeds;

/// <summary>
/// A feed's failure record, pure and immutable: the store keeps it, each poll returns the next one. A success (including
/// 304 Not Modified) resets the run of failures; each failure extends it and keeps its reason.
/// </summary>
public sealed record FeedHealth(
    int ConsecutiveFailures = 0,
    string? LastError = null,
    DateTimeOffset? LastSuccessAt = null,
    DateTimeOffset? LastFailureAt = null)
{
    public static FeedHealth New { get; } = new();

    public FeedHealth RecordSuccess(DateTimeOffset at) => this with { ConsecutiveFailures = 0, LastError = null, LastSuccessAt = at };

    public FeedHealth RecordFailure(string reason, DateTimeOffset at) =>
        this with { ConsecutiveFailures = ConsecutiveFailures + 1, LastError = reason, LastFailureAt = at };

    /// <summary>What an operator resuming a paused feed does: the failure run is forgotten, the history of times kept.</summary>
    public FeedHealth Resume() => this with { ConsecutiveFailures = 0, LastError = null };

    public FeedHealthStatus StatusFor(int warnAfterFailures, int pauseAfterFailures) =>
        ConsecutiveFailures >= pauseAfterFailures ? FeedHealthStatus.Paused
        : ConsecutiveFailures >= warnAfterFailures ? FeedHealthStatus.Failing
        : FeedHealthStatus.Healthy;

    public FeedHealthStatus StatusFor(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return StatusFor(options.WarnAfterFailures, options.PauseAfterFailures);
    }
}
