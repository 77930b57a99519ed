namespace NewsBot.Core.Language.Stemming;

/// <summary>Porter2 steps 0 and 1: possessives, plurals, -ed/-ing and a final y.</summary>
public sealed partial class EnglishStemmer
{
    private static string Step0(string w) =>
        w.EndsWith("'s'", StringComparison.Ordinal) ? w[..^3]
        : w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2]
        : w.EndsWith('\'') ? w[..^1]
        : w;

    private static string Step1A(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + (w.Length > 4 ? "i" : "ie");
        }

        if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal) || !w.EndsWith('s'))
        {
            return w;
        }

        // Delete the s if a vowel appears before the letter that precedes it ("gaps" -> "gap", but "gas" stays).
        for (var i = 0; i < w.Length - 2; i++)
        {
            if (IsVowel(w[i]))
            {
                return w[..^1];
            }
        }

        return w;
    }

    private static string Step1B(string w, int r1)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["eedly", "eed"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w.Length - suffix.Length >= r1 ? w[..^suffix.Length] + "ee" : w;
            }
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ingly", "edly", "ing", "ed"])
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = w[..^suffix.Length];
            if (!stem.Any(IsVowel))
            {
                return w;
            }

            return stem switch
            {
                _ when stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
                    || stem.EndsWith("iz", StringComparison.Ordinal) => stem + "e",
                _ when EndsWithDouble(stem) => stem[..^1],
                _ when IsShort(stem, r1) => stem + "e",
                _ => stem,
            };
        }

        return w;
    }

    private static bool EndsWithDouble(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static string Step1C(string w) =>
        w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2]) ? w[..^1] + "i" : w;
}
