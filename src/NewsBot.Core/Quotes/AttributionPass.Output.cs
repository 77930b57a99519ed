namespace NewsBot.Core.Quotes;

/// <summary>How attributed quotes are written out: offsets, cue text, and the fallback subject of a fragment.</summary>
internal sealed partial class AttributionPass
{
    /// <summary>Shorter repeated words ("No.", "Thank you") may well be said twice.</summary>
    private const int MinRepeated = 20;

    private void Emit(int start, int end, QuoteKind kind, SpeakerEntity? speaker, string mention, string? cue, string? role,
        double confidence, int sentence)
    {
        if (end - start >= MinRepeated && _quotes.Exists(q => q.End - q.Start == end - start && string.CompareOrdinal(q.Text, 0, _article.Body, start, end - start) == 0))
        {
            return; // a photo caption repeating a sentence of the article (Daily Mail): the same words said once
        }

        if (speaker is not null)
        {
            _resolver.Spoke(speaker, sentence, PassageOf(start)); // passages, not print paragraphs: see MayCarryOver
        }

        _quotes.Add(new Quote(start, end, _article.Body[start..end], kind, speaker?.Name ?? string.Empty, mention, cue,
            role ?? speaker?.Role, speaker?.Affiliation, _language, Math.Round(confidence, 2)));
    }

    /// <summary>Keeps the ")" of a bracket the clause opened: "10 000 euros (10 885 dollars)".</summary>
    private int CloseBrackets(int start, int end)
    {
        var body = _article.Body;
        var open = body.AsSpan(start, end - start).Count('(') - body.AsSpan(start, end - start).Count(')');
        return open > 0 && end < body.Length && body[end] == ')' ? end + 1 : end;
    }

    /// <summary>For a fragment with no cue: the nearest name, pronoun or "the company" before it in its sentence.</summary>
    private Subject? NearestSubject(List<QuoteToken> t, int mark)
    {
        for (var k = mark - 1; k >= 0; k--)
        {
            if (_subjects.At(t, k, mark) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>Includes an auxiliary just before the verb in the cue text ("a déclaré", "has said").</summary>
    private static int CueStart(List<QuoteToken> t, int first) =>
        first > 0 && t[first - 1].IsWord && t[first - 1].Lower is "a" or "has" or "had" or "have" or "ont" or "avait" or "aurait" ? first - 1 : first;

    private string Text(List<QuoteToken> t, int first, int last) => _article.Body[t[first].Start..t[last].End];
}
