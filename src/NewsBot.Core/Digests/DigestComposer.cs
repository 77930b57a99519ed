using NewsBot.Core.Articles;
using NewsBot.Core.Stories;
using NewsBot.Core.Summaries;

namespace NewsBot.Core.Digests;

/// <summary>
/// Turns candidate articles (see <see cref="DigestCandidateLoader"/>) into a digest: stories across sources and languages
/// (<see cref="IStoryClusterer"/>), most important first (most sources, then newest), each with a title and a 2-3 sentence
/// summary in the reader's language when one of its sources is in it (else in the story's main language), its most notable
/// quote when the quote source has one, and every source. Stateless; safe to share.
/// </summary>
public sealed class DigestComposer(IStoryClusterer clusterer, ITopicSummarizer summarizer, IStoryQuoteSource quotes)
{
    /// <summary>The most candidates one digest groups (the newest are kept): grouping cost grows with the square.</summary>
    public const int MaxCandidates = 500;

    public async Task<Digest> ComposeAsync(IReadOnlyList<ArticleDetail> candidates, DigestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var details = candidates
            .DistinctBy(d => d.Article.Id)
            .OrderByDescending(d => Time(d.Article))
            .ThenByDescending(d => d.Article.Id)
            .Take(MaxCandidates)
            .ToDictionary(d => d.Article.Id);
        var groups = clusterer.Group([.. details.Values.Select(d =>
            new StoryCandidate(d.Article.Id, d.Article.Key, d.Article.Title, d.Article.Language, Time(d.Article), d.Sentences))]);
        if (groups.Count == 0 || groups.Count < request.MinStories)
        {
            return new Digest([], details.Count, groups.Count);
        }

        var stories = new List<DigestStory>();
        foreach (var group in groups.Take(request.MaxStories))
        {
            stories.Add(await ComposeStoryAsync(group, details, request.Language, cancellationToken));
        }

        return new Digest(stories, details.Count, groups.Count);
    }

    private async Task<DigestStory> ComposeStoryAsync(StoryGroup group, Dictionary<long, ArticleDetail> details, string? wanted, CancellationToken cancellationToken)
    {
        var language = StoryLanguage(group, wanted);
        var lead = group.Lead(language);
        // The lead first, then the others as the clusterer ranked them (most central first).
        var articles = group.Articles.Where(a => a.ArticleId != lead.ArticleId).Prepend(lead).Select(a => details[a.ArticleId]).ToList();
        var inputs = articles.Select(d => new SummaryInput(d.Article.Id, d.Article.Title, d.Article.Language, d.Sentences)).ToList();
        // Two sentences say what one article reports; a story told by several sources earns a third.
        var sentences = articles.Count(d => SameLanguage(d.Article.Language, language)) > 1 ? 3 : 2;
        var summary = summarizer.Summarize(inputs, SummaryLength.Of(sentences), language);
        var quote = await quotes.FindMostNotableAsync([.. articles.Select(d => d.Article.Id)], language, cancellationToken);
        return new DigestStory(
            group.Id,
            lead.Title,
            language,
            summary.Sentences,
            quote is null ? null : new DigestQuote(quote.Text, quote.Speaker),
            [.. articles.Select(d => new DigestSource(d.Article.Id, d.Article.Key, d.Article.Title, d.Article.Language, d.Article.Url, Time(d.Article)))]);
    }

    /// <summary>The reader's language when a source is in it; else the language most sources are in (a tie goes to the lead's).</summary>
    private static string StoryLanguage(StoryGroup group, string? wanted)
    {
        if (wanted is not null && group.Articles.Any(a => SameLanguage(a.Language, wanted)))
        {
            return wanted.ToLowerInvariant();
        }

        return group.Articles
            .Select((a, rank) => (Language: a.Language.ToLowerInvariant(), rank))
            .GroupBy(a => a.Language)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(a => a.rank))
            .First().Key;
    }

    private static bool SameLanguage(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset Time(Article article) => article.Published ?? article.IndexedAt;
}
