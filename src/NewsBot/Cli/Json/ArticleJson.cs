using NewsBot.Core.Articles;

namespace NewsBot.Cli.Json;

/// <summary><c>articles --json</c> items. Documented in the README: scripts depend on this shape.</summary>
public sealed record ArticleJson(string Id, string? ExternalId, string Title, string Language, string Source, string? Url, DateTimeOffset? Published, int Words)
{
    public static ArticleJson From(Article a) => new(a.Key, a.ExternalId, a.Title, a.Language, a.Source, a.Url, a.Published, a.Words);
}
