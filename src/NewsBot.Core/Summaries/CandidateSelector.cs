namespace NewsBot.Core.Summaries;

/// <summary>Maximal marginal relevance (Carbonell and Goldstein 1998): take the best sentence that does not repeat the chosen ones.</summary>
internal static class CandidateSelector
{
    public static List<Candidate> Select(IReadOnlyList<Candidate> candidates, int count, SummarizerWeights weights)
    {
        var chosen = new List<Candidate>(count);
        var remaining = new List<Candidate>(candidates);
        while (chosen.Count < count && remaining.Count > 0)
        {
            Candidate? best = null;
            var bestValue = double.NegativeInfinity;
            foreach (var candidate in remaining)
            {
                var overlap = chosen.Count == 0 ? 0 : chosen.Max(c => c.Vector.Dot(candidate.Vector));
                var value = overlap > weights.MaxSimilarity ? double.NegativeInfinity : candidate.Score - (weights.Redundancy * overlap);
                if (value > bestValue)
                {
                    best = candidate;
                    bestValue = value;
                }
            }

            if (best is null)
            {
                break;
            }

            chosen.Add(best);
            remaining.Remove(best);
        }

        return chosen;
    }
}
