using NewsBot.Core.Language.StopWords;

namespace NewsBot.Core.Quotes;

internal static partial class NameRunFinder
{
    /// <summary>Participles that follow a newspaper's name in attributions and are never part of its title.</summary>
    private static readonly HashSet<string> MediumParticiples = new(StringComparer.Ordinal)
    {
        "cité", "citée", "interrogé", "interrogée", "contacté", "contactée", "sollicité", "sollicitée", "daté", "datée", "publié",
        "publiée", "consulté", "consultée", "relayé", "relayée", "repris", "reprise", "paru", "parue", "joint", "jointe",
    };

    /// <summary>
    /// French newspapers often end their title in a lower-case adjective: "Le Canard enchaîné", "Le Républicain lorrain",
    /// "L'Est républicain", "Le Monde diplomatique". After a title with its capitalised article and one capitalised word, one
    /// lower-case word is kept when the attribution plainly goes on after it (punctuation, "dans son édition", a date, a verb):
    /// "révèle Le Canard enchaîné dans son édition de mercredi", "Selon Le Canard enchaîné,".
    /// </summary>
    private static int TitleAdjective(IReadOnlyList<QuoteToken> tokens, int first, int last, StopWordList stops)
    {
        var portfolio = first == last && PortfolioOfInstitution(tokens, first);
        if (!portfolio && (last != first + 1 || tokens[first].Text is not ("Le" or "La" or "L'")) || last + 1 >= tokens.Count)
        {
            return last;
        }

        var word = tokens[last + 1];
        if (!word.IsWord || word.IsCapitalized || word.Lower.Length < 4 || stops.Contains(word.Lower) || MediumParticiples.Contains(word.Lower)
            || FrenchDates.Skip(tokens, last + 1, last + 2) > last + 1 || LooksConjugated(word.Lower)
            || !(AdjectiveEnding(word.Lower) || portfolio && PortfolioAdjective(word.Lower)))
        {
            return last;
        }

        var after = last + 2 < tokens.Count ? tokens[last + 2] : null;
        var goesOn = after is null || !after.IsWord || after.Lower is "dans" or "a" or "avait" or "aurait" or "qui"
            || FrenchDates.Skip(tokens, last + 2, last + 3) > last + 2 || SpeechVerbs.IsSpeechVerb("fr", after.Lower)
            || portfolio && after.IsCapitalized; // "le ministre des Affaires étrangères Jean Martin"
        return goesOn ? last + 1 : last;
    }

    /// <summary>
    /// "le ministère (français) des Affaires étrangères", "la ministre des Affaires sociales": a one-word portfolio after an
    /// institution or an office and "de/des/du" keeps its adjective like a newspaper's title does.
    /// </summary>
    private static bool PortfolioOfInstitution(IReadOnlyList<QuoteToken> tokens, int first)
    {
        if (first < 2 || tokens[first - 1].Lower is not ("de" or "des" or "du" or "d'"))
        {
            return false;
        }

        var noun = tokens[first - 2].IsCapitalized || first < 3 ? tokens[first - 2].Lower : NationalityLexicon.IsNationality(tokens[first - 2].Lower) ? tokens[first - 3].Lower : tokens[first - 2].Lower;
        return SyntaxLexicon.InstitutionNouns.Contains(noun) || noun is "ministre" or "secrétaire" or "secrétariat" or "direction";
    }

    private static readonly string[] PortfolioEndings =
    [
        "ère", "ères", "ale", "ales", "aux", "al", "enne", "ennes", "ique", "iques", "elle", "elles", "el", "é", "és", "ée", "ées",
        "if", "ifs", "ive", "ives", "ier", "iers", "ière", "ières", "aire", "aires", "ain", "ains", "aine", "aines",
    ];

    /// <summary>Adjectives of ministerial portfolios: étrangères, sociales, européennes, économiques, territoriales.</summary>
    private static bool PortfolioAdjective(string lower) => PortfolioEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Endings of the adjectives of newspaper titles (enchaîné, lorrain, républicain, diplomatique, picard, normand).</summary>
    private static bool AdjectiveEnding(string lower) =>
        lower.EndsWith('é') || lower.EndsWith("ain", StringComparison.Ordinal) || lower.EndsWith("ique", StringComparison.Ordinal)
        || lower.EndsWith("ard", StringComparison.Ordinal) || lower.EndsWith("and", StringComparison.Ordinal) || lower.EndsWith("ais", StringComparison.Ordinal)
        || lower.EndsWith("ois", StringComparison.Ordinal) || lower.EndsWith("al", StringComparison.Ordinal);

    /// <summary>"Centre opérationnel d'incendie et de secours": "et de" joins two complements of one institution's name.</summary>
    private static bool ContinuesWithEtDe(IReadOnlyList<QuoteToken> tokens, int j) =>
        tokens[j].Lower == "et" && j + 2 < tokens.Count && tokens[j + 1].Lower is "de" or "d'" or "des" && tokens[j + 2].IsWord
        && !tokens[j + 2].IsCapitalized && tokens[j - 1].IsWord && !tokens[j - 1].IsCapitalized;
}
