namespace NewsBot.Core.Articles;

/// <summary>Which articles to list: newest first (by publication date, else indexing time), optionally by language and date.</summary>
public sealed record ArticleListQuery(
    string? Language = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 50,
    int Offset = 0);
