namespace NewsBot.Core.Feeds;

/// <summary>A feed to add, already checked (absolute http/https URL, a readable feed behind it).</summary>
/// <param name="AddedBy">The user id, or <c>configuration</c> / <c>cli</c>.</param>
public sealed record NewFeed(
    Uri Url,
    string? Name = null,
    string? GuildId = null,
    string? ChannelId = null,
    TimeSpan? PollInterval = null,
    string? AddedBy = null);
