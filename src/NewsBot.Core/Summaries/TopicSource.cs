namespace NewsBot.Core.Summaries;

/// <summary>An article a topic summary drew on (or, for other languages, could not draw on).</summary>
public sealed record TopicSource(long ArticleId, string Title, string Language);
