using NewsBot.Core.Articles;
using NewsBot.Core.Search;
using NewsBot.Core.Summaries;

namespace NewsBot.Handlers;

/// <summary>
/// Summaries from the store: one article's, or a topic's across the best-matching articles. Shared by /summary and the CLI
/// so both give the same answer. Summaries are computed on demand from stored sentences (fast, and they follow the algorithm).
/// </summary>
public sealed class SummaryService(IArticleStore store, ISummarizer summarizer, ITopicSummarizer topicSummarizer)
{
    /// <summary>How many articles a topic summary reads: the best matches, enough for two or three sources per language.</summary>
    public const int TopicArticles = 6;

    public async Task<(Article Article, Summary Summary)?> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (await store.GetDetailAsync(article.Id, cancellationToken) is not { } detail)
        {
            return null;
        }

        return (article, summarizer.Summarize(Input(detail), length));
    }

    /// <summary>Null when the query cannot run; an empty summary when nothing matches.</summary>
    public async Task<(TopicSummary Summary, IReadOnlyDictionary<long, Article> Articles)> SummarizeTopicAsync(
        SearchQuery query, SummaryLength length, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = await store.SearchAsync(new SearchRequest(query, Limit: TopicArticles), cancellationToken);
        var inputs = (await store.GetDetailsAsync([.. hits.Select(h => h.Article.Id)], cancellationToken)).Select(Input).ToList();

        var articles = hits.Select(h => h.Article).ToDictionary(a => a.Id);
        return (topicSummarizer.Summarize(inputs, length, language), articles);
    }

    private static SummaryInput Input(ArticleDetail detail) =>
        new(detail.Article.Id, detail.Article.Title, detail.Article.Language, detail.Sentences);
}
