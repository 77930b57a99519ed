namespace NewsBot.Core.Summaries;

/// <summary>
/// Continuous LexRank (Erkan and Radev 2004): PageRank over the sentence graph weighted by cosine similarity.
/// Quadratic in the number of sentences, so callers cap how many sentences enter the graph.
/// </summary>
internal static class LexRank
{
    private const double Damping = 0.85;
    private const int Iterations = 25;

    public static double[] Scores(IReadOnlyList<SparseVector> vectors)
    {
        var n = vectors.Count;
        var scores = new double[n];
        if (n == 0)
        {
            return scores;
        }

        var similarity = new double[n * n];
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var s = vectors[i].Dot(vectors[j]);
                similarity[(i * n) + j] = s;
                similarity[(j * n) + i] = s;
                rowSums[i] += s;
                rowSums[j] += s;
            }
        }

        Array.Fill(scores, 1.0 / n);
        var next = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Fill(next, (1 - Damping) / n);
            for (var i = 0; i < n; i++)
            {
                if (rowSums[i] == 0)
                {
                    // A sentence that shares nothing spreads its weight evenly (the usual dangling-node rule).
                    var share = Damping * scores[i] / n;
                    for (var j = 0; j < n; j++)
                    {
                        next[j] += share;
                    }

                    continue;
                }

                var spread = Damping * scores[i] / rowSums[i];
                for (var j = 0; j < n; j++)
                {
                    next[j] += spread * similarity[(i * n) + j];
                }
            }

            (scores, next) = (next, scores);
        }

        return scores;
    }
}
