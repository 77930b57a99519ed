namespace NewsBot.Core.Quotes;

/// <summary>
/// The extent of an institution named by common nouns: its head before French adjectives ("l'agence régionale"), its
/// complements ("de santé de Bretagne"), and names among its modifiers ("the French civil aviation authority").
/// </summary>
internal sealed partial class SubjectFinder
{
    private const int MaxComplements = 2;
    private const int MaxComplementWords = 3;

    /// <summary>
    /// "The French civil aviation authority": a name among the modifiers of an institution noun (a nationality, a place) does
    /// not make the name the speaker; the whole description is the institution.
    /// </summary>
    private static Subject? ModifiedInstitution(IReadOnlyList<QuoteToken> t, int determiner, int from, int end)
    {
        for (var j = from; j < end && j - from < MaxNounPhrase && t[j].IsWord && !t[j].IsCapitalized && !SyntaxLexicon.IsSkippable(t[j])
            && !IsVerb(t[j].Lower) && !OwnerPrepositions.Contains(t[j].Lower) && !Prepositions.Contains(t[j].Lower); j++)
        {
            if (SyntaxLexicon.InstitutionNouns.Contains(t[j].Lower) && !RoleLexicon.IsRole(t[j].Lower)
                && (j + 1 >= end || !t[j + 1].IsWord || IsVerb(t[j + 1].Lower) || SyntaxLexicon.IsSkippable(t[j + 1])))
            {
                return new Subject(determiner, j) { Head = t[j].Lower, Institution = determiner + 1 };
            }
        }

        return null;
    }

    /// <summary>
    /// The first speaker noun among tokens <c>[from, last)</c> ("agence" in "l'agence régionale", "maire" in "le maire
    /// sortant", "cinéaste" in "la cinéaste lors"), else <paramref name="last"/>.
    /// </summary>
    private static int HeadBefore(IReadOnlyList<QuoteToken> t, int from, int last)
    {
        for (var i = from; i < last; i++)
        {
            if (IsSpeakerNoun(t, i))
            {
                return i;
            }
        }

        return last;
    }

    /// <summary>
    /// The last token of an institution's complements in common nouns: "l'agence régionale [de santé] [de Bretagne]", "la
    /// préfecture [de police]", "la direction [des routes]". Stops at punctuation, verbs, adverbs, time words and prepositions.
    /// </summary>
    private static int ComplementEnd(IReadOnlyList<QuoteToken> t, int tail, int end)
    {
        for (var complement = 0; complement < MaxComplements; complement++)
        {
            var j = tail + 1;
            if (j + 2 < end && t[j].Lower == "au" && t[j + 1].Lower == "sein")
            {
                j += 2; // "une source au sein du consulat général de France"
            }

            if (j + 1 >= end || t[j].Lower is not ("de" or "du" or "des" or "d'"))
            {
                break;
            }

            j += SyntaxLexicon.Determiners.Contains(t[j + 1].Lower) && j + 2 < end ? 2 : 1;
            var words = 0;
            while (j < end && words < MaxComplementWords && t[j].IsWord && !SyntaxLexicon.IsSkippable(t[j]) && !IsVerb(t[j].Lower)
                && !OwnerPrepositions.Contains(t[j].Lower) && !Prepositions.Contains(t[j].Lower) && !SyntaxLexicon.Determiners.Contains(t[j].Lower)
                && t[j].Lower is not ("et" or "and" or "qui" or "who" or "which" or "que"))
            {
                j++;
                words++;
            }

            if (words == 0)
            {
                break;
            }

            tail = j - 1;
        }

        return tail;
    }

    /// <summary>Diplomatic posts, named after the country they serve and the place where they sit.</summary>
    private static readonly HashSet<string> PostedNouns = new(StringComparer.Ordinal) { "ambassade", "consulat", "embassy", "consulate" };

    /// <summary>
    /// "l'ambassade japonaise à Maurice", "le consulat de France à Jérusalem", "l'ambassade de France au Japon", "the US
    /// embassy in Moscow": a diplomatic post keeps the place where it sits.
    /// </summary>
    private static int PostedAt(IReadOnlyList<QuoteToken> t, string head, int tail, int end)
    {
        if (!PostedNouns.Contains(head) || tail + 2 >= end || t[tail + 1].Lower is not ("à" or "au" or "aux" or "en" or "in") || !t[tail + 2].IsCapitalized)
        {
            return tail;
        }

        var last = tail + 2;
        while (last + 1 < end && t[last + 1].IsCapitalized)
        {
            last++;
        }

        return last;
    }
}
