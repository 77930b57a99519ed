namespace NewsBot.Core.Search;

/// <summary>A parsed query with its filters and the page of results wanted.</summary>
public sealed record SearchRequest(
    SearchQuery Query,
    string? Language = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 10,
    int Offset = 0)
{
    public const int MaxLimit = 100;
}
