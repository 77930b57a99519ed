namespace NewsBot.Core.Evaluation;

/// <summary>ROUGE-L: the longest common subsequence of two token lists, with rouge-score's backtracking for ROUGE-Lsum.</summary>
internal static class LongestCommonSubsequence
{
    public static RougeScore Score(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        if (target.Count == 0 || prediction.Count == 0)
        {
            return RougeScore.Zero;
        }

        var table = Table(target, prediction);
        return RougeScore.FromCounts(table[target.Count, prediction.Count], prediction.Count, target.Count);
    }

    public static int[,] Table(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var t = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                t[i, j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? t[i - 1, j - 1] + 1
                    : Math.Max(t[i - 1, j], t[i, j - 1]);
            }
        }

        return t;
    }

    /// <summary>Indices into <paramref name="reference"/> of one LCS, chosen by the same tie-breaking as rouge-score.</summary>
    public static List<int> ReferenceIndices(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var t = Table(reference, candidate);
        var indices = new List<int>();
        int i = reference.Count, j = candidate.Count;
        while (i > 0 && j > 0)
        {
            if (string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal))
            {
                indices.Add(i - 1);
                i--;
                j--;
            }
            else if (t[i, j - 1] > t[i - 1, j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }

        indices.Reverse();
        return indices;
    }
}
