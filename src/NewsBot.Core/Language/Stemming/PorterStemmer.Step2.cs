namespace NewsBot.Core.Language.Stemming;

/// <summary>Porter's step 2 (double suffixes to single ones), with NLTK's "alli" first, "bli", "fulli" and "logi" variants.</summary>
public sealed partial class PorterStemmer
{
    private static readonly Rule[] Step2Rules =
    [
        new("ational", "ate", PositiveMeasure), new("tional", "tion", PositiveMeasure),
        new("enci", "ence", PositiveMeasure), new("anci", "ance", PositiveMeasure),
        new("izer", "ize", PositiveMeasure), new("bli", "ble", PositiveMeasure),
        new("alli", "al", PositiveMeasure), new("entli", "ent", PositiveMeasure),
        new("eli", "e", PositiveMeasure), new("ousli", "ous", PositiveMeasure),
        new("ization", "ize", PositiveMeasure), new("ation", "ate", PositiveMeasure),
        new("ator", "ate", PositiveMeasure), new("alism", "al", PositiveMeasure),
        new("iveness", "ive", PositiveMeasure), new("fulness", "ful", PositiveMeasure),
        new("ousness", "ous", PositiveMeasure), new("aliti", "al", PositiveMeasure),
        new("iviti", "ive", PositiveMeasure), new("biliti", "ble", PositiveMeasure),
        new("fulli", "ful", PositiveMeasure),
    ];

    private static string Step2(string word)
    {
        if (word.EndsWith("alli", StringComparison.Ordinal) && PositiveMeasure(word[..^4]))
        {
            return Step2(word[..^4] + "al");
        }

        // NLTK keeps the 'l' of "logi" with the stem, so that short stems such as "geo" and "theo" are measured with it.
        if (word.EndsWith("logi", StringComparison.Ordinal))
        {
            return PositiveMeasure(word[..^3]) ? word[..^1] : word;
        }

        return ApplyRules(word, Step2Rules);
    }
}
