namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the subject of a speech verb in a clause's tokens: before it ("Jane Doe, chief executive of Acme, on Monday
/// said"), after it ("said the company", "a déclaré Binance"), or, for a participle after a comma ("..., déclarant à un
/// associé"), the clause's first name. Never crosses a quote mark.
/// </summary>
internal sealed class SubjectFinder(Discourse discourse)
{
    private const int MaxParenthetical = 30;
    private const int MaxNounPhrase = 5;

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
            return role is null && IsPrepositionalObject(t, m) ? null : new Subject(m, j) { Entity = entity, Role = role };
        }

        if (SyntaxLexicon.Pronouns.TryGetValue(t[j].Lower, out var pronoun))
        {
            return new Subject(j, j) { Pronoun = pronoun };
        }

        return NounPhraseEndingAt(t, j);
    }

    /// <summary>A subject starting at token <paramref name="k"/>: a name, a pronoun, or a determiner and noun ("the mayor of X").</summary>
    public Subject? At(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k >= end || !t[k].IsWord)
        {
            return null;
        }

        if (discourse.EntityAt(t[k].Start) is { } entity)
        {
            var m = k;
            while (m + 1 < end && t[m + 1].IsWord && discourse.EntityAt(t[m + 1].Start) == entity)
            {
                m++;
            }

            return new Subject(k, m) { Entity = entity };
        }

        if (SyntaxLexicon.Pronouns.TryGetValue(t[k].Lower, out var pronoun))
        {
            return new Subject(k, k) { Pronoun = pronoun };
        }

        if (!SyntaxLexicon.Determiners.Contains(t[k].Lower) && !(k + 1 < end && NameRunFinder.IsPossessive(t[k])))
        {
            return null;
        }

        // Walk to the head noun: the last word before a preposition, punctuation or a verb.
        var last = k;
        while (last + 1 < end && last - k < MaxNounPhrase && t[last + 1].IsWord && !OwnerPrepositions.Contains(t[last + 1].Lower)
            && !SyntaxLexicon.IsSkippable(t[last + 1]) && !SpeechVerbs.IsSpeechVerb("en", t[last + 1].Lower)
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

    /// <summary>
    /// "the case against Navalny declared": a name after a preposition is not the subject, unless it is the author of a
    /// document ("a report by Reuters", "un article de Reuters").
    /// </summary>
    private static bool IsPrepositionalObject(IReadOnlyList<QuoteToken> t, int m)
    {
        if (m == 0 || !t[m - 1].IsWord)
        {
            return false;
        }

        var preposition = t[m - 1].Lower;
        if (preposition is "by" or "par")
        {
            return false;
        }

        if (OwnerPrepositions.Contains(preposition))
        {
            return m < 2 || !SyntaxLexicon.DocumentNouns.Contains(t[m - 2].Lower) && !RoleLexicon.IsRole(t[m - 2].Lower);
        }

        return Prepositions.Contains(preposition);
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "against", "about", "with", "on", "to", "in", "into", "over", "under", "after", "before", "without", "between", "among",
        "toward", "towards", "like", "than", "contre", "avec", "sur", "pour", "sans", "entre", "vers", "dans", "en", "à", "au",
        "aux", "après", "avant", "comme",
    };

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
