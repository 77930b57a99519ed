namespace NewsBot.Core.Summaries;

/// <summary>
/// Picks sentences across articles of one language: each article's sentences are scored as for a single summary, less
/// relevant articles weigh a little less, and MMR over a shared term space keeps a fact told by two sources from appearing twice.
/// </summary>
public sealed class TopicSummarizer : ITopicSummarizer
{
    private const double RankPenalty = 0.08;
    private readonly CandidateScorer _scorer = new(SummarizerWeights.Default with { MaxSimilarity = 0.4, Redundancy = 0.8 });

    public TopicSummary Summarize(IReadOnlyList<SummaryInput> articles, SummaryLength length, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(length);
        if (articles.Count == 0)
        {
            return new TopicSummary(language ?? "und", [], [], []);
        }

        var chosenLanguage = language ?? MajorityLanguage(articles);
        var inLanguage = articles.Where(a => SameLanguage(a.Language, chosenLanguage)).ToList();
        var space = new TermSpace(chosenLanguage);
        var perArticle = inLanguage.Select(a => (Article: a, Candidates: _scorer.Collect(a, space))).ToList();
        var all = new List<Candidate>();
        for (var rank = 0; rank < perArticle.Count; rank++)
        {
            var (article, candidates) = perArticle[rank];
            _scorer.Score(candidates, TitleSignal.Of(article), space);
            candidates.ForEach(c => c.Score -= rank * RankPenalty);
            all.AddRange(candidates);
        }

        var count = length.Sentences ?? length.Resolve(all.Count / Math.Max(1, perArticle.Count)) + Math.Min(perArticle.Count - 1, 2);
        var chosen = CandidateSelector.Select(all, Math.Min(count, all.Count), _scorer.Weights);
        var order = inLanguage.Select((a, i) => (a.ArticleId, i)).ToDictionary(p => p.ArticleId, p => p.i);
        var sentences = chosen.OrderBy(c => order[c.ArticleId]).ThenBy(c => c.Sentence.Index).Select(c => c.ToSummarySentence()).ToList();
        var used = sentences.Select(s => s.ArticleId).ToHashSet();
        return new TopicSummary(
            chosenLanguage,
            sentences,
            [.. inLanguage.Where(a => used.Contains(a.ArticleId)).Select(Source)],
            [.. articles.Where(a => !SameLanguage(a.Language, chosenLanguage)).Select(Source)]);
    }

    /// <summary>The language most articles are in; a tie goes to the language of the best-matching article.</summary>
    private static string MajorityLanguage(IReadOnlyList<SummaryInput> articles) =>
        articles.Select((a, rank) => (Language: a.Language.ToLowerInvariant(), rank))
            .GroupBy(a => a.Language)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(a => a.rank))
            .First().Key;

    private static bool SameLanguage(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static TopicSource Source(SummaryInput article) => new(article.ArticleId, article.Title, article.Language);
}
