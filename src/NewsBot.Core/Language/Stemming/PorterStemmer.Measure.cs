namespace NewsBot.Core.Language.Stemming;

/// <summary>Porter's consonant/vowel measure and the helpers its rules are written in.</summary>
public sealed partial class PorterStemmer
{
    // 'y' is a consonant at the start and after a vowel, a vowel after a consonant (Porter's definition).
    private static bool IsConsonant(string word, int i) => word[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(word, i - 1),
        _ => true,
    };

    /// <summary>m in [C](VC)^m[V]: the number of vowel-consonant sequences.</summary>
    private static int Measure(string stem, int length)
    {
        var m = 0;
        var previousVowel = false;
        for (var i = 0; i < length; i++)
        {
            var consonant = IsConsonant(stem, i);
            if (consonant && previousVowel)
            {
                m++;
            }

            previousVowel = !consonant;
        }

        return m;
    }

    private static int Measure(string stem) => Measure(stem, stem.Length);

    private static bool PositiveMeasure(string stem) => Measure(stem) > 0;

    private static bool MeasureAboveOne(string stem) => Measure(stem) > 1;

    private static bool ContainsVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    /// <summary>*o: consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a two-letter vowel-consonant word.</summary>
    private static bool EndsCvc(string word) =>
        (word.Length >= 3 && IsConsonant(word, word.Length - 3) && !IsConsonant(word, word.Length - 2)
            && IsConsonant(word, word.Length - 1) && word[^1] is not ('w' or 'x' or 'y'))
        || (word.Length == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1));

    /// <summary>
    /// NLTK's rule-list semantics: the first rule whose suffix matches decides; if its condition fails, no later rule is tried.
    /// The suffix "*d" stands for a double consonant.
    /// </summary>
    private static string ApplyRules(string word, ReadOnlySpan<Rule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.Suffix == "*d")
            {
                if (!EndsDoubleConsonant(word))
                {
                    continue;
                }

                var doubleStem = word[..^2];
                return rule.Condition is null || rule.Condition(doubleStem) ? doubleStem + rule.Replacement : word;
            }

            if (word.EndsWith(rule.Suffix, StringComparison.Ordinal))
            {
                var stem = word[..^rule.Suffix.Length];
                return rule.Condition is null || rule.Condition(stem) ? stem + rule.Replacement : word;
            }
        }

        return word;
    }

    private readonly record struct Rule(string Suffix, string Replacement, Func<string, bool>? Condition);
}
