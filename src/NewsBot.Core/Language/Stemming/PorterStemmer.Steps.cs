namespace NewsBot.Core.Language.Stemming;

/// <summary>Porter's steps 1 to 5 in NLTK's order, including NLTK's departures from the 1980 paper.</summary>
public sealed partial class PorterStemmer
{
    private static readonly Rule[] Step1ARules =
        [new("sses", "ss", null), new("ies", "i", null), new("ss", "ss", null), new("s", string.Empty, null)];

    private static readonly Rule[] Step1CRules =
        [new("y", "i", stem => stem.Length > 1 && IsConsonant(stem, stem.Length - 1))];

    private static readonly Rule[] Step3Rules =
    [
        new("icate", "ic", PositiveMeasure), new("ative", string.Empty, PositiveMeasure), new("alize", "al", PositiveMeasure),
        new("iciti", "ic", PositiveMeasure), new("ical", "ic", PositiveMeasure), new("ful", string.Empty, PositiveMeasure),
        new("ness", string.Empty, PositiveMeasure),
    ];

    private static readonly Rule[] Step4Rules =
    [
        new("al", string.Empty, MeasureAboveOne), new("ance", string.Empty, MeasureAboveOne),
        new("ence", string.Empty, MeasureAboveOne), new("er", string.Empty, MeasureAboveOne),
        new("ic", string.Empty, MeasureAboveOne), new("able", string.Empty, MeasureAboveOne),
        new("ible", string.Empty, MeasureAboveOne), new("ant", string.Empty, MeasureAboveOne),
        new("ement", string.Empty, MeasureAboveOne), new("ment", string.Empty, MeasureAboveOne),
        new("ent", string.Empty, MeasureAboveOne),
        new("ion", string.Empty, stem => Measure(stem) > 1 && stem[^1] is 's' or 't'),
        new("ou", string.Empty, MeasureAboveOne), new("ism", string.Empty, MeasureAboveOne),
        new("ate", string.Empty, MeasureAboveOne), new("iti", string.Empty, MeasureAboveOne),
        new("ous", string.Empty, MeasureAboveOne), new("ive", string.Empty, MeasureAboveOne),
        new("ize", string.Empty, MeasureAboveOne),
    ];

    private static string Step1A(string word) =>
        word.Length == 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "ie" : ApplyRules(word, Step1ARules);

    private static string Step1B(string word)
    {
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word[..^3] + (word.Length == 4 ? "ie" : "i");
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            var eedStem = word[..^3];
            return Measure(eedStem) > 0 ? eedStem + "ee" : word;
        }

        string? stem = null;
        if (word.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(word[..^2]))
        {
            stem = word[..^2];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(word[..^3]))
        {
            stem = word[..^3];
        }

        if (stem is null)
        {
            return word;
        }

        var last = stem.Length > 0 ? stem[^1] : '\0';
        Rule[] rules =
        [
            new("at", "ate", null), new("bl", "ble", null), new("iz", "ize", null),
            new("*d", last.ToString(), _ => last is not ('l' or 's' or 'z')),
            new(string.Empty, "e", s => Measure(s) == 1 && EndsCvc(s)),
        ];
        return ApplyRules(stem, rules);
    }

    private static string Step1C(string word) => ApplyRules(word, Step1CRules);

    private static string Step3(string word) => ApplyRules(word, Step3Rules);

    private static string Step4(string word) => ApplyRules(word, Step4Rules);

    private static string Step5A(string word)
    {
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word[..^1];
        var m = Measure(stem);
        return m > 1 || (m == 1 && !EndsCvc(stem)) ? stem : word;
    }

    private static string Step5B(string word) =>
        word.EndsWith("ll", StringComparison.Ordinal) && Measure(word, word.Length - 1) > 1 ? word[..^1] : word;
}
