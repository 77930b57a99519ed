namespace NewsBot.Core.Quotes;

/// <summary>
/// French sources given without a classic speech clause: "Comme le révèle La Voix du Nord, ...", "..., comme l'a rappelé
/// le ministre.", "..., a-t-on appris de sources concordantes.", "..., a appris l'AFP de source proche du dossier.".
/// </summary>
internal sealed partial class CueFinder
{
    /// <summary>Words between "a-t-on appris" and "de sources ..." ("mardi 21 janvier", "lundi soir", "auprès").</summary>
    private const int MaxLearnedGap = 6;

    /// <summary>"comme le révèle X", "comme l'a rappelé X": the subject after the verb is the source.</summary>
    private Cue? Reported(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (t[k].Lower != "comme" || k + 3 >= end || t[k + 1].Lower is not ("le" or "l'" or "la"))
        {
            return null;
        }

        var v = k + 2;
        if (t[v].Lower is "a" or "ont" or "avait" && v + 1 < end)
        {
            v++;
        }

        if (!SpeechVerbs.IsSpeechVerb("fr", t[v].Lower))
        {
            return null;
        }

        var subject = subjects.At(t, v + 1, end) ?? subjects.At(t, SkipForward(t, v + 1, end), end);
        return subject is null ? null : new Cue(k, v, subject);
    }

    /// <summary>"a-t-on appris (mardi) de sources concordantes", "a appris l'AFP de source proche du dossier".</summary>
    private Cue? Learned(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        int learned;
        if (t[k].Lower is "a-t-on" or "avait-on" && k + 1 < end && t[k + 1].Lower == "appris")
        {
            learned = k + 1;
        }
        else if (t[k].Lower is "apprend-on")
        {
            learned = k;
        }
        else if (t[k].Lower is "a" or "avait" && k + 1 < end && t[k + 1].Lower == "appris")
        {
            learned = k + 1;
        }
        else
        {
            return null;
        }

        for (var j = learned + 1; j + 1 < end && j - learned <= MaxLearnedGap && t[j].IsWord; j++)
        {
            if (t[j].Lower is "de" or "d'" && SubjectFinder.Sources(t, j + 1, end) is { } sources)
            {
                return new Cue(k, learned, sources);
            }

            if (t[j].Lower is "auprès" && j + 2 < end && t[j + 1].Lower is "de" or "du" or "d'" or "des")
            {
                var at = t[j + 1].Lower is "de" or "d'" ? j + 2 : j + 1;
                return subjects.At(t, at, end) is { } asked ? new Cue(k, learned, asked) : null;
            }
        }

        return null;
    }
}
