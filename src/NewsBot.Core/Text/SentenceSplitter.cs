namespace NewsBot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences for English, French and the other Latin-script languages we detect.
/// A sentence ends at '.', '!', '?', '…' (or a run of them), plus any closing quotes or brackets that follow (." .” .» . »),
/// when whitespace and a plausible sentence opening follow. A point does not end a sentence after a title (Mr., Mme, M.),
/// an initial (J. K. Rowling), a list number at the start ("1."), or an ambiguous abbreviation (Inc., U.S., etc.) unless a
/// typical sentence opener follows. Decimals, URLs and e-mails never split because no whitespace follows their points.
/// One left-to-right pass with bounded look-around, so the cost is linear; sentences longer than the cap are cut at a space.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>No real sentence is this long; longer runs (tables, pasted logs) are cut into pieces of at most this size.</summary>
    public const int DefaultMaxLength = 1500;

    public static IReadOnlyList<TextRange> Split(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        var sentences = new List<TextRange>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            if (!SentencePunctuation.IsTerminator(text[i]))
            {
                i++;
                continue;
            }

            var termEnd = i;
            while (termEnd < text.Length && SentencePunctuation.IsTerminator(text[termEnd]))
            {
                termEnd++;
            }

            var end = SentencePunctuation.SkipClosers(text, termEnd);
            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                i = Math.Max(end, i + 1);
                continue;
            }

            var next = SkipSpace(text, end);
            if (next < text.Length && EndsSentence(text, start, i, termEnd, next))
            {
                AddBounded(sentences, text, start, end, maxLength);
                start = next;
            }

            i = next;
        }

        AddBounded(sentences, text, start, TrimEnd(text, start, text.Length), maxLength);
        return sentences;
    }

    private static bool EndsSentence(string text, int start, int termStart, int termEnd, int next)
    {
        if (!SentencePunctuation.CanOpenSentence(text, next))
        {
            return false;
        }

        // '!', '?', '…' and runs like "?!" or "..." end the sentence once an opening follows.
        if (termEnd - termStart != 1 || text[termStart] != '.')
        {
            return true;
        }

        var word = WordBefore(text, start, termStart);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.All(char.IsDigit))
        {
            // "1. First point": a list number at the very start of the sentence.
            return termStart - word.Length != start;
        }

        if (Abbreviations.IsUsuallyFinal(word))
        {
            return true;
        }

        if (Abbreviations.IsTitle(word))
        {
            return false;
        }

        var ambiguous = (word.Length == 1 && char.IsLetter(word[0])) || Abbreviations.IsDotted(word) || Abbreviations.IsAbbreviation(word);
        return !ambiguous || SentenceStarters.IsStarter(NextWord(text, next));
    }

    private static string WordBefore(string text, int start, int end)
    {
        var from = end;
        while (from > start && end - from < 40 && !char.IsWhiteSpace(text[from - 1]) && !SentencePunctuation.IsOpener(text[from - 1]))
        {
            from--;
        }

        return text[from..end];
    }

    private static string NextWord(string text, int from)
    {
        var to = from;
        while (to < text.Length && to - from < 40 && char.IsLetter(text[to]))
        {
            to++;
        }

        return text[from..to];
    }

    private static void AddBounded(List<TextRange> sentences, string text, int start, int end, int maxLength)
    {
        end = TrimEnd(text, start, end);
        while (end - start > maxLength)
        {
            var cut = LastSpace(text, start + (maxLength / 2), start + maxLength);
            var pieceEnd = TrimEnd(text, start, cut);
            sentences.Add(new TextRange(start, pieceEnd));
            start = SkipSpace(text, cut);
        }

        if (end > start)
        {
            sentences.Add(new TextRange(start, end));
        }
    }

    private static int LastSpace(string text, int from, int to)
    {
        for (var i = to; i > from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        // No space at all: cut hard, but never between the halves of a surrogate pair.
        return char.IsLowSurrogate(text[to]) ? to - 1 : to;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
