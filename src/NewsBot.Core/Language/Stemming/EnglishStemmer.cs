namespace NewsBot.Core.Language.Stemming;

/// <summary>
/// The Snowball English stemmer ("Porter2", Martin Porter 2002), written from the published algorithm.
/// Regions: R1 starts after the first non-vowel following a vowel (or after gener/commun/arsen), R2 is R1 taken again inside R1.
/// </summary>
public sealed partial class EnglishStemmer : IStemmer
{
    public static EnglishStemmer Instance { get; } = new();

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    // Words left alone once step 1a has run.
    private static readonly HashSet<string> AfterStep1A = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private EnglishStemmer()
    {
    }

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        var w = MarkConsonantY(word.StartsWith('\'') ? word[1..] : word);
        var (r1, r2) = Regions(w);
        w = Step0(w);
        w = Step1A(w);
        if (AfterStep1A.Contains(w))
        {
            return w;
        }

        w = Step1B(w, r1);
        w = Step1C(w);
        w = Step2(w, r1);
        w = Step3(w, r1, r2);
        w = Step4(w, r2);
        w = Step5(w, r1, r2);
        return w.Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>An initial y and a y after a vowel act as consonants; they are written 'Y' until the end.</summary>
    private static string MarkConsonantY(string w)
    {
        if (!w.Contains('y', StringComparison.Ordinal))
        {
            return w;
        }

        var chars = w.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
            {
                chars[i] = 'Y';
            }
        }

        return new string(chars);
    }

    private static (int R1, int R2) Regions(string w)
    {
        var r1 = w.StartsWith("gener", StringComparison.Ordinal) || w.StartsWith("arsen", StringComparison.Ordinal) ? 5
            : w.StartsWith("commun", StringComparison.Ordinal) ? 6
            : RegionAfter(w, 0);
        return (r1, RegionAfter(w, r1));
    }

    /// <summary>The position after the first non-vowel that follows a vowel, searching from <paramref name="from"/>.</summary>
    private static int RegionAfter(string w, int from)
    {
        for (var i = from + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    /// <summary>A short syllable ends at <paramref name="end"/>: non-vowel, vowel, non-vowel (not w, x, Y), or vowel, non-vowel at the start.</summary>
    private static bool EndsShortSyllable(string w, int end) =>
        (end >= 3 && !IsVowel(w[end - 3]) && IsVowel(w[end - 2]) && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y'))
        || (end == 2 && IsVowel(w[0]) && !IsVowel(w[1]));

    private static bool IsShort(string w, int r1) => r1 >= w.Length && EndsShortSyllable(w, w.Length);
}
