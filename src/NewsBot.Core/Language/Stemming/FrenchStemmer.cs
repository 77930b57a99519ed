namespace NewsBot.Core.Language.Stemming;

/// <summary>
/// The Snowball French stemmer (Martin Porter), written from the published algorithm. Regions: RV (after the first vowel
/// not at the start, or after par/col/tap, or after three letters when the word starts with two vowels), R1 and R2.
/// Upper-case I, U and Y mark letters that act as consonants until the end.
/// </summary>
public sealed partial class FrenchStemmer : IStemmer
{
    public static FrenchStemmer Instance { get; } = new();

    private FrenchStemmer()
    {
    }

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var w = new Word(Prelude(word));
        if (!(StandardSuffix(w) || IVerbSuffix(w) || VerbSuffix(w)))
        {
            ResidualSuffix(w);
        }
        else if (w.Text.EndsWith('Y'))
        {
            w.Replace(1, "i");
        }
        else if (w.Text.EndsWith('ç'))
        {
            w.Replace(1, "c");
        }

        UnDouble(w);
        UnAccent(w);
        return w.Text.Replace('I', 'i').Replace('U', 'u').Replace('Y', 'y');
    }

    internal static bool IsVowel(char c) =>
        c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'â' or 'à' or 'ë' or 'é' or 'ê' or 'è' or 'ï' or 'î' or 'ô' or 'û' or 'ù';

    /// <summary>u or i between vowels, y next to a vowel, and u after q act as consonants: mark them upper-case.</summary>
    private static string Prelude(string word)
    {
        var c = word.ToCharArray();
        for (var i = 0; i < c.Length; i++)
        {
            var prevVowel = i > 0 && IsVowel(c[i - 1]);
            var nextVowel = i + 1 < c.Length && IsVowel(c[i + 1]);
            c[i] = c[i] switch
            {
                'u' when prevVowel && nextVowel => 'U',
                'i' when prevVowel && nextVowel => 'I',
                'y' when prevVowel || nextVowel => 'Y',
                'u' when i > 0 && c[i - 1] == 'q' => 'U',
                var same => same,
            };
        }

        return new string(c);
    }

    private static void UnDouble(Word w)
    {
        foreach (var ending in (ReadOnlySpan<string>)["enn", "onn", "ett", "ell", "eill"])
        {
            if (w.Text.EndsWith(ending, StringComparison.Ordinal))
            {
                w.Replace(1, string.Empty);
                return;
            }
        }
    }

    /// <summary>An é or è followed only by non-vowels (at least one) loses its accent: "complèt" -> "complet".</summary>
    private static void UnAccent(Word w)
    {
        var i = w.Text.Length - 1;
        while (i >= 0 && !IsVowel(w.Text[i]))
        {
            i--;
        }

        if (i >= 0 && i < w.Text.Length - 1 && w.Text[i] is 'é' or 'è')
        {
            w.Text = string.Concat(w.Text.AsSpan(0, i), "e", w.Text.AsSpan(i + 1));
        }
    }
}
