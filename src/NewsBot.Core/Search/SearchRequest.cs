namespace NewsBot.Core.Search;

/// <summary>
/// A parsed query with its filters and the page of results wanted. <see cref="Since"/>/<see cref="Until"/> filter by the
/// article's date (publication, else indexing); <see cref="IndexedSince"/> by when it was first indexed (digests).
/// </summary>
public sealed record SearchRequest(
    SearchQuery Query,
    string? Language = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 10,
    int Offset = 0,
    DateTimeOffset? IndexedSince = null)
{
    public const int MaxLimit = 100;
}
