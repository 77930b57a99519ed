namespace NewsBot.Core.Feeds;

/// <summary>A feed to poll, as the store or the configuration knows it.</summary>
/// <param name="Name">Shown as the articles' source name; the feed's own title is used when null.</param>
public sealed record FeedDefinition(Uri Url, string? Name = null);
