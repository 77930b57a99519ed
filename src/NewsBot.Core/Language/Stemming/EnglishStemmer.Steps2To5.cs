namespace NewsBot.Core.Language.Stemming;

/// <summary>Porter2 steps 2 to 5: derivational suffixes inside R1 and R2, then a final e or double l.</summary>
public sealed partial class EnglishStemmer
{
    private static readonly SuffixRule[] Step2Rules = SuffixRule.LongestFirst(
        new("tional", "tion"), new("enci", "ence"), new("anci", "ance"), new("abli", "able"), new("entli", "ent"),
        new("izer", "ize"), new("ization", "ize"), new("ational", "ate"), new("ation", "ate"), new("ator", "ate"),
        new("alism", "al"), new("aliti", "al"), new("alli", "al"), new("fulness", "ful"), new("ousli", "ous"),
        new("ousness", "ous"), new("iveness", "ive"), new("iviti", "ive"), new("biliti", "ble"), new("bli", "ble"),
        new("ogi", "og"), new("fulli", "ful"), new("lessli", "less"), new("li", string.Empty));

    private static readonly SuffixRule[] Step3Rules = SuffixRule.LongestFirst(
        new("tional", "tion"), new("ational", "ate"), new("alize", "al"), new("icate", "ic"), new("iciti", "ic"),
        new("ical", "ic"), new("ful", string.Empty), new("ness", string.Empty), new("ative", string.Empty));

    private static readonly SuffixRule[] Step4Rules = SuffixRule.LongestFirst(
        [.. "al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion".Split(' ')
            .Select(s => new SuffixRule(s, string.Empty))]);

    private static string Step2(string w, int r1)
    {
        if (SuffixRule.FindLongest(w, Step2Rules) is not { } rule || w.Length - rule.Suffix.Length < r1)
        {
            return w;
        }

        var stem = w[..^rule.Suffix.Length];
        var allowed = rule.Suffix switch
        {
            "ogi" => stem.EndsWith('l'),
            "li" => stem.Length > 0 && stem[^1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
            _ => true,
        };
        return allowed ? stem + rule.Replacement : w;
    }

    private static string Step3(string w, int r1, int r2)
    {
        if (SuffixRule.FindLongest(w, Step3Rules) is not { } rule || w.Length - rule.Suffix.Length < r1)
        {
            return w;
        }

        if (rule.Suffix == "ative" && w.Length - rule.Suffix.Length < r2)
        {
            return w;
        }

        return w[..^rule.Suffix.Length] + rule.Replacement;
    }

    private static string Step4(string w, int r2)
    {
        if (SuffixRule.FindLongest(w, Step4Rules) is not { } rule || w.Length - rule.Suffix.Length < r2)
        {
            return w;
        }

        var stem = w[..^rule.Suffix.Length];
        if (rule.Suffix == "ion" && (stem.Length == 0 || stem[^1] is not ('s' or 't')))
        {
            return w;
        }

        return stem;
    }

    private static string Step5(string w, int r1, int r2)
    {
        var at = w.Length - 1;
        if (w.EndsWith('e') && (at >= r2 || (at >= r1 && !EndsShortSyllable(w, at))))
        {
            return w[..^1];
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && at >= r2)
        {
            return w[..^1];
        }

        return w;
    }
}
