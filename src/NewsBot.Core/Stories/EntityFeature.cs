namespace NewsBot.Core.Stories;

/// <summary>
/// One entity of an article in a language-neutral form (<c>p:russia</c> for Russia, Russie, russe, Russland...) and how
/// many times the article mentions it.
/// </summary>
public sealed record EntityFeature(string Key, EntityKind Kind, int Count);
