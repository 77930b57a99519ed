namespace NewsBot.Core.Quotes;

/// <summary>Cues without a verb next to the quote: "according to X" / "selon X", and the speech verb of a lead-in sentence.</summary>
internal sealed partial class CueFinder
{
    /// <summary>
    /// The last speech cue anywhere in a lead-in sentence ("... a évoqué ses dix années à la tête de la maison."), for a
    /// quotation that opens the next paragraph.
    /// </summary>
    public Cue? InSentence(IReadOnlyList<QuoteToken> t)
    {
        for (var v = t.Count - 1; v >= 0; v--)
        {
            if (!t[v].IsWord || QuoteMarks.IsQuoteMark(t[v].Text[0]))
            {
                continue;
            }

            if (SpeechVerbToken.IsVerb(t, v, language) && !SpeechVerbToken.IsNounUse(t, v))
            {
                var participle = SpeechVerbToken.IsParticipleAfterComma(t, v, language);
                var subject = participle ? subjects.Main(t, v) : subjects.Before(t, v);
                return subject is null ? null : new Cue(v, v, subject);
            }
        }

        return null;
    }

    /// <summary>"according to X" / "selon X" / "d'après X" starting at token <paramref name="k"/>.</summary>
    public Cue? Source(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k < 0 || k >= end)
        {
            return null;
        }

        if (language == "fr" && (Reported(t, k, end) ?? Learned(t, k, end)) is { } french)
        {
            return french;
        }

        var next = t[k].Lower switch
        {
            "selon" => k + 1,
            // "Pour le député X, ces annonces sont ...", "Et pour Sven Lelandais, ces deux morts ...".
            "pour" when language == "fr" && (k == 0 || k == 1 && t[0].Lower is "et" or "mais") => k + 1,
            "according" when k + 1 < end && t[k + 1].Lower == "to" => k + 2,
            "d'" when k + 1 < end && t[k + 1].Lower == "après" => k + 2,
            _ => -1,
        };
        if (next < 0 || next >= end || SyntaxLexicon.RelativePronouns.Contains(t[next].Lower))
        {
            return null;
        }

        if (language == "fr" && next + 2 < end && t[next].Lower is "nos" or "leurs" or "ses" && t[next + 1].Lower is "confrères" or "consœurs" or "collègues"
            && t[next + 2].Lower is "de" or "du" or "d'" or "des")
        {
            next += 3; // "selon nos confrères du Parisien": the newspaper speaks
        }

        var subject = subjects.At(t, next, end);
        return subject is null ? null : new Cue(k, next - 1, subject);
    }
}
