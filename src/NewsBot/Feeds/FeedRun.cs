using NewsBot.Core.Feeds;
using NewsBot.Core.Indexing;

namespace NewsBot.Feeds;

/// <summary>What one run of <see cref="FeedPollRunner.PollAsync"/> did: the feed as it was before, the poll and what was indexed.</summary>
/// <param name="Indexed">Null when the poll brought no new documents.</param>
/// <param name="Paused">True when this poll paused the feed.</param>
public sealed record FeedRun(StoredFeed Feed, FeedPollResult Result, IndexReport? Indexed, bool Paused);
