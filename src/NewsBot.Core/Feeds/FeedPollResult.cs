using NewsBot.Core.Ingest;

namespace NewsBot.Core.Feeds;

/// <summary>
/// The result of <see cref="FeedPoller.PollAsync"/>. The caller stores <see cref="State"/> (or adds <see cref="NewKeys"/> to
/// the seen keys it keeps) and indexes <see cref="Documents"/> through the <see cref="IArticlePreparer"/>.
/// </summary>
/// <param name="Feed">The feed as read, when it was fetched and parsed.</param>
/// <param name="NewKeys">Keys of the items handled by this poll, to add to the stored seen keys.</param>
/// <param name="State">The complete next state: validators, seen keys (old and new) and health.</param>
/// <param name="Status">The health status after this poll.</param>
/// <param name="Warnings">Per-item problems that did not fail the poll (page fetch failed, feed content used instead).</param>
public sealed record FeedPollResult(
    FeedPollOutcome Outcome,
    string? Error,
    ParsedFeed? Feed,
    IReadOnlyList<RawDocument> Documents,
    IReadOnlyList<string> NewKeys,
    FeedState State,
    FeedHealthStatus Status,
    IReadOnlyList<string> Warnings);
