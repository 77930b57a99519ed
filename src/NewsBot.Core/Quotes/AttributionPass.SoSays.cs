namespace NewsBot.Core.Quotes;

/// <summary>
/// An English statement attributed by the sentence after it: "The Duchess is a modern-day suffragette. Or so says actress
/// Patsy Kensit, who ..." / "So claims the union." The statement is the speaker's reported words.
/// </summary>
internal sealed partial class AttributionPass
{
    private const int MinStatementWords = 4;

    private bool AddAttributedByNext(List<QuoteToken> t, int s)
    {
        var sentence = _text.Outside[s];
        if (_language != "en" || s + 1 >= _article.Sentences.Count || _article.Sentences[s + 1].IsHeading || t.Count == 0
            || t[^1].End != sentence[^1].End || t.Count(x => x.IsWord) < MinStatementWords)
        {
            return false;
        }

        var next = _text.Outside[s + 1];
        var k = next.Count > 0 && next[0].Lower is "or" ? 1 : 0;
        if (k + 2 >= next.Count || next[k].Lower is not "so" || !next[k + 1].IsWord || !SpeechVerbs.IsSpeechVerb(_language, next[k + 1].Lower)
            || _subjects.At(next, k + 2, next.Count) is not { } subject)
        {
            return false;
        }

        var (speaker, role) = _resolver.Resolve(subject, next, s + 1);
        if (speaker is null)
        {
            return false;
        }

        var last = t.Count - 1;
        while (last > 0 && !t[last].IsWord)
        {
            last--;
        }

        Emit(t[0].Start, t[last].End, QuoteKind.Reported, speaker, Text(next, subject.First, subject.Last), Text(next, k, k + 1), role,
            ReportedNamed, s);
        return true;
    }
}
