namespace NewsBot.Core.Quotes;

/// <summary>Reported speech whose source is not the subject before the verb: "selon X, ...", "..., X said.", "..., a-t-il ajouté."</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>"..., said on Thursday it would ...": an auxiliary after the cue starts a clause.</summary>
    private static readonly HashSet<string> VerbAuxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "was", "is", "were", "are", "will", "would", "could", "should", "did", "does", "do", "may",
        "might", "must", "been", "be", "a", "avait", "aurait", "ont", "avaient", "auraient", "est", "sont", "va", "vont",
        "aura", "auront", "ne", "n'", "se", "s'",
    };

    private static readonly HashSet<string> Adjuncts = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "during", "after", "before", "via", "from", "with", "dans", "lors", "sur", "à", "au", "devant",
        "auprès", "pendant", "par", "en", "citing", "quoting", "adding", "ajoutant",
    };

    /// <summary>"according to X, clause." or "clause, selon X."</summary>
    private static (int, int, Cue)? SourceClause(IReadOnlyList<QuoteToken> t, Cue source, int end)
    {
        var afterSubject = source.Subject.Last + 1;
        if (source.First <= 2 && afterSubject < t.Count && t[afterSubject].Is(",") && end - afterSubject >= MinClauseWords)
        {
            return (afterSubject + 1, end, source);
        }

        // "clause, according to a study published on Wednesday by X."
        return source.First > MinClauseWords && t[source.First - 1].Is(",") ? (0, source.First - 2, source) : null;
    }

    /// <summary>"clause, X said." / "clause, said X." / "clause, a-t-il ajouté." with the speaker closing the sentence.</summary>
    private (int, int, Cue)? EndAttribution(IReadOnlyList<QuoteToken> t, int v, int end)
    {
        var afterComma = CommaBefore(t, v);
        if (afterComma < 0)
        {
            return null;
        }

        var cue = cues.After(t, afterComma, end + 1);
        if (cue is null || Math.Max(cue.Subject.Last, cue.Last) + 8 < end && !OnlyAsidesAfter(t, Math.Max(cue.Subject.Last, cue.Last) + 1, end))
        {
            return null;
        }

        // "..., said the authority had no choice." is a clause, not an attribution: only adjuncts may follow the cue.
        var after = Math.Max(cue.Subject.Last, cue.Last) + 1;
        after = t[cue.Last].Lower is "told" or "tells" ? PastListener(t, after, end) : after; // "…, an airline spokesman told the magazine."
        if (after <= end && !t[after].Is(",") && (!SyntaxLexicon.IsSkippable(t[after]) || VerbAuxiliaries.Contains(t[after].Lower)) && !Adjuncts.Contains(t[after].Lower))
        {
            return null;
        }

        var comma = afterComma - 1;
        if (comma <= MinClauseWords)
        {
            return null;
        }

        // "Fowler ... responded to the troll that he '...', reports the Golf Channel": the outlet only relays what the
        // sentence's own speaker said.
        return language == "en" && t[cue.Last].Lower is "reports" or "reported" && InnerSpeech(t, comma) is { } inner ? inner : (0, comma - 1, cue);
    }

    /// <summary>
    /// "…, a annoncé Valérie Pécresse, la présidente de la région Île-de-France, dans un entretien accordé à 20 Minutes,
    /// mardi 26 juin.": what follows the speaker is asides between commas, each an apposition (an article first) or an
    /// adjunct (a preposition, a day), with no "que"/"that" and no speech verb in them, so no clause of its own.
    /// </summary>
    private bool OnlyAsidesAfter(IReadOnlyList<QuoteToken> t, int from, int end)
    {
        if (end - from > MaxAsideTokens)
        {
            return false;
        }

        var segmentStart = true;
        for (var i = from; i <= end; i++)
        {
            if (t[i].Is(","))
            {
                segmentStart = true;
                continue;
            }

            if (!t[i].IsWord || SyntaxLexicon.Complementizers.Contains(t[i].Lower) || SpeechVerbToken.IsVerb(t, i, language))
            {
                return false;
            }

            if (segmentStart && !(SyntaxLexicon.Determiners.Contains(t[i].Lower) || Adjuncts.Contains(t[i].Lower) || FrenchDates.IsDateWord(t[i])
                || SyntaxLexicon.Weekdays.Contains(t[i].Lower) || t[i].Lower is "selon" or "according"))
            {
                return false;
            }

            segmentStart = false;
        }

        return true;
    }

    private const int MaxAsideTokens = 30;

    /// <summary>
    /// Past the one told after "told" ("police", "the magazine", "the Los Angeles Times"): at most a few words, none a
    /// pronoun, auxiliary or verb, so "told the court he had …" stops at "he" and stays a clause.
    /// </summary>
    private static int PastListener(IReadOnlyList<QuoteToken> t, int from, int end)
    {
        var r = from;
        while (r <= end && r - from < MaxListenerWords && t[r].IsWord && !Adjuncts.Contains(t[r].Lower) && !SyntaxLexicon.Pronouns.ContainsKey(t[r].Lower)
            && !VerbAuxiliaries.Contains(t[r].Lower) && !SyntaxLexicon.Complementizers.Contains(t[r].Lower))
        {
            r++;
        }

        return r;
    }

    private const int MaxListenerWords = 5;

    /// <summary>A speech verb with its "that" clause and a subject before <paramref name="comma"/>: the sentence's own report.</summary>
    private (int, int, Cue)? InnerSpeech(IReadOnlyList<QuoteToken> t, int comma)
    {
        for (var u = 1; u < comma; u++)
        {
            if (!SpeechVerbToken.IsVerb(t, u, language) || t[u].Lower is "reports" or "reported" || ClauseStart(t, u, comma - 1) is not (>= 0 and var clause))
            {
                continue;
            }

            if ((subjects.Before(t, u) ?? subjects.Main(t, u)) is { } subject)
            {
                return (clause, comma - 1, new Cue(u, u, subject));
            }
        }

        return null;
    }

    /// <summary>The token after the comma that opens the attribution, or -1.</summary>
    private static int CommaBefore(IReadOnlyList<QuoteToken> t, int v)
    {
        for (var k = v - 1; k >= 0 && v - k <= 6; k--)
        {
            if (t[k].Is(","))
            {
                return k + 1;
            }
        }

        return -1;
    }
}
