namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the subject of a speech verb in a clause's tokens: before it ("Jane Doe, chief executive of Acme, on Monday
/// said"), after it ("said the company", "a déclaré Binance"), or, for a participle after a comma ("..., déclarant à un
/// associé"), the clause's first name. Never crosses a quote mark.
/// </summary>
internal sealed partial class SubjectFinder(Discourse discourse)
{
    private const int MaxParenthetical = 30;
    private const int MaxNounPhrase = 5;
    private const int MaxTitle = 12;

    private static readonly HashSet<string> OwnerPrepositions = new(StringComparer.Ordinal)
    {
        "for", "of", "at", "de", "du", "chez", "d'", "from", "by",
    };

    public Subject? Before(IReadOnlyList<QuoteToken> t, int verb)
    {
        var j = SkipBack(t, verb - 1);
        if (j >= 0 && t[j].Is(","))
        {
            var k = j - 1;
            while (k >= 0 && j - k < MaxParenthetical && !t[k].Is(",") && (t[k].IsWord || !QuoteMarks.IsQuoteMark(t[k].Text[0])))
            {
                k--;
            }

            if (k < 0 || !t[k].Is(","))
            {
                return null;
            }

            // "The council's leader, Simon Hale, said": the name between the commas is the subject.
            if (EntitySubject(t, k + 1, j) is { } apposed && apposed.Last == j - 1)
            {
                return apposed;
            }

            j = SkipBack(t, k - 1);
        }

        if (j < 0 || !t[j].IsWord)
        {
            return null;
        }

        if (discourse.EntityAt(t[j].Start) is { } entity)
        {
            var m = j;
            while (m - 1 >= 0 && t[m - 1].IsWord && discourse.EntityAt(t[m - 1].Start) == entity)
            {
                m--;
            }

            var role = m >= 2 && OwnerPrepositions.Contains(t[m - 1].Lower) && RoleLexicon.IsRole(t[m - 2].Lower) ? t[m - 2].Text : null;
            if (role is null && IsPrepositionalObject(t, m))
            {
                // "Rob Kessler of Finley Research said": the person before the employer speaks.
                return m >= 2 && t[m - 1].Lower is "of" or "at" or "from" or "de" or "chez" && discourse.EntityAt(t[m - 2].Start) is { Kind: SpeakerKind.Person } person
                    ? new Subject(m - 2, j) { Entity = person }
                    : null;
            }

            return new Subject(m, j) { Entity = entity, Role = role };
        }

        if (SyntaxLexicon.Pronouns.TryGetValue(t[j].Lower, out var pronoun))
        {
            return new Subject(j, j) { Pronoun = pronoun };
        }

        return NounPhraseEndingAt(t, j);
    }

    /// <summary>
    /// A subject starting at token <paramref name="k"/>: a name, a pronoun, a title before a name ("Mayor Linda Okafor",
    /// "le PDG d'Aerona, Pierre Valadier"), a determiner before a name ("la SNCF"), or a determiner and noun ("the mayor
    /// of X", "a study ... by X").
    /// </summary>
    public Subject? At(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k >= end || !t[k].IsWord)
        {
            return null;
        }

        if (EntitySubject(t, k, end) is { } named)
        {
            return named.Last + 1 < end && RoleLexicon.IsRole(t[named.Last + 1].Lower) && RoleThenName(t, k, end) is { } employed ? employed : named;
        }

        if (SyntaxLexicon.Pronouns.TryGetValue(t[k].Lower, out var pronoun))
        {
            return new Subject(k, k) { Pronoun = pronoun };
        }

        if (RoleThenName(t, k, end) is { } titled)
        {
            return titled;
        }

        if (!t[k].IsCapitalized && k + 2 < end && t[k + 1].Lower is "from" or "by" or "de" or "du" or "d'" or "of"
            && IsSourceNoun(t[k].Lower) && EntitySubject(t, k + 2, end) is { } source)
        {
            return source with { First = k }; // "according to figures from NHS England"
        }

        if (!SyntaxLexicon.Determiners.Contains(t[k].Lower) && !(k + 1 < end && NameRunFinder.IsPossessive(t[k])))
        {
            return null;
        }

        if (EntitySubject(t, k + 1, end) is { } determined)
        {
            return determined with { First = k };
        }

        // Walk to the head noun: the last word before a preposition, punctuation or a verb.
        var last = k;
        while (last + 1 < end && last - k < MaxNounPhrase && t[last + 1].IsWord && !OwnerPrepositions.Contains(t[last + 1].Lower)
            && !Prepositions.Contains(t[last + 1].Lower) && !SyntaxLexicon.IsSkippable(t[last + 1]) && !SpeechVerbs.IsSpeechVerb("en", t[last + 1].Lower)
            && !SpeechVerbs.IsSpeechVerb("fr", t[last + 1].Lower) && !discourse.IsNamed(t[last + 1].Start))
        {
            last++;
        }

        var head = t[last].Lower;
        SpeakerEntity? owner = NameRunFinder.IsPossessive(t[k]) ? discourse.EntityAt(t[k].Start) : null;
        var tail = last;
        if (last + 2 < end && OwnerPrepositions.Contains(t[last + 1].Lower) && discourse.EntityAt(t[last + 2].Start) is { } of)
        {
            owner = of;
            tail = last + 2;
        }
        else if (owner is null && SyntaxLexicon.DocumentNouns.Contains(head))
        {
            owner = AuthorAhead(t, last + 1, end);
        }

        // "the port authority", "the city council": a compound institution is a new, unnamed speaker, not "the company".
        var compound = Enumerable.Range(k + 1, Math.Max(0, last - k - 1)).Any(i => NameLexicon.OrganizationWords.Contains(t[i].Lower) || SyntaxLexicon.OrganizationNouns.Contains(t[i].Lower));
        if (compound && owner is null && SyntaxLexicon.OrganizationNouns.Contains(head))
        {
            return null;
        }

        return IsSpeakerNoun(head) || owner is not null ? new Subject(k, tail) { Head = head, Owner = owner } : null;
    }

    /// <summary>For a participle after a comma: the first name or pronoun of the clause before it.</summary>
    public Subject? Main(IReadOnlyList<QuoteToken> t, int before)
    {
        for (var k = 0; k < before; k++)
        {
            if (QuoteMarks.IsQuoteMark(t[k].Text[0]) && !t[k].IsWord)
            {
                return null;
            }

            if (At(t, k, before) is { } subject && (subject.Entity is not null || subject.Pronoun is not null))
            {
                return subject;
            }
        }

        return null;
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

            if (SpeechVerbs.IsSpeechVerb("en", t[k - 1].Lower) || SpeechVerbs.IsSpeechVerb("fr", t[k - 1].Lower) || SyntaxLexicon.IsSkippable(t[k - 1]))
            {
                break;
            }

            k--;
        }

        var head = t[j].Lower;
        var owner = NameRunFinder.IsPossessive(t[k]) || (t[k].IsCapitalized && k < j) ? discourse.EntityAt(t[k].Start) : null;
        return IsSpeakerNoun(head) ? new Subject(k, j) { Head = head, Owner = owner } : null;
    }

    /// <summary>Bare plural sources: "figures from X", "des chiffres de X".</summary>
    private static bool IsSourceNoun(string word) =>
        SyntaxLexicon.DocumentNouns.Contains(word) || word is "figures" or "data" or "documents" or "sources" or "chiffres" or "données";

    private static bool IsSpeakerNoun(string head) =>
        SyntaxLexicon.OrganizationNouns.Contains(head) || SyntaxLexicon.DocumentNouns.Contains(head) || RoleLexicon.IsRole(head);

    private static int SkipBack(IReadOnlyList<QuoteToken> t, int j)
    {
        while (j >= 0 && SyntaxLexicon.IsSkippable(t[j]))
        {
            j--;
        }

        return j;
    }
}
