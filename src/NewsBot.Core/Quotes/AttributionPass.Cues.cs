namespace NewsBot.Core.Quotes;

/// <summary>Where a quotation's cue is looked for, and French quotes interrupted by their own cue.</summary>
internal sealed partial class AttributionPass
{
    private (Cue? Cue, List<QuoteToken> Tokens, int Sentence, double Confidence) FindCue(QuoteSpan span, int s, List<QuoteToken> t, int mark)
    {
        if (span.Closed)
        {
            var closeSentence = _text.SentenceOf(span.CloseEnd - 1);
            var after = _text.Outside[closeSentence];
            var from = ArticleTokens.TokenAt(after, span.CloseEnd);
            var end = from;
            // "the National Farmers' Union said": an apostrophe glued to a plural is not a quote mark.
            while (end < after.Count && (after[end].IsWord || !QuoteMarks.IsQuoteMark(after[end].Text[0])
                || end > from && after[end].Text is "'" or "\u2019" && after[end].Start == after[end - 1].End && after[end - 1].Text.EndsWith('s')))
            {
                end++;
            }

            if (_cues.After(after, from, end) is { } found)
            {
                // "... responded that he '...', reports the Golf Channel": the outlet relays the sentence's own speaker.
                return _language == "en" && after[found.Last].Lower is "reports" or "reported" && OwnReport(t, mark) is { } own
                    && _resolver.Resolve(own.Subject, t, s).Entity is not null
                    ? (own, t, s, ExplicitCue)
                    : (found, after, closeSentence, ExplicitCue);
            }

            if (PassiveAgent(after, from, end, t, mark) is { } agent)
            {
                return (agent, after, closeSentence, ExplicitCue);
            }

            if (from >= after.Count && NextSentenceCue(closeSentence) is { } next)
            {
                return (next.Cue, next.Tokens, closeSentence + 1, ExplicitCue);
            }

            if (from >= after.Count && BracketedSpeaker(closeSentence) is { } caption)
            {
                return (caption.Cue, caption.Tokens, closeSentence + 1, ExplicitCue);
            }

            if (OpensArticle(s, t, mark) && OnlyPunctuation(after, from) && OpeningQuoteSpeaker(closeSentence) is { } speaker)
            {
                return (speaker.Cue, speaker.Tokens, closeSentence + 1, LeadIn - 0.15);
            }
        }

        if (_cues.Before(t, mark) is { } before)
        {
            return (before, t, s, ExplicitCue);
        }

        // « ... » after a lead-in sentence ending with a colon ("Binance ajoute également :"), or opening a paragraph after a
        // sentence that reports speech ("... a évoqué ses dix années."), unless that sentence quoted someone itself.
        var previous = s - 1;
        if (HasWordBefore(t, mark) || previous < 0 || _article.Sentences[previous].IsHeading || _text.Outside[previous] is not { Count: > 0 } lead)
        {
            return (null, t, s, ExplicitCue);
        }

        if (lead[^1].Is(":"))
        {
            // "X a lu une déclaration :" introduces what follows even without a speech verb: its subject speaks.
            var colon = _cues.Before(lead, lead.Count) ?? (_subjects.Main(lead, lead.Count - 1) is { } main ? new Cue(lead.Count - 1, lead.Count - 1, main) : null);
            if (colon is not null)
            {
                return (colon, lead, previous, LeadIn);
            }
        }

        var opensParagraph = PassageOf(_article.Sentences[previous].Start) != PassageOf(span.Open);
        return opensParagraph && !lead.Exists(x => QuoteMarks.IsQuoteMark(x.Text[0]) && !x.IsWord) && _cues.InSentence(lead) is { } reported
            ? (reported, lead, previous, LeadIn - 0.15)
            : (null, t, s, ExplicitCue);
    }

    /// <summary>A speech verb before the opening mark, in the same clause, with its subject ("Fowler ... responded to X that").</summary>
    private Cue? OwnReport(List<QuoteToken> t, int mark)
    {
        for (var v = mark - 1; v >= 0 && mark - v <= 12 && t[v].IsWord || v >= 0 && mark - v <= 12 && t[v].Is(","); v--)
        {
            if (t[v].IsWord && SpeechVerbToken.IsVerb(t, v, _language) && t[v].Lower is not ("reports" or "reported")
                && (_subjects.Before(t, v) ?? _subjects.Main(t, v)) is { } subject)
            {
                return new Cue(v, v, subject);
            }
        }

        return null;
    }

    /// <summary>
    /// "'... Grammy Creators Alliance.' said Neil Portnow.": the splitter ended the sentence at the quote's full stop, and the
    /// cue opens the next one in lower case.
    /// </summary>
    private (Cue Cue, List<QuoteToken> Tokens)? NextSentenceCue(int sentence)
    {
        if (sentence + 1 >= _article.Sentences.Count || _text.Outside[sentence + 1] is not { Count: > 1 } next
            || !next[0].IsWord || next[0].IsCapitalized || !SpeechVerbToken.IsVerb(next, 0, _language))
        {
            return null;
        }

        var end = 0;
        while (end < next.Count && (next[end].IsWord || !QuoteMarks.IsQuoteMark(next[end].Text[0])))
        {
            end++;
        }

        return _cues.After(next, 0, end) is { } cue ? (cue, next) : null;
    }

    /// <summary>
    /// "“La délinquance explose … n'existe pas à Paris.” (Rachida Dati)par France Inter": a video caption names the speaker
    /// of a whole-sentence quotation in brackets, opening the next sentence. Not a title's publisher in the same sentence
    /// ("« Les Heures creuses » (Éditions du Sablier)").
    /// </summary>
    private (Cue Cue, List<QuoteToken> Tokens)? BracketedSpeaker(int sentence)
    {
        if (sentence + 1 >= _article.Sentences.Count || _text.Outside[sentence + 1] is not [{ Text: "(" }, _, ..] next
            || _subjects.At(next, 1, next.Count) is not { Entity: not null } subject || subject.Last + 1 >= next.Count || !next[subject.Last + 1].Is(")"))
        {
            return null;
        }

        return (new Cue(0, subject.Last + 1, subject), next);
    }

    /// <summary>Whether the quotation at <paramref name="mark"/> is the first thing the article's body says.</summary>
    private bool OpensArticle(int s, List<QuoteToken> t, int mark)
    {
        for (var previous = 0; previous < s; previous++)
        {
            if (!_article.Sentences[previous].IsHeading)
            {
                return false;
            }
        }

        return !HasWordBefore(t, mark);
    }

    private static bool OnlyPunctuation(List<QuoteToken> t, int from)
    {
        for (var i = from; i < t.Count; i++)
        {
            if (t[i].IsWord || QuoteMarks.IsQuoteMark(t[i].Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "« C'est une étude aussi troublante que passionnante ». L'addictologue William Lowenstein a commenté mercredi ...":
    /// an article opening on a quotation with no cue, whose next sentence has a named speaker comment or speak, opens on
    /// that speaker's words. Only a name as the subject of the next sentence's first speech verb (not a pronoun, nor a
    /// document's author: "L'étude a été publiée par l'Académie"), in a sentence without quotes.
    /// </summary>
    private (Cue Cue, List<QuoteToken> Tokens)? OpeningQuoteSpeaker(int sentence)
    {
        if (sentence + 1 >= _article.Sentences.Count || _text.Outside[sentence + 1] is not { Count: > 1 } next
            || next.Exists(x => !x.IsWord && QuoteMarks.IsQuoteMark(x.Text[0])))
        {
            return null;
        }

        for (var v = 1; v < next.Count && v <= MaxOpeningCueDistance; v++)
        {
            if (next[v].IsWord && SpeechVerbToken.IsVerb(next, v, _language) && !SpeechVerbToken.IsNounUse(next, v))
            {
                return _subjects.Before(next, v) is { Entity: not null } subject && _resolver.Resolve(subject, next, sentence + 1).Entity is not null
                    ? (new Cue(v, v, subject), next)
                    : null;
            }
        }

        return null;
    }

    /// <summary>How far into the next sentence its speech verb may stand: a subject with a title and an apposition.</summary>
    private const int MaxOpeningCueDistance = 16;

    private static bool HasWordBefore(List<QuoteToken> t, int mark)
    {
        for (var i = 0; i < mark && i < t.Count; i++)
        {
            if (t[i].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// « On a manqué d'envie, a-t-il regretté, et ça, c'est inacceptable. »: one pair of marks around two quotes and the
    /// cue between commas. Emits both halves attributed by that cue.
    /// </summary>
    private bool SplitAtInnerCue(QuoteSpan span, int s)
    {
        if (_language != "fr")
        {
            return false;
        }

        var inner = QuoteTokenizer.Tokenize(_article.Body, span.ContentStart, span.ContentEnd);
        for (var i = 1; i + 1 < inner.Count; i++)
        {
            if (!inner[i - 1].Is(",") || SpeechVerbToken.Inverted(inner, i, _language, out var last) is not { } pronoun)
            {
                continue;
            }

            var after = last + 1;
            if (after >= inner.Count - 1 || !inner[after].Is(","))
            {
                continue;
            }

            var cue = new Cue(i, last, new Subject(i, i) { Pronoun = SyntaxLexicon.Pronouns[pronoun is "on" ? "ils" : pronoun] });
            var (speaker, role) = _resolver.Resolve(cue.Subject, inner, s);
            var cueText = Text(inner, i, last);
            var confidence = speaker is null ? Unattributed : ExplicitCue;
            var secondStart = QuoteMarks.SkipSpaces(_article.Body, inner[after].End, span.ContentEnd);
            Emit(span.ContentStart, inner[i - 1].Start, QuoteKind.Direct, speaker, cueText, cueText, role, confidence, s);
            Emit(secondStart, span.ContentEnd, QuoteKind.Direct, speaker, cueText, cueText, role, confidence, s);
            return true;
        }

        return false;
    }
}
