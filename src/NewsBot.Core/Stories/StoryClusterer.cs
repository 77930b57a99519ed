namespace NewsBot.Core.Stories;

/// <summary>
/// Groups articles about the same event, across sources and languages. Each article becomes a vector of its entities
/// (<see cref="EntityExtractor"/>) weighted by rarity among the candidates (IDF with a small background prior); two articles
/// are similar by the cosine of those vectors, counted only when they share <see cref="StoryOptions.MinSharedNames"/> names or
/// places and lie within <see cref="StoryOptions.Window"/> of each other. Groups then merge by average linkage while the
/// best pair is at or above <see cref="StoryOptions.Threshold"/>: average rather than single linkage, so a chain of
/// loosely related articles does not become one story. Pure and deterministic (input order does not matter).
/// </summary>
public sealed class StoryClusterer(StoryOptions options) : IStoryClusterer
{
    public StoryClusterer()
        : this(StoryOptions.Default)
    {
    }

    public StoryOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public IReadOnlyList<StoryGroup> Group(IReadOnlyList<StoryCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var articles = candidates.DistinctBy(c => c.ArticleId).OrderBy(c => c.ArticleId).ToList();
        if (articles.Count > Options.MaxCandidates)
        {
            throw new ArgumentException(
                $"{articles.Count} candidates is more than the {Options.MaxCandidates} a story grouping takes; keep the newest.", nameof(candidates));
        }

        var similarity = Similarities(articles);
        var members = Agglomerate(similarity, articles.Count);
        return [.. members
            .Select(m => Story(m, articles, similarity))
            .OrderByDescending(s => s.Articles.Count)
            .ThenByDescending(s => s.Latest)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>The pairwise similarity matrix (0 on the diagonal) of articles in the given order.</summary>
    internal double[,] Similarities(IReadOnlyList<StoryCandidate> articles)
    {
        var profiles = EntityProfile.Build(articles.Select(EntityExtractor.Extract).ToList(), Options.PriorDocuments);
        var n = articles.Count;
        var dot = new double[n, n];
        var shared = new int[n, n];
        foreach (var postings in profiles.Postings)
        {
            for (var a = 0; a < postings.Count; a++)
            {
                for (var b = a + 1; b < postings.Count; b++)
                {
                    var (i, j) = (postings[a].Article, postings[b].Article);
                    dot[i, j] += postings[a].Weight * postings[b].Weight;
                    shared[i, j] += postings[a].IsName ? 1 : 0;
                }
            }
        }

        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var apart = (articles[i].Time - articles[j].Time).Duration();
                if (shared[i, j] < Options.MinSharedNames || apart > Options.Window || profiles.Norms[i] == 0 || profiles.Norms[j] == 0)
                {
                    continue;
                }

                // Within the window, closer in time is a little more likely the same event: up to 20% off at the edge.
                var time = 1 - (0.2 * apart / Options.Window);
                similarity[i, j] = similarity[j, i] = dot[i, j] / (profiles.Norms[i] * profiles.Norms[j]) * time;
            }
        }

        return similarity;
    }

    /// <summary>Average-linkage merging (Lance-Williams update) until no pair of groups reaches the threshold.</summary>
    private List<List<int>> Agglomerate(double[,] similarity, int n)
    {
        var linkage = (double[,])similarity.Clone();
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var active = Enumerable.Repeat(true, n).ToArray();
        while (true)
        {
            var (bestI, bestJ, best) = (-1, -1, Options.Threshold);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; active[i] && j < n; j++)
                {
                    if (active[j] && linkage[i, j] >= best && (bestI < 0 || linkage[i, j] > best))
                    {
                        (bestI, bestJ, best) = (i, j, linkage[i, j]);
                    }
                }
            }

            if (bestI < 0)
            {
                break;
            }

            var (sizeI, sizeJ) = (groups[bestI].Count, groups[bestJ].Count);
            for (var k = 0; k < n; k++)
            {
                if (active[k] && k != bestI && k != bestJ)
                {
                    linkage[bestI, k] = linkage[k, bestI] = ((sizeI * linkage[bestI, k]) + (sizeJ * linkage[bestJ, k])) / (sizeI + sizeJ);
                }
            }

            groups[bestI].AddRange(groups[bestJ]);
            active[bestJ] = false;
        }

        return [.. groups.Where((_, i) => active[i])];
    }

    private static StoryGroup Story(List<int> members, List<StoryCandidate> articles, double[,] similarity)
    {
        double Centrality(int i) => members.Count == 1 ? 0 : members.Where(j => j != i).Average(j => similarity[i, j]);
        var ordered = members
            .OrderByDescending(Centrality)
            .ThenByDescending(i => articles[i].Time)
            .ThenBy(i => articles[i].ArticleId)
            .Select(i => articles[i])
            .ToList();
        return new StoryGroup(StoryId.For(ordered.Select(a => a.Key)), ordered);
    }
}
