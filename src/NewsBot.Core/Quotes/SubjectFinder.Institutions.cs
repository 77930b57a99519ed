namespace NewsBot.Core.Quotes;

/// <summary>Institutions and owners in subjects: "State police said", "le ministère de l'Industrie", "a spokesman for the company".</summary>
internal sealed partial class SubjectFinder
{
    private const int MaxInstitutionReach = 7;

    /// <summary>
    /// "le ministère de l'Industrie", "the department of transport", "l'agence régionale de santé de Bretagne": the name is
    /// the complement of an institution noun.
    /// </summary>
    private Subject? InstitutionOf(IReadOnlyList<QuoteToken> t, int name, int last)
    {
        // "des" is both a determiner and "de" + "les": "le ministère français des Affaires étrangères".
        var p = name >= 1 && SyntaxLexicon.Determiners.Contains(t[name - 1].Lower) && t[name - 1].Lower != "des" ? name - 2 : name - 1;
        if (p < 1 || t[p].Lower is not ("de" or "du" or "d'" or "des" or "of"))
        {
            return null;
        }

        var nounBefore = SyntaxLexicon.InstitutionNouns.Contains(t[p - 1].Lower) || SyntaxLexicon.OrganizationNouns.Contains(t[p - 1].Lower);
        for (var d = p - 2; d >= 0 && p - d <= MaxInstitutionReach && t[d].IsWord; d--)
        {
            if (SyntaxLexicon.Determiners.Contains(t[d].Lower))
            {
                return DeterminedNounPhrase(t, d, last + 1) is { } phrase && phrase.Last == last && (nounBefore || phrase.Institution is not null) ? phrase : null;
            }
        }

        return null;
    }

    /// <summary>"State police said", "Police said": an institution noun opening the clause without a determiner.</summary>
    private static Subject? BareInstitution(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k > 0 && t[k - 1].IsWord && !EnglishUnnamedSpeakers.IsConnective(t[k - 1].Lower))
        {
            return null; // "However prosecutors said" opens with its subject all the same
        }

        for (var j = k; j < end && j - k < MaxBareInstitution && t[j].IsWord && (t[j].IsCapitalized || !IsVerb(t[j].Lower)) && !SyntaxLexicon.IsSkippable(t[j]); j++)
        {
            if (SyntaxLexicon.InstitutionNouns.Contains(t[j].Lower) && (j + 1 >= end || !t[j + 1].IsWord || IsVerb(t[j + 1].Lower) || SyntaxLexicon.IsSkippable(t[j + 1])))
            {
                return new Subject(k, j) { Head = t[j].Lower, Institution = k };
            }
        }

        return null;
    }

    /// <summary>The owner after "for/of/de": "for Acme", "de la société Enedis", "for the company", "de l'entreprise".</summary>
    private (SpeakerEntity? Entity, string? Noun, int Last) OwnerAfter(IReadOnlyList<QuoteToken> t, int preposition, int end)
    {
        var j = preposition + 1;
        if (j < end && SyntaxLexicon.Determiners.Contains(t[j].Lower))
        {
            j++;
        }

        if (EntitySubject(t, j, end) is { } named)
        {
            return (named.Entity, null, named.Last);
        }

        if (j < end && (SyntaxLexicon.OrganizationNouns.Contains(t[j].Lower) || SyntaxLexicon.InstitutionNouns.Contains(t[j].Lower)))
        {
            return EntitySubject(t, j + 1, end) is { } apposed ? (apposed.Entity, null, apposed.Last) : (null, t[j].Lower, j);
        }

        return (null, null, -1);
    }

    private static string? ModifierNoun(IReadOnlyList<QuoteToken> t, int from, int head)
    {
        for (var i = head - 1; i >= from; i--)
        {
            if (SyntaxLexicon.OrganizationNouns.Contains(t[i].Lower) || SyntaxLexicon.InstitutionNouns.Contains(t[i].Lower))
            {
                return t[i].Lower;
            }
        }

        return null;
    }
}
