namespace NewsBot.Core.Quotes;

/// <summary>
/// French quotations interrupted by a cue that names the speaker inside one pair of marks: « Les suspects étaient connus,
/// a précisé le procureur, Nicolas Bessone. Ils seront présentés à un juge. » The cue is taken out of the quotation (two
/// spans, the cue between them outside both) so that its names become mentions like any cue's. The pronoun form
/// (« ..., a-t-il dit, ... ») is left to the attribution pass.
/// </summary>
internal static class InnerCueSplitter
{
    private const int MaxCueTokens = 16;

    public static List<QuoteSpan> Split(string body, IReadOnlyList<QuoteSpan> spans)
    {
        var result = new List<QuoteSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (FindCue(body, span) is { } cut)
            {
                result.Add(new QuoteSpan(span.Open, span.ContentStart, cut.CueStart, cut.CueStart, Closed: true));
                result.Add(new QuoteSpan(cut.ResumeAt, cut.ResumeAt, span.ContentEnd, span.CloseEnd, span.Closed));
            }
            else
            {
                result.Add(span);
            }
        }

        return result;
    }

    /// <summary>The offset of the comma opening the cue and of the first word after it, when the quote has such a cue.</summary>
    private static (int CueStart, int ResumeAt)? FindCue(string body, QuoteSpan span)
    {
        var t = QuoteTokenizer.Tokenize(body, span.ContentStart, span.ContentEnd);
        for (var i = 2; i + 2 < t.Count; i++)
        {
            var verb = t[i].Lower is "a" or "ont" ? i + 1 : i;
            if (!t[i - 1].Is(",") || verb + 1 >= t.Count || !SpeechVerbs.IsSpeechVerb("fr", t[verb].Lower)
                || SpeechVerbToken.Inverted(t, i, "fr", out _) is not null || !IsSubjectStart(t[verb + 1]))
            {
                continue;
            }

            // The cue ends at the sentence end: what follows must be a new sentence of the quotation.
            for (var j = verb + 2; j + 1 < t.Count && j - verb <= MaxCueTokens; j++)
            {
                if (t[j].IsQuoteMark)
                {
                    break;
                }

                if (t[j].Text is "." && t[j + 1].IsCapitalized)
                {
                    return (t[i - 1].Start, t[j + 1].Start);
                }
            }
        }

        return null;
    }

    /// <summary>"le procureur", "la ministre", "Nicolas Bessone", "M. Dupont": a subject after an inverted verb.</summary>
    private static bool IsSubjectStart(QuoteToken token) =>
        token.IsWord && (token.IsCapitalized || token.Lower is "le" or "la" or "l'" or "les" or "son" or "sa" or "leur" or "un" or "une");
}
