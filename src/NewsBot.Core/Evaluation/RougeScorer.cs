namespace NewsBot.Core.Evaluation;

/// <summary>
/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum following Google's rouge-score, the implementation papers report with.
/// ROUGE-Lsum reads one sentence a line in both texts and scores the union of per-sentence LCS hits.
/// </summary>
public sealed class RougeScorer(IRougeTokenizer tokenizer)
{
    public IRougeTokenizer Tokenizer { get; } = tokenizer;

    public RougeResult Score(string target, string prediction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        var targetTokens = Tokenizer.Tokenize(target);
        var predictionTokens = Tokenizer.Tokenize(prediction);
        return new RougeResult(
            NGramOverlap.Score(targetTokens, predictionTokens, 1),
            NGramOverlap.Score(targetTokens, predictionTokens, 2),
            LongestCommonSubsequence.Score(targetTokens, predictionTokens),
            SummaryLevelLcs.Score(Lines(target), Lines(prediction)));
    }

    public RougeScore Rouge1(string target, string prediction) =>
        NGramOverlap.Score(Tokenizer.Tokenize(target), Tokenizer.Tokenize(prediction), 1);

    public RougeScore Rouge2(string target, string prediction) =>
        NGramOverlap.Score(Tokenizer.Tokenize(target), Tokenizer.Tokenize(prediction), 2);

    public RougeScore RougeL(string target, string prediction) =>
        LongestCommonSubsequence.Score(Tokenizer.Tokenize(target), Tokenizer.Tokenize(prediction));

    public RougeScore RougeLsum(string target, string prediction) => SummaryLevelLcs.Score(Lines(target), Lines(prediction));

    private List<IReadOnlyList<string>> Lines(string text) =>
        [.. text.Split('\n').Where(line => line.Length > 0).Select(Tokenizer.Tokenize)];
}
