using NewsBot.Core.Search;

namespace NewsBot.Cli.Json;

/// <summary><c>search --json</c> items: score is BM25 with the title weighted, higher is better; snippet marks matches with **.</summary>
public sealed record SearchHitJson(string Id, string? ExternalId, string Title, string Language, double Score, string Snippet)
{
    public static SearchHitJson From(SearchHit h) => new(h.Article.Key, h.Article.ExternalId, h.Article.Title, h.Article.Language, h.Score, h.Snippet);
}
