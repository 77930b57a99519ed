namespace NewsBot.Core.Quotes;

/// <summary>Subjects found from the start of a clause rather than next to the verb.</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>For a participle after a comma: the first name or pronoun of the clause before it.</summary>
    public Subject? Main(IReadOnlyList<QuoteToken> t, int before)
    {
        for (var k = 0; k < before; k++)
        {
            if (t[k].IsQuoteMark)
            {
                return null;
            }

            if (At(t, k, before) is { } subject && (subject.Entity is not null || subject.Pronoun is not null || (subject.IsUnnamed && !ComplementMentions.IsComplement(t, k))))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>
    /// "Stancil described himself as a neo-Nazi and said he hates ...", "Miss Kensit, 47, appeared in the feature and said
    /// ...", "Il a quitté la salle et a déclaré que ...": a verb after "and"/"et" shares the subject of the clause before it,
    /// the last name or pronoun that opens the sentence or follows a comma and is followed (past an apposition) by a lower-case
    /// word. Null when the verb follows no such conjunction.
    /// </summary>
    public Subject? Coordinated(IReadOnlyList<QuoteToken> t, int verb)
    {
        var and = verb - 1;
        while (and >= 0 && SyntaxLexicon.IsSkippable(t[and]))
        {
            and--; // "and has since said", "et a déclaré"
        }

        if (and < 1 || t[and].Lower is not ("and" or "et"))
        {
            return null;
        }

        Subject? found = null;
        for (var k = 0; k < and; k++)
        {
            if ((k == 0 || t[k - 1].Is(",")) && t[k].IsWord && At(t, k, and) is { } subject && (subject.Entity is not null || subject.Pronoun is not null))
            {
                var after = SkipCommaApposition(t, subject.Last + 1, and);
                if (after < and && t[after].IsWord && !t[after].IsCapitalized)
                {
                    found = subject;
                }
            }
        }

        return found;
    }

    /// <summary>", 47," or ", its marketing manager,": the apposition after a subject, up to its closing comma.</summary>
    private static int SkipCommaApposition(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k >= end || !t[k].Is(","))
        {
            return k;
        }

        for (var c = k + 1; c < end && c - k <= MaxCoordinatedApposition; c++)
        {
            if (t[c].Is(","))
            {
                return c + 1;
            }

            if (!t[c].IsWord)
            {
                return k;
            }
        }

        return k;
    }

    private const int MaxCoordinatedApposition = 8;
}
