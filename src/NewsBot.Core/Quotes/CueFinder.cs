namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the speech cue of a direct or partial quote in the words right after its closing mark (“...,” she said / « ... »,
/// a-t-il ajouté / ..., said John Smith / ..., selon X) or right before its opening mark (Smith said: “...” / X a déclaré
/// à la presse que « ... » / according to X, “...”).
/// </summary>
internal sealed partial class CueFinder(SubjectFinder subjects, string language)
{
    private const int AfterReach = 4;
    private const int BeforeReach = 12;

    /// <summary>English speech verbs whose following noun phrase is the listener, so never an inverted subject.</summary>
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.Ordinal)
    {
        "told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "reminded", "reminds", "asked", "asks",
    };

    /// <summary>Cue in tokens <c>[from, end)</c>, the words after a closing mark up to the next quote or the sentence end.</summary>
    public Cue? After(IReadOnlyList<QuoteToken> t, int from, int end)
    {
        var k = from;
        while (k < end && !t[k].IsWord && t[k].Text is "," or "\u2014" or "\u2013" or "-" or "(")
        {
            k++;
        }

        if (Source(t, k, end) is { } source)
        {
            return source;
        }

        k = PastAdjunct(t, k, end); // "“…”, entre 2013 et 2019, a souligné la maire"

        for (var m = k; m < end && m - k < AfterReach; m++)
        {
            if (!t[m].IsWord)
            {
                break;
            }

            if (SpeechVerbToken.Inverted(t, m, language, out var last) is { } pronoun)
            {
                return new Cue(m, last, new Subject(m, m) { Pronoun = SyntaxLexicon.Pronouns[pronoun is "on" ? "ils" : pronoun] });
            }

            if (SpeechVerbToken.IsVerb(t, m, language) && t.Skip(k).Take(m - k).All(SyntaxLexicon.IsSkippable))
            {
                if (language == "en" && ObjectVerbs.Contains(t[m].Lower))
                {
                    return null; // "..., told the Los Angeles Times": who is told is never who speaks
                }

                if (m + 1 < end && SyntaxLexicon.Complementizers.Contains(t[m + 1].Lower))
                {
                    return null; // "'absolutely ridiculous', adding that voters …": a clause follows, not who speaks
                }

                var inverted = (language == "fr" ? subjects.AfterRecipient(t, m + 1, end) : null)
                    ?? subjects.At(t, m + 1, end) ?? subjects.At(t, SkipForward(t, m + 1, end), end)
                    ?? (language == "fr" && FrenchDates.Skip(t, m + 1, end) is var dated && dated > m + 1
                        ? subjects.AfterRecipient(t, dated, end) ?? subjects.At(t, dated, end) : null);
                return inverted is null ? null : new Cue(m, m, inverted);
            }

            if (!SyntaxLexicon.IsSkippable(t[m]))
            {
                break;
            }
        }

        var subject = subjects.At(t, k, end);
        if (subject is null)
        {
            return null;
        }

        subject = subjects.NamedInApposition(t, subject, end) ?? subject;

        var v = SubjectFinder.PastApposition(t, subject.Last + 1, end, MaxApposition);
        v = SkipForward(t, v < end && t[v].Is(",") && subject.Last > k ? v + 1 : v, end); // "its director, A. B. Cartwright, said"
        return v < end && SpeechVerbToken.IsVerb(t, v, language) ? new Cue(v, v, subject) : null;
    }

    /// <summary>
    /// Past a short adjunct between commas that stands before the cue's verb ("entre 2013 et 2019, a souligné", "on Monday,
    /// said"): the verb's position; else <paramref name="k"/>.
    /// </summary>
    private int PastAdjunct(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        for (var c = k; c < end && c - k <= MaxAdjunct; c++)
        {
            if (t[c].Is(","))
            {
                var verb = c + 1;
                while (verb < end && SyntaxLexicon.IsSkippable(t[verb]))
                {
                    verb++; // "a souligné"
                }

                return c > k && verb < end && SpeechVerbToken.IsVerb(t, verb, language) ? c + 1 : k;
            }

            // A name is no adjunct: "Anna 'Chickadee' Cardwell, has accused" is the nickname's owner, then her verb.
            if (!t[c].IsWord || SpeechVerbToken.IsVerb(t, c, language) || t[c].IsCapitalized && !SyntaxLexicon.Weekdays.Contains(t[c].Lower))
            {
                return k;
            }
        }

        return k;
    }

    private const int MaxAdjunct = 5;

    /// <summary>How long ", chief executive of Acme," may be between a subject after a quote and its verb.</summary>
    private const int MaxApposition = 30;

    /// <summary>Cue in the words before the opening mark at token <paramref name="mark"/>, back to the previous quote.</summary>
    public Cue? Before(IReadOnlyList<QuoteToken> t, int mark)
    {
        for (var v = mark - 1; v >= 0 && mark - v <= BeforeReach; v--)
        {
            if (!t[v].IsWord && (QuoteMarks.IsQuoteMark(t[v].Text[0]) || t[v].Text is ";" or "." or "!" or "?") && !SemicolonForColon(t, v, mark))
            {
                break;
            }

            if ((t[v].Lower is "selon" or "according" or "après" || v == 0 && t[v].Lower is "pour") && Source(t, t[v].Lower is "après" ? v - 1 : v, mark) is { } source)
            {
                return source;
            }

            if (!SpeechVerbToken.IsVerb(t, v, language) || SpeechVerbToken.IsNounUse(t, v))
            {
                continue;
            }

            if (SpeechVerbToken.Inverted(t, v, language, out var last) is { } pronoun)
            {
                return new Cue(v, last, new Subject(v, v) { Pronoun = SyntaxLexicon.Pronouns[pronoun is "on" ? "ils" : pronoun] });
            }

            var participle = SpeechVerbToken.IsParticipleAfterComma(t, v, language);
            var subject = participle ? subjects.Main(t, v) : subjects.Before(t, v) ?? Inverted(t, v, mark) ?? GoingOn(t, v);
            return subject is null ? null : new Cue(v, v, subject);
        }

        return null;
    }

    /// <summary>
    /// "A spokesman said; ‘...’", "told reporters; '...'": scraped English copy sometimes types a semicolon for the colon
    /// before a quote (a speech verb, perhaps with its listener, right before it).
    /// </summary>
    private bool SemicolonForColon(IReadOnlyList<QuoteToken> t, int v, int mark) =>
        language == "en" && v == mark - 1 && t[v].Text is ";" && v > 0 && t[v - 1].IsWord
        && (SpeechVerbToken.IsVerb(t, v - 1, language) || (v > 1 && ObjectVerbs.Contains(t[v - 2].Lower)));

    /// <summary>
    /// "Avant d'ajouter : « … »", "Et de conclure : « … »", "before adding: “…”": an infinitive that goes on from the
    /// sentence before has no subject of its own; whoever spoke last goes on (<see cref="Subject.GoesOn"/>).
    /// </summary>
    private static Subject? GoingOn(IReadOnlyList<QuoteToken> t, int v)
    {
        var first = v >= 2 && t[v - 1].Lower is "de" or "d'" && t[v - 2].Lower is "avant" or "et" ? v - 2
            : v >= 1 && t[v].Lower is "adding" or "continuing" && t[v - 1].Lower is "before" or "and" ? v - 1
            : -1;
        return first >= 0 ? new Subject(first, v) { GoesOn = true } : null;
    }

    /// <summary>"said John Smith: “...”": a subject after the verb counts only when the quote follows it directly.</summary>
    private Subject? Inverted(IReadOnlyList<QuoteToken> t, int v, int mark)
    {
        var subject = subjects.At(t, v + 1, mark);
        return subject is not null && (subject.Last + 1 == mark || t[subject.Last + 1].Text is ":" or ",") ? subject : null;
    }

    private static int SkipForward(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        while (k < end && SyntaxLexicon.IsSkippable(t[k]) && !(t[k].Lower is "l'" && k + 1 < end && !SpeechVerbToken.IsVerb(t, k + 1, "fr")))
        {
            k++;
        }

        return k;
    }
}
