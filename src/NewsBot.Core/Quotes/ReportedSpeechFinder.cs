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
        "estimated", "wrote", "writes", "stressed", "stresses", "maintains", "maintained", "suggested", "suggests", "saying",
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

    /// <summary>
    /// The reported clause of the sentence <paramref name="t"/>; <paramref name="minClauseWords"/> counts the words outside
    /// quote marks ("que ce budget « sacrifie les lycées »" has two).
    /// </summary>
    public (int From, int To, Cue Cue)? Find(IReadOnlyList<QuoteToken> t, int minClauseWords = MinClauseWords)
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
            if (clause < 0 || end - clause + 1 < minClauseWords)
            {
                continue;
            }

            var participle = SpeechVerbToken.IsParticipleAfterComma(t, v, language) || SpeechVerbToken.IsParticipleAfterPreposition(t, v, language);
            var subject = QuotedAsSaying(t, v) ?? (participle ? subjects.Main(t, v) : subjects.Before(t, v))
                ?? subjects.Coordinated(t, v);
            if (subject is not null)
            {
                return (clause, end, new Cue(v, v, subject));
            }
        }

        return null;
    }

    /// <summary>"Der Spiegel quoted a ministry official, Nikos Theocharakis, as saying ...": the one quoted speaks, not the paper.</summary>
    private Subject? QuotedAsSaying(IReadOnlyList<QuoteToken> t, int v)
    {
        if (language != "en" || t[v].Lower != "saying" || v < 3 || t[v - 1].Lower != "as")
        {
            return null;
        }

        for (var q = v - 2; q >= 0 && v - q <= MaxQuotedObject; q--)
        {
            if (t[q].Lower is "quoted" or "quotes" or "quoting" or "quote")
            {
                var quoted = subjects.At(t, q + 1, v - 1);
                return quoted is not null && quoted.Last >= v - 3 ? quoted : null;
            }
        }

        return null;
    }

    private const int MaxQuotedObject = 16;

    private int ClauseStart(IReadOnlyList<QuoteToken> t, int v, int end)
    {
        for (var c = v + 1; c <= end && c - v <= MaxObjectTokens; c++)
        {
            if (t[c].Lower is "that" or "que" or "qu'")
            {
                return c + 1;
            }

            if (t[c].Is(",") && ThatAfterAdjunct(t, c, end) is var adjunct and > 0)
            {
                return adjunct; // "avait confié, fin août, qu'il suivait", "said, on Monday night, that"
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
            // "a démenti avoir", "dit être", "assure ne pas", and the infinitives of intent: "a annoncé vouloir", "dit espérer".
            // "a promis de répondre": a promise's infinitive is what was promised.
            return t[next].Lower is "avoir" or "être" or "ne" or "n'" or "vouloir" or "pouvoir" or "devoir" or "espérer" or "souhaiter"
                || t[next].Lower is "de" or "d'" && t[v].Lower.StartsWith("prom", StringComparison.Ordinal) && next + 1 <= end && t[next + 1].IsWord ? next : -1;
        }

        if (TellsWhom.Contains(t[v].Lower) && ToldClause(t, next, end) is var told and > 0)
        {
            return told; // "told magistrates he had no memory of it", "told the court she was innocent"
        }

        var opensClause = ClauseStarters.Contains(t[next].Lower) || Quantity(t, next, end) || (t[next].IsCapitalized && !SyntaxLexicon.IsSkippable(t[next]))
            || (!t[next].IsCapitalized && !NotClauseStarters.Contains(t[next].Lower) && !SyntaxLexicon.IsSkippable(t[next])
                && next + 1 <= end && t[next + 1].IsWord);
        return (ZeroThatVerbs.Contains(t[v].Lower) && opensClause) || t[next].Lower is "having" or "being"
            || (language == "en" && FiniteClauseVerbs.Contains(t[v].Lower) && opensClause && HasFiniteVerbSoon(t, next, end)) ? next : -1;
    }

    /// <summary>The clause after ", fin août, qu'" or ", on Monday, that": a short adjunct between commas before "that"; else -1.</summary>
    private static int ThatAfterAdjunct(IReadOnlyList<QuoteToken> t, int comma, int end)
    {
        for (var c = comma + 1; c < end && c - comma <= MaxAdjunct; c++)
        {
            if (t[c].Is(","))
            {
                return c > comma + 1 && c + 2 <= end && t[c + 1].Lower is "that" or "que" or "qu'" ? c + 2 : -1;
            }

            if (!t[c].IsWord || SpeechVerbToken.IsVerb(t, c, "en") || SpeechVerbToken.IsVerb(t, c, "fr"))
            {
                return -1;
            }
        }

        return -1;
    }

    private const int MaxAdjunct = 4;

    private static readonly HashSet<string> TellsWhom = new(StringComparer.Ordinal)
    {
        "told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "reminded", "reminds", "warned", "warns",
    };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i" };

    /// <summary>
    /// After "told" and its object (a few words, no auxiliary or verb), a subject pronoun followed by a lower-case word opens
    /// the told clause without "that": "told magistrates he had no memory", "told the BBC they would appeal". -1 when none.
    /// </summary>
    private int ToldClause(IReadOnlyList<QuoteToken> t, int next, int end)
    {
        for (var c = next + 1; c < end && c - next <= MaxToldObject; c++)
        {
            var previous = t[c - 1];
            if (!previous.IsWord || SyntaxLexicon.Auxiliaries.Contains(previous.Lower) || SpeechVerbToken.IsVerb(t, c - 1, language))
            {
                return -1;
            }

            var pronoun = SubjectPronouns.Contains(t[c].Lower) && (!t[c].IsCapitalized || t[c].Text == "I");
            if (pronoun && t[c + 1].IsWord && !t[c + 1].IsCapitalized && !NotClauseStarters.Contains(t[c + 1].Lower))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Words of the one told: "magistrates", "the Tampa Bay Times", "a hearing in Leeds".</summary>
    private const int MaxToldObject = 5;

    /// <summary>
    /// Verbs that take a clause without "that" less often than "said" ("revealed the plan", "announced the death of"): their
    /// clause counts only when a finite auxiliary follows within a few words ("has revealed Karim Benzema will miss ...").
    /// </summary>
    private static readonly HashSet<string> FiniteClauseVerbs = new(StringComparer.Ordinal)
    {
        "revealed", "reveals", "confirmed", "confirms", "announced", "announces", "explained", "explains", "admits", "conceded",
        "concedes", "revealing", "confirming", "announcing", "denied", "denies", "denying",
    };

    private const int FiniteReach = 5;

    private static bool HasFiniteVerbSoon(IReadOnlyList<QuoteToken> t, int next, int end)
    {
        for (var k = next + 1; k <= end && k - next <= FiniteReach; k++)
        {
            if (!t[k].IsWord)
            {
                return false;
            }

            if (t[k].Lower is "will" or "would" or "is" or "was" or "are" or "were" or "has" or "had" or "have" or "could" or "can"
                or "should" or "must" or "may" or "might")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"said more than 300 firefighters were deployed", "said about 40 people were hurt": a quantity opens a clause.</summary>
    private static bool Quantity(IReadOnlyList<QuoteToken> t, int next, int end) =>
        next + 1 <= end && ((t[next].Lower is "more" or "less" or "fewer" && t[next + 1].Lower == "than")
            || (t[next].Lower is "about" or "nearly" or "almost" or "around" or "over" && char.IsDigit(t[next + 1].Text[0]))
            || (t[next].Lower is "as" && t[next + 1].Lower is "many" or "much" or "few" or "little" && next + 2 <= end && t[next + 2].Lower is "as"));

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
