namespace NewsBot.Core.Articles;

/// <summary>
/// An indexed article's metadata: what lists, search hits and replies show. The body and its sentences are in
/// <see cref="ArticleDetail"/>, loaded only when needed, so listing thousands of articles stays cheap.
/// </summary>
/// <param name="Id">The store's numeric id; internal (summaries and quotes point to it).</param>
/// <param name="Key">The short stable id people type (<c>/article id:k3f9q2a</c>); derived from <paramref name="Source"/>.</param>
/// <param name="Source">Where the article came from: a file path (with <c>#id</c> or <c>#L12</c> for JSONL records) or a URL.</param>
/// <param name="SourceName">The publisher's name when the input stated one.</param>
public sealed record Article(
    long Id,
    string Key,
    string? ExternalId,
    string Title,
    string Language,
    double LanguageConfidence,
    string Source,
    string? SourceName,
    string? Url,
    DateTimeOffset? Published,
    DateTimeOffset IndexedAt,
    DateTimeOffset UpdatedAt,
    int Words,
    string ContentHash);
