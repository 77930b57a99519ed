namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds indirect speech in a sentence without quote marks: "X said (that) ...", "X told reporters that ...", "X a déclaré
/// que ...", "X a démenti avoir ...", "according to X, ...", "selon X, ...", and end attributions "..., X said." /
/// "..., a-t-il ajouté.". Returns the reported clause as token range and the cue; at most one per sentence (the main clause).
/// </summary>
internal sealed partial class ReportedSpeechFinder(SubjectFinder subjects, CueFinder cues, string language)
{
    private const int MaxObjectTokens = 6;
    private const int MinClauseWords = 3;

    private static readonly HashSet<string> ZeroThatVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "claim", "claims", "claimed", "add", "adds", "added", "insist", "insists", "insisted", "argue",
        "argues", "argued", "believe", "believes", "believed", "think", "thinks", "thought", "warn", "warns", "warned", "note",
        "notes", "noted", "admit", "admits", "admitted", "acknowledged", "acknowledges", "predicted", "predicts", "estimates",
        "estimated", "wrote", "writes", "stressed", "stresses", "maintains", "maintained", "suggested", "suggests",
    };

    private static readonly HashSet<string> ClauseStarters = new(StringComparer.Ordinal)
    {
        "it", "he", "she", "they", "we", "i", "there", "the", "a", "an", "its", "his", "her", "their", "this", "that", "these",
        "those", "no", "some", "all", "any", "our", "most", "many",
    };

    /// <summary>Words after "said" that start an object or an adjunct, not a reported clause.</summary>
    private static readonly HashSet<string> NotClauseStarters = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "for", "with", "to", "by", "from", "of", "after", "before", "during", "about", "so", "yes", "no",
        "nothing", "goodbye", "sorry", "hello", "thanks", "thank", "little", "much", "more", "less", "something", "anything",
        "everything", "as", "when", "while", "if", "what", "how", "why", "whether", "and", "or", "but", "up", "out", "into",
        "over", "through", "via", "repeatedly", "otherwise", "instead", "goodbye", "farewell", "hi", "sorry",
    };

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

    public (int From, int To, Cue Cue)? Find(IReadOnlyList<QuoteToken> t)
    {
        var end = LastContentToken(t);
        for (var v = 0; v <= end; v++)
        {
            if (cues.Source(t, v, t.Count) is { } source && SourceClause(t, source, end) is { } sourced)
            {
                return sourced;
            }

            if (!SpeechVerbToken.IsVerb(t, v, language) || SpeechVerbToken.IsNounUse(t, v))
            {
                continue;
            }

            if (EndAttribution(t, v, end) is { } tail)
            {
                return tail;
            }

            var clause = ClauseStart(t, v, end);
            clause = clause < 0 ? DirectiveClause(t, v, end) : clause;
            if (clause < 0 || end - clause + 1 < MinClauseWords)
            {
                continue;
            }

            var participle = SpeechVerbs.IsParticiple(language, t[v].Lower);
            var subject = participle && v > 0 && t[v - 1].Is(",") ? subjects.Main(t, v) : subjects.Before(t, v);
            if (subject is not null)
            {
                return (clause, end, new Cue(v, v, subject));
            }
        }

        return null;
    }

    private int ClauseStart(IReadOnlyList<QuoteToken> t, int v, int end)
    {
        for (var c = v + 1; c <= end && c - v <= MaxObjectTokens; c++)
        {
            if (t[c].Lower is "that" or "que" or "qu'")
            {
                return c + 1;
            }

            // The "that" of another verb, or one past a comma, belongs to another clause.
            if (!t[c].IsWord || SpeechVerbToken.IsVerb(t, c, language))
            {
                break;
            }
        }

        var next = v + 1;
        while (next < end && SyntaxLexicon.IsSkippable(t[next]))
        {
            next++; // "said on Monday it would ..."
        }

        if (next > end)
        {
            return -1;
        }

        if (language == "fr")
        {
            return t[next].Lower is "avoir" or "être" or "ne" or "n'" ? next : -1;
        }

        var opensClause = ClauseStarters.Contains(t[next].Lower) || (t[next].IsCapitalized && !SyntaxLexicon.IsSkippable(t[next]))
            || (!t[next].IsCapitalized && !NotClauseStarters.Contains(t[next].Lower) && !SyntaxLexicon.IsSkippable(t[next])
                && next + 1 <= end && t[next + 1].IsWord);
        return (ZeroThatVerbs.Contains(t[v].Lower) && opensClause) || t[next].Lower is "having" or "being" ? next : -1;
    }

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
        if (cue is null || Math.Max(cue.Subject.Last, cue.Last) + 8 < end)
        {
            return null;
        }

        // "..., said the authority had no choice." is a clause, not an attribution: only adjuncts may follow the cue.
        var after = Math.Max(cue.Subject.Last, cue.Last) + 1;
        if (after <= end && !t[after].Is(",") && (!SyntaxLexicon.IsSkippable(t[after]) || VerbAuxiliaries.Contains(t[after].Lower)) && !Adjuncts.Contains(t[after].Lower)
            && !(t[cue.Last].Lower is "told" or "tells" && after + 1 <= end && Adjuncts.Contains(t[after + 1].Lower)))
        {
            return null;
        }

        var comma = afterComma - 1;
        return comma > MinClauseWords ? (0, comma - 1, cue) : null;
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

    private static int LastContentToken(IReadOnlyList<QuoteToken> t)
    {
        var end = t.Count - 1;
        while (end >= 0 && !t[end].IsWord)
        {
            end--;
        }

        return end;
    }
}
