namespace NewsBot.Core.Quotes;

/// <summary>
/// Subjects without a name: "the company", "a spokesperson for the company", "a ministry spokeswoman", "the health
/// ministry", "le ministère de l'Industrie", "la direction de l'entreprise", "Acme's chief executive", "a report by X".
/// </summary>
internal sealed partial class SubjectFinder
{
    private const int MaxBareInstitution = 3;

    /// <summary>A noun phrase starting with a determiner or a possessive name at <paramref name="k"/>.</summary>
    private Subject? DeterminedNounPhrase(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (!SyntaxLexicon.Determiners.Contains(t[k].Lower) && !(k + 1 < end && NameRunFinder.IsPossessive(t[k])))
        {
            return BareInstitution(t, k, end) ?? BareGroup(t, k, end);
        }

        if (EntitySubject(t, k + 1, end) is { } determined)
        {
            if (ModifiedInstitution(t, k, determined.Last + 1, end) is { } institution)
            {
                return institution; // "The French civil aviation authority said"
            }

            // "a Vantor spokesperson": the organisation speaks through its spokesperson.
            var spokesperson = determined.Last + 1 < end && RoleLexicon.IsSpokesperson(t[determined.Last + 1].Lower);
            return spokesperson && determined.Entity!.Kind == SpeakerKind.Organization
                ? determined with { First = k, Last = determined.Last + 1, Role = t[determined.Last + 1].Text }
                : determined with { First = k };
        }

        // "the latest WHO report said", "a new Amnesty International study found": the author of the document speaks.
        if (k + 2 < end && t[k + 1].IsWord && !t[k + 1].IsCapitalized && !IsVerb(t[k + 1].Lower) && EntitySubject(t, k + 2, end) is { } author
            && author.Last + 1 < end && SyntaxLexicon.DocumentNouns.Contains(t[author.Last + 1].Lower))
        {
            return author with { First = k, Last = author.Last + 1 };
        }

        // Walk to the head noun: the last word before a preposition, punctuation or a verb.
        var last = k;
        while (last + 1 < end && last - k < MaxNounPhrase && t[last + 1].IsWord && !OwnerPrepositions.Contains(t[last + 1].Lower)
            && !Prepositions.Contains(t[last + 1].Lower) && !SyntaxLexicon.IsSkippable(t[last + 1]) && (last == k || !IsVerb(t[last + 1].Lower))
            && !discourse.IsNamed(t[last + 1].Start) && !(last > k && t[last + 1].Lower == "des")) // "le ministère des Armées": de + les
        {
            last++;
        }

        // French adjectives follow their noun: the head of "l'agence régionale" is "agence", of "le parquet national" "parquet".
        var headAt = IsSpeakerNoun(t, last) ? last : HeadBefore(t, k + 1, last);
        var head = t[headAt].Lower;
        SpeakerEntity? owner = NameRunFinder.IsPossessive(t[k]) ? discourse.EntityAt(t[k].Start) : null;
        string? ownerNoun = null;
        var tail = last;
        var complement = false;
        if (last + 2 < end && OwnerPrepositions.Contains(t[last + 1].Lower) && OwnerAfter(t, last + 1, end) is { Last: >= 0 } of)
        {
            (owner, ownerNoun, tail, complement) = (of.Entity, of.Noun, of.Last, t[last + 1].Lower is "de" or "du" or "d'" or "of");
        }
        else if (owner is null && SyntaxLexicon.DocumentNouns.Contains(head))
        {
            owner = AuthorAhead(t, last + 1, end);
        }

        // "a company spokesperson", "a ministry spokeswoman": the organisation noun in front of the role.
        ownerNoun ??= RoleLexicon.IsRole(head) ? ModifierNoun(t, k + 1, last) : null;
        var first = NameRunFinder.IsPossessive(t[k]) ? k : k + 1;
        if (SyntaxLexicon.InstitutionNouns.Contains(head) && !RoleLexicon.IsRole(head) && (owner is null || complement || first == k && owner.Kind != SpeakerKind.Person))
        {
            // "the health ministry", "la préfecture de la Côte-d'Or": an institution speaks even when the article never names it;
            // "Greece's civil protection agency" too, not Greece.
            return new Subject(k, PostedAt(t, head, owner is null ? ComplementEnd(t, tail, end) : tail, end)) { Head = head, Institution = first };
        }

        if ((owner is not { Kind: SpeakerKind.Person } || FrenchUnnamedSpeakers.IsRelative(head) || head is "entourage") && Unnamed(t, k, head, last, tail, end, owner, owner is { Kind: not SpeakerKind.Person } || ownerNoun is not null) is { } unnamed)
        {
            return unnamed;
        }

        // "the port authority" and other compounds that are not institutions stay unresolved rather than become "the company".
        var compound = Enumerable.Range(k + 1, Math.Max(0, last - k - 1)).Any(i => i != headAt && (NameLexicon.OrganizationWords.Contains(t[i].Lower) || SyntaxLexicon.OrganizationNouns.Contains(t[i].Lower)));
        if (compound && owner is null && ownerNoun is null && SyntaxLexicon.OrganizationNouns.Contains(head))
        {
            return null;
        }

        var link = EnglishUnnamedSpeakers.IsLink(t, last) ? last : last + 1 < end && EnglishUnnamedSpeakers.IsLink(t, last + 1) ? last + 1 : -1;
        if (owner is null && tail == last && link > k && link + 2 < end && IsSpeakerNoun(t, headAt) && LinkEnd(t, link, end) is var linkEnd && linkEnd > link)
        {
            (last, tail) = (linkEnd, linkEnd); // "a source close to the couple"
        }

        return IsSpeakerNoun(t, headAt) || owner is not null || NationalityLexicon.IsNationality(head)
            ? Described(new Subject(k, tail) { Head = head, Owner = owner, OwnerNoun = ownerNoun }, t, first, last)
            : null;
    }

    private Subject? NounPhraseEndingAt(IReadOnlyList<QuoteToken> t, int j)
    {
        var k = j;
        while (k - 1 >= 0 && j - k < MaxNounPhrase && t[k - 1].IsWord && !SyntaxLexicon.Determiners.Contains(t[k].Lower))
        {
            if (t[k - 1].IsCapitalized && NameRunFinder.IsPossessive(t[k - 1]))
            {
                k--;
                break;
            }

            if (t[k - 1].Lower is "l'")
            {
                k--;
                break; // "L'agence a rappelé": the elided article, not the clitic pronoun of "l'a dit"
            }

            if (EnglishUnnamedSpeakers.IsConnective(t[k - 1].Lower))
            {
                break; // "However prosecutors said"
            }

            if (t[k - 1].Lower is "a" or "an" && !IsVerb(t[k].Lower))
            {
                k--;
                break; // "A friend said": the English article, which the French auxiliary "a" shares
            }

            if ((!t[k - 1].IsCapitalized && IsVerb(t[k - 1].Lower)) || SyntaxLexicon.IsSkippable(t[k - 1]))
            {
                break;
            }

            k--;
        }

        // "a spokesman for the company said", "the director of the agency said": the phrase starts before the preposition.
        var ownerStart = k;
        if (k >= 2 && SyntaxLexicon.Determiners.Contains(t[k].Lower) && OwnerPrepositions.Contains(t[k - 1].Lower) && t[k - 2].IsWord
            && (RoleLexicon.IsRole(t[k - 2].Lower) || SyntaxLexicon.OrganizationNouns.Contains(t[k - 2].Lower) || SyntaxLexicon.InstitutionNouns.Contains(t[k - 2].Lower)))
        {
            ownerStart = k - 2;
            while (ownerStart - 1 >= 0 && j - ownerStart < 2 * MaxNounPhrase && t[ownerStart - 1].IsWord && !SyntaxLexicon.Determiners.Contains(t[ownerStart].Lower)
                && !IsVerb(t[ownerStart - 1].Lower) && !SyntaxLexicon.IsSkippable(t[ownerStart - 1]))
            {
                ownerStart--;
            }

            if (SyntaxLexicon.Determiners.Contains(t[ownerStart].Lower) && DeterminedNounPhrase(t, ownerStart, j + 1) is { } whole && whole.Last == j)
            {
                return whole;
            }
        }

        if (LinkedStart(t, k) is { } linked && DeterminedNounPhrase(t, linked, j + 1) is { } source && source.Last == j)
        {
            return source; // "a source close to the couple told"
        }

        if (SyntaxLexicon.Determiners.Contains(t[k].Lower) && DeterminedNounPhrase(t, k, j + 1) is { } phrase && phrase.Last == j)
        {
            return phrase;
        }

        if (k == j || t[k].IsCapitalized && !NameRunFinder.IsPossessive(t[k]))
        {
            if (BareInstitution(t, k, j + 1) is { } bare && bare.Last == j)
            {
                return bare;
            }
        }

        var head = t[j].Lower;
        var owner = NameRunFinder.IsPossessive(t[k]) || (t[k].IsCapitalized && k < j) ? discourse.EntityAt(t[k].Start) : null;
        var ownerNoun = owner is null && RoleLexicon.IsRole(head) ? ModifierNoun(t, k, j) : null;
        return IsSpeakerNoun(t, j) ? Described(new Subject(k, j) { Head = head, Owner = owner, OwnerNoun = ownerNoun }, t, k, j) : null;
    }

    private static bool IsVerb(string lower) => SpeechVerbs.IsSpeechVerb("en", lower) || SpeechVerbs.IsSpeechVerb("fr", lower);

    /// <summary>Bare plural sources: "figures from X", "des chiffres de X".</summary>
    private static bool IsSourceNoun(string word) =>
        SyntaxLexicon.DocumentNouns.Contains(word) || word is "figures" or "data" or "documents" or "sources" or "chiffres" or "données";

    /// <summary>
    /// A speaker noun at token <paramref name="i"/>; English "son" only after an English determiner or possessive ("his son",
    /// "Walsh's son"), never the French possessive of "son appel".
    /// </summary>
    private static bool IsSpeakerNoun(IReadOnlyList<QuoteToken> t, int i) =>
        t[i].Lower is "son"
            ? i > 0 && (t[i - 1].Lower is "his" or "her" or "their" or "the" or "a" or "whose" || NameRunFinder.IsPossessive(t[i - 1]))
            : IsSpeakerNoun(t[i].Lower);

    private static bool IsSpeakerNoun(string head) =>
        IsFamilyNoun(head) || (KinLexicon.IsKin(head) && head is not "son") || FrenchUnnamedSpeakers.IsPersonNoun(head) || EnglishUnnamedSpeakers.IsNoun(head)
        || SyntaxLexicon.OrganizationNouns.Contains(head) || SyntaxLexicon.InstitutionNouns.Contains(head) || SyntaxLexicon.DocumentNouns.Contains(head) || RoleLexicon.IsRole(head)
        || EnglishEpithets.IsNoun(head) || FrenchPersonEpithets.IsNoun(head) || PeerageTitles.IsTitle(head);
}
