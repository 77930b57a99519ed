namespace NewsBot.Core.Evaluation;

/// <summary>ROUGE-N: clipped n-gram overlap between a reference and a prediction.</summary>
internal static class NGramOverlap
{
    public static RougeScore Score(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        var targetCounts = Count(target, n);
        var predictionCounts = Count(prediction, n);
        var hits = 0;
        foreach (var (gram, count) in targetCounts)
        {
            if (predictionCounts.TryGetValue(gram, out var predicted))
            {
                hits += Math.Min(count, predicted);
            }
        }

        return RougeScore.FromCounts(hits, Math.Max(prediction.Count - n + 1, 0), Math.Max(target.Count - n + 1, 0));
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join('\u0001', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }
}
