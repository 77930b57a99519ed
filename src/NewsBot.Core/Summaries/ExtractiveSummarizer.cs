namespace NewsBot.Core.Summaries;

/// <summary>
/// Extractive summaries: scores every sentence that may be chosen (<see cref="CandidateScorer"/>), picks the best ones
/// without repeating a fact (<see cref="CandidateSelector"/>) and returns them in the article's order.
/// </summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    private readonly CandidateScorer _scorer;

    public ExtractiveSummarizer()
        : this(SummarizerWeights.Default)
    {
    }

    internal ExtractiveSummarizer(SummarizerWeights weights) => _scorer = new CandidateScorer(weights);

    public Summary Summarize(SummaryInput article, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(length);
        var space = new TermSpace(article.Language);
        var candidates = _scorer.Collect(article, space);
        _scorer.Score(candidates, TitleSignal.Of(article), space);
        var chosen = CandidateSelector.Select(candidates, length.Resolve(candidates.Count), _scorer.Weights);
        var sentences = chosen.OrderBy(c => c.Sentence.Index).Select(c => c.ToSummarySentence()).ToList();
        return new Summary(article.ArticleId, article.Title, article.Language, sentences);
    }
}
