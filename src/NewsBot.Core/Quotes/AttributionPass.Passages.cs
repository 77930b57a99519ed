namespace NewsBot.Core.Quotes;

/// <summary>
/// Which earlier speaker a quote with no cue may take. In print, "the speaker of the previous quote in the same passage";
/// in scraped text whose paragraphs were glued into one line, the passage is cut again at the lost breaks
/// (<see cref="GluedBreaks"/>) and the carry-over is bounded in sentences, so one speaker no longer runs over a whole article.
/// </summary>
internal sealed partial class AttributionPass
{
    /// <summary>Passages a quote may be away from the previous quote and still continue it (a quote runs over paragraphs).</summary>
    private const int MaxCarryPassages = 2;

    /// <summary>In a glued paragraph, sentences a quote may be away from the previous quote and still take its speaker.</summary>
    private const int MaxGluedCarrySentences = 4;

    /// <summary>A paragraph with more sentences than this is a glued article, not a print paragraph.</summary>
    private const int GluedParagraphSentences = 6;

    private GluedBreaks _passages = null!;

    private int PassageOf(int offset) => _passages.PassageOf(offset);

    /// <summary>Whether a quote at <paramref name="offset"/> in sentence <paramref name="s"/> may continue the previous speaker.</summary>
    private bool MayCarryOver(int offset, int s)
    {
        if (_resolver.LastSpeaker is null || PassageOf(offset) - _resolver.LastPassage > MaxCarryPassages)
        {
            return false;
        }

        var paragraph = _article.Sentences[s].Paragraph;
        var sentencesInParagraph = 0;
        for (var k = s; k >= 0 && _article.Sentences[k].Paragraph == paragraph && sentencesInParagraph <= GluedParagraphSentences; k--)
        {
            sentencesInParagraph++;
        }

        for (var k = s + 1; k < _article.Sentences.Count && _article.Sentences[k].Paragraph == paragraph && sentencesInParagraph <= GluedParagraphSentences; k++)
        {
            sentencesInParagraph++;
        }

        return sentencesInParagraph <= GluedParagraphSentences || s - _resolver.LastSentence <= MaxGluedCarrySentences;
    }

    /// <summary>
    /// "..., Sophie Garnier, ne cache pas son scepticisme. « Vingt millions ... »": a quote with no cue that opens its sentence
    /// right after a sentence without quotes naming a person as its subject is that person's, not the previous speaker's.
    /// </summary>
    private SpeakerEntity? IntroducedSpeaker(int s, List<QuoteToken> t, int mark)
    {
        List<QuoteToken> lead;
        int leadEnd;
        if (!HasWordBefore(t, mark))
        {
            if (s == 0 || _resolver.LastSentence >= s - 1 || _article.Sentences[s - 1].IsHeading)
            {
                return null;
            }

            (lead, leadEnd) = (_text.Outside[s - 1], _text.Outside[s - 1].Count);
        }
        else if (mark > 0 && mark <= t.Count && t[mark - 1].Text is "." or "!" or "?" && _resolver.LastSentence < s)
        {
            (lead, leadEnd) = (t, mark - 1); // "Thomas, étudiant, fulmine.\"C'est ...": the splitter missed a glued sentence end
        }
        else
        {
            return null;
        }

        for (var k = 0; k < leadEnd; k++)
        {
            if (lead[k].IsQuoteMark)
            {
                return null;
            }
        }

        for (var k = 0; k < leadEnd; k++)
        {
            if (k > 0 && lead[k - 1].IsWord && lead[k - 1].Lower is "de" or "du" or "des" or "d'" or "à" or "au" or "aux" or "avec" or "par"
                or "contre" or "pour" or "sur" or "chez" or "of" or "by" or "with" or "to" or "for" or "at" or "against" or "from")
            {
                continue; // a person named as the object of a preposition is not who the sentence is about
            }

            if (_subjects.At(lead, k, leadEnd) is { Entity: { Kind: SpeakerKind.Person } person })
            {
                return person;
            }

            if (lead[k].IsWord && SpeechVerbToken.IsVerb(lead, k, _language))
            {
                return null;
            }
        }

        return null;
    }
}
