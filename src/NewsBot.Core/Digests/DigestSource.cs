namespace NewsBot.Core.Digests;

/// <summary>
/// One article of a story, linked from the digest. <see cref="ArticleId"/> is what a delivery records as posted;
/// <see cref="ArticleKey"/> is what people type; <see cref="Url"/> is null for articles indexed from files.
/// </summary>
public sealed record DigestSource(long ArticleId, string ArticleKey, string Title, string Language, string? Url, DateTimeOffset Time);
