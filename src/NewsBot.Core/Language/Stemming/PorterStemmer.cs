namespace NewsBot.Core.Language.Stemming;

/// <summary>
/// The original Porter (1980) stemmer with the NLTK extensions, rule for rule. ROUGE as papers report it (Google's rouge-score)
/// stems with NLTK's <c>PorterStemmer()</c>, so scores only match the published ones if this stemmer behaves exactly like it.
/// For anything else NewsBot uses <see cref="EnglishStemmer"/> (Porter2), which is the better stemmer.
/// </summary>
public sealed partial class PorterStemmer : IStemmer
{
    public static PorterStemmer Instance { get; } = new();

    // NLTK's irregular forms, checked before any rule.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["news"] = "news", ["innings"] = "inning", ["inning"] = "inning", ["outings"] = "outing",
        ["outing"] = "outing", ["cannings"] = "canning", ["canning"] = "canning", ["howe"] = "howe",
        ["proceed"] = "proceed", ["exceed"] = "exceed", ["succeed"] = "succeed",
    };

    private PorterStemmer()
    {
    }

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 2)
        {
            return word;
        }

        var stem = Step1A(word);
        stem = Step1B(stem);
        stem = Step1C(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5A(stem);
        return Step5B(stem);
    }
}
