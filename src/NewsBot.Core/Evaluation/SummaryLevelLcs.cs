namespace NewsBot.Core.Evaluation;

/// <summary>
/// ROUGE-Lsum (Lin 2004, summary-level LCS): for each reference sentence, the union of its LCS with every predicted sentence;
/// each token is counted at most as often as it occurs on both sides.
/// </summary>
internal static class SummaryLevelLcs
{
    public static RougeScore Score(IReadOnlyList<IReadOnlyList<string>> target, IReadOnlyList<IReadOnlyList<string>> prediction)
    {
        var m = target.Sum(s => s.Count);
        var n = prediction.Sum(s => s.Count);
        if (m == 0 || n == 0)
        {
            return RougeScore.Zero;
        }

        var targetLeft = Counts(target);
        var predictionLeft = Counts(prediction);
        var hits = 0;
        foreach (var reference in target)
        {
            var union = new SortedSet<int>();
            foreach (var candidate in prediction)
            {
                union.UnionWith(LongestCommonSubsequence.ReferenceIndices(reference, candidate));
            }

            foreach (var index in union)
            {
                var token = reference[index];
                if (predictionLeft.GetValueOrDefault(token) > 0 && targetLeft.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    predictionLeft[token]--;
                    targetLeft[token]--;
                }
            }
        }

        return RougeScore.FromCounts(hits, n, m);
    }

    private static Dictionary<string, int> Counts(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
