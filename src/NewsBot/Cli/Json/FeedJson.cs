using NewsBot.Core.Feeds;
using NewsBot.Core.Web;
using NewsBot.Feeds;

namespace NewsBot.Cli.Json;

/// <summary><c>feed list --json</c> items: scripts and monitoring depend on this shape. The URL is redacted.</summary>
public sealed record FeedJson(
    long Id,
    string Url,
    string? Name,
    string Status,
    string? GuildId,
    string? ChannelId,
    double PollIntervalSeconds,
    string? AddedBy,
    DateTimeOffset Created,
    int ConsecutiveFailures,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastFailure,
    string? LastError,
    string? PausedReason)
{
    public static FeedJson From(StoredFeed f, IngestOptions o) => new(f.Id, UrlRedactor.Redact(f.Url), f.Name, FeedText.Status(f.StatusFor(o)), f.GuildId,
        f.ChannelId, f.IntervalFor(o).TotalSeconds, f.AddedBy, f.Created, f.Health.ConsecutiveFailures, f.Health.LastSuccessAt, f.Health.LastFailureAt,
        f.Health.LastError, f.PausedReason);
}
