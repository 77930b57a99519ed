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
                var after = PastApposition(t, subject.Last + 1, and, MaxCoordinatedApposition);
                if (after < and && t[after].IsWord && !t[after].IsCapitalized)
                {
                    found = subject;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Past ", 47," or ", chief executive of Acme," after a subject: the token after the apposition's closing comma, found
    /// within <paramref name="reach"/> tokens and before any quote mark; else <paramref name="k"/>.
    /// </summary>
    internal static int PastApposition(IReadOnlyList<QuoteToken> t, int k, int end, int reach)
    {
        if (k >= end || !t[k].Is(","))
        {
            return k;
        }

        var close = k + 1;
        while (close < end && close - k < reach && !t[close].Is(",") && !t[close].IsQuoteMark)
        {
            close++;
        }

        return close < end && t[close].Is(",") ? close + 1 : k;
    }

    private const int MaxCoordinatedApposition = 8;
}
