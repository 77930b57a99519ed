namespace NewsBot.Core.Digests;

/// <summary>A quote found for a story: what was said, by whom (canonical name), and the article it comes from.</summary>
public sealed record StoryQuote(string Text, string Speaker, long ArticleId);
