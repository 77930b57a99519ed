using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>A sentence that may be chosen, with its features and final score.</summary>
internal sealed class Candidate(long articleId, Sentence sentence, string text, int rank, List<int> terms)
{
    public long ArticleId { get; } = articleId;

    public Sentence Sentence { get; } = sentence;

    /// <summary>The sentence as displayed.</summary>
    public string Text { get; } = text;

    /// <summary>Position among the article's candidate sentences (0 = first).</summary>
    public int Rank { get; } = rank;

    public List<int> Terms { get; } = terms;

    public int Words { get; } = SentenceEligibility.WordCount(text);

    public SparseVector Vector { get; set; } = SparseVector.Empty;

    public double Score { get; set; }

    public SummarySentence ToSummarySentence() => new(ArticleId, Sentence.Index, Text);
}
