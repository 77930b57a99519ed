namespace NewsBot.Core.Language.Stemming;

/// <summary>A Snowball "among" entry: a suffix and what replaces it when its step's conditions hold.</summary>
internal readonly record struct SuffixRule(string Suffix, string Replacement)
{
    /// <summary>Snowball picks the longest matching suffix of a step; rules are sorted longest first so the first hit wins.</summary>
    public static SuffixRule[] LongestFirst(params SuffixRule[] rules) =>
        [.. rules.OrderByDescending(r => r.Suffix.Length)];

    public static SuffixRule? FindLongest(string word, SuffixRule[] longestFirst)
    {
        foreach (var rule in longestFirst)
        {
            if (word.EndsWith(rule.Suffix, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }
}
