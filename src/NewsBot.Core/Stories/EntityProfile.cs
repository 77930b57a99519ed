namespace NewsBot.Core.Stories;

/// <summary>
/// The entity vectors of a candidate set, stored as postings (for each entity, the articles that mention it and its weight
/// there) so only pairs that share something are ever compared. Weight = (1 + ln count) x kind weight x IDF, where
/// IDF = ln((N + prior) / (df + 0.5)): a name in every candidate of a large set says little, one in two of them a lot.
/// </summary>
internal sealed class EntityProfile
{
    private EntityProfile(List<List<Posting>> postings, double[] norms)
    {
        Postings = postings;
        Norms = norms;
    }

    public IReadOnlyList<List<Posting>> Postings { get; }

    public IReadOnlyList<double> Norms { get; }

    public static EntityProfile Build(IReadOnlyList<IReadOnlyList<EntityFeature>> articles, double priorDocuments)
    {
        var byKey = new SortedDictionary<string, List<(int Article, EntityFeature Feature)>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var feature in articles[i])
            {
                if (!byKey.TryGetValue(feature.Key, out var list))
                {
                    byKey[feature.Key] = list = [];
                }

                list.Add((i, feature));
            }
        }

        var norms = new double[articles.Count];
        var postings = new List<List<Posting>>(byKey.Count);
        foreach (var mentions in byKey.Values)
        {
            var idf = Math.Log((articles.Count + priorDocuments) / (mentions.Count + 0.5));
            var list = new List<Posting>(mentions.Count);
            foreach (var (article, feature) in mentions)
            {
                var weight = (1 + Math.Log(feature.Count)) * KindWeight(feature.Kind) * idf;
                norms[article] += weight * weight;
                list.Add(new Posting(article, weight, feature.Kind is EntityKind.Name or EntityKind.Place));
            }

            postings.Add(list);
        }

        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = Math.Sqrt(norms[i]);
        }

        return new EntityProfile(postings, norms);
    }

    /// <summary>Numbers and bare months recur across unrelated news ("10 million", "in April"); names and dates do not.</summary>
    private static double KindWeight(EntityKind kind) => kind == EntityKind.Number ? 0.4 : 1.0;

    internal readonly record struct Posting(int Article, double Weight, bool IsName);
}
