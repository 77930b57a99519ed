namespace NewsBot.Core.Quotes;

/// <summary>
/// English fragments that judge or name something rather than report a statement: "was dubbed a 'machine made princess' by
/// Hilary Mantel and 'drab' by Margaret Atwood" (the agent after "by" said them), and fragments coordinated after a cued
/// one ("described Kate as a 'shop window mannequin' and a 'machine-made' princess who has been 'designed by committee'":
/// the later ones are the same speaker's words, not scare quotes).
/// </summary>
internal sealed partial class AttributionPass
{
    /// <summary>How far (tokens) a coordinated fragment may sit from the previous cued one in the same sentence.</summary>
    private const int CoordinationReach = 8;

    /// <summary>How far back (tokens) the passive participle of "was dubbed ... by X" is looked for.</summary>
    private const int PassiveReach = 30;

    private (int CloseEnd, int Sentence, Cue Cue, List<QuoteToken> Tokens, int CueSentence)? _lastPartialCue;

    /// <summary>"'...' by Margaret Atwood" after a passive naming or speech participle earlier in the sentence.</summary>
    private Cue? PassiveAgent(List<QuoteToken> after, int from, int end, List<QuoteToken> t, int mark)
    {
        if (_language != "en" || from >= end || after[from].Lower is not "by" || !HasPassiveParticiple(t, mark))
        {
            return null;
        }

        var agent = _subjects.At(after, from + 1, end);
        return agent is null || agent.Pronoun is not null ? null : new Cue(from, from, agent);
    }

    private bool IsPassiveAgent(Cue cue, List<QuoteToken> tokens) => _language == "en" && tokens[cue.First].Lower is "by";

    /// <summary>The cue of the previous fragment of the sentence when only a few words without a verb of speech separate them.</summary>
    private (Cue Cue, List<QuoteToken> Tokens, int Sentence)? CoordinatedCue(QuoteSpan span, int s, List<QuoteToken> t, int mark)
    {
        if (_language != "en" || _lastPartialCue is not { } last || last.Sentence != s || last.CloseEnd > span.Open)
        {
            return null;
        }

        var previousClose = ArticleTokens.TokenAt(t, last.CloseEnd);
        if (mark - previousClose > CoordinationReach)
        {
            return null;
        }

        for (var k = previousClose; k < mark; k++)
        {
            if (t[k].Text is ";" or ":" or "." or "?" or "!" || t[k].IsWord && SpeechVerbToken.IsVerb(t, k, _language))
            {
                return null; // a new clause or a new speaker's verb
            }
        }

        return (last.Cue, last.Tokens, last.CueSentence);
    }

    private void RememberPartialCue(QuoteSpan span, int s, Cue cue, List<QuoteToken> tokens, int cueSentence) =>
        _lastPartialCue = (span.CloseEnd, s, cue, tokens, cueSentence);

    private bool HasPassiveParticiple(List<QuoteToken> t, int mark)
    {
        for (var v = mark - 1; v >= 0 && mark - v <= PassiveReach; v--)
        {
            if (t[v].Text is ";" or "." or "?" or "!")
            {
                return false;
            }

            if (t[v].IsWord && t[v].Lower.EndsWith("ed", StringComparison.Ordinal) && SpeechVerbs.IsSpeechVerb(_language, t[v].Lower)
                && v > 0 && (t[v - 1].Is(",") || t[v - 1].Lower is "was" or "were" or "been" or "being" or "be" or "is" or "are"))
            {
                return true;
            }
        }

        return false;
    }
}
