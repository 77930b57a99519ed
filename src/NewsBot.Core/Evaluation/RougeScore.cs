namespace NewsBot.Core.Evaluation;

/// <summary>Precision, recall and F1 of one ROUGE measure, each between 0 and 1.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F)
{
    public static RougeScore Zero { get; } = new(0, 0, 0);

    /// <summary>Builds the score from overlap counts, as rouge-score does: an empty side counts as one to avoid dividing by zero.</summary>
    public static RougeScore FromCounts(int hits, int predictionCount, int targetCount)
    {
        var precision = hits / (double)Math.Max(predictionCount, 1);
        var recall = hits / (double)Math.Max(targetCount, 1);
        return new RougeScore(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }
}
