using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Passages of an article: its paragraphs, cut again where a scraper glued two paragraphs into one line. Scraped news often
/// comes as a single line; the lost breaks still show as a sentence end glued to the next capitalised word ("...fuiter".Sven",
/// "différemment !Ainsi"), an opening mark glued to the previous full stop ("...la société." Ça fait"), and a sub-heading
/// glued to the first word of its section ("restent prudentsMarie Lacoste"). "The previous speaker of the same passage" is
/// only meaningful inside such a passage: without these cuts one speaker carries over the whole article.
/// </summary>
internal sealed class GluedBreaks
{
    private readonly List<int> _starts = [];

    public GluedBreaks(string body, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<QuoteSpan> spans)
    {
        var span = 0;
        foreach (var paragraph in paragraphs)
        {
            _starts.Add(paragraph.Start);
            for (var i = paragraph.Start + 1; i + 1 < paragraph.End; i++)
            {
                while (span < spans.Count && spans[span].Open < i)
                {
                    span++;
                }

                if (IsGluedBreak(body, i) || (span < spans.Count && spans[span].Open == i && IsGluedOpening(body, i)))
                {
                    _starts.Add(i);
                }
            }
        }
    }

    /// <summary>The passage holding <paramref name="offset"/>: passages are numbered in reading order.</summary>
    public int PassageOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Whether a lost paragraph break sits right before <paramref name="i"/>.</summary>
    public static bool IsGluedBreak(string body, int i)
    {
        var c = body[i];
        var previous = body[i - 1];
        if (char.IsUpper(c) && i + 1 < body.Length && char.IsLower(body[i + 1]))
        {
            // ".Sven", "!Ainsi", "»Le": a sentence end glued to a capitalised word; "prudentsMarie": a sub-heading glued to a sentence.
            return previous is '.' or '!' or '?' or '»' or '”' ? !IsInitial(body, i - 1) : IsGluedWord(body, i);
        }

        return false;
    }

    /// <summary>
    /// ".\" Ça fait", ".\"Chez": an opening mark glued to a sentence end (the scraper kept the mark and lost the break). Only
    /// for a mark that opens a quotation: the same characters close one in "...communs.\" Ça".
    /// </summary>
    private static bool IsGluedOpening(string body, int i)
    {
        var previous = body[i - 1];
        if (previous is not ('.' or '!' or '?') || i + 1 >= body.Length)
        {
            return false;
        }

        var next = body[i + 1] == ' ' && i + 2 < body.Length ? body[i + 2] : body[i + 1];
        return char.IsUpper(next);
    }

    /// <summary>A capital inside a word written in lower case ("prudentsMarie"), never a brand ("iPhone", "eBay").</summary>
    public static bool IsGluedWord(string body, int i)
    {
        // Only lower-case letters back to the word start, three at least; a longer run than any word is not one (and the
        // bound keeps a pathological "aBaBaB..." line linear).
        var k = i;
        while (k > 0 && i - k < MaxWordLength && char.IsLower(body[k - 1]))
        {
            k--;
        }

        return i - k >= 3 && i - k < MaxWordLength && (k == 0 || !char.IsLetter(body[k - 1]));
    }

    private const int MaxWordLength = 40;

    /// <summary>"M.Dupont", "J.-C." : a point after a single letter is an initial, not a sentence end.</summary>
    private static bool IsInitial(string body, int point) =>
        body[point] is '.' && point >= 1 && char.IsLetter(body[point - 1]) && (point < 2 || !char.IsLetter(body[point - 2]));
}
