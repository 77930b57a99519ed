using NewsBot.Core.Language.Stemming;

namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>
/// How a benchmark language is tokenised for ROUGE. English follows the published rouge-score rules (ASCII tokens,
/// Porter stems) so figures compare with papers. Other languages get the same ASCII rules unstemmed (what published
/// OrangeSum/MLSUM figures use) and, where a Snowball stemmer exists, Unicode word tokens with its stems, because the ASCII
/// rules cut accented words in pieces.
/// </summary>
public sealed record RougeRules(string Name, IRougeTokenizer Tokenizer)
{
    public const string AsciiPorter = "ascii+porter";
    public const string Ascii = "ascii";

    public static IReadOnlyList<RougeRules> For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.ToLowerInvariant();
        if (code == "en")
        {
            return [new RougeRules(AsciiPorter, new AsciiRougeTokenizer(stem: true))];
        }

        var stemmer = Stemmers.For(code);
        return stemmer is IdentityStemmer
            ? [new RougeRules(Ascii, new AsciiRougeTokenizer(stem: false)), new RougeRules("unicode", new UnicodeRougeTokenizer(null))]
            : [new RougeRules(Ascii, new AsciiRougeTokenizer(stem: false)), new RougeRules("unicode+snowball-" + code, new UnicodeRougeTokenizer(stemmer))];
    }
}
