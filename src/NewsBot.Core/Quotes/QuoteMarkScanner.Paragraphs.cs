using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>What happens to a quote still open at a paragraph end: it continues, it lost its closing mark, or it was a stray mark.</summary>
internal static partial class QuoteMarkScanner
{
    /// <summary>
    /// At a paragraph end an open quote continues when the next paragraph starts with an opening mark of its family;
    /// one opened at the paragraph start with no close lost its closing mark; anything else was a stray mark.
    /// Returns the offset of the continuation mark to skip, or -1.
    /// </summary>
    private static int EndParagraph(string body, IReadOnlyList<Paragraph> paragraphs, int p, List<OpenMark> stack, List<QuoteSpan> spans)
    {
        if (stack.Count == 0)
        {
            return -1;
        }

        var outer = stack[0];
        var para = paragraphs[p];
        if (outer.Family != QuoteFamily.Single && p + 1 < paragraphs.Count && !paragraphs[p + 1].IsHeading)
        {
            var next = paragraphs[p + 1];
            var first = QuoteMarks.SkipSpaces(body, next.Start, next.End);
            if (first < next.End && QuoteMarks.FamilyOf(body[first]) == outer.Family && QuoteMarks.OpensOnly(body[first]))
            {
                stack.RemoveRange(1, stack.Count - 1);
                return first;
            }
        }

        var startsParagraph = QuoteMarks.SkipSpaces(body, para.Start, para.End) == outer.At;
        if ((startsParagraph || RunsOn(body, paragraphs, p, outer.Family)) && outer.Family != QuoteFamily.Single && outer.At + 1 < para.End)
        {
            Close(body, stack, 0, para.End, spans, closed: false);
        }

        stack.Clear();
        return -1;
    }

    /// <summary>
    /// "“We had no choice,” X said. “The alternative was bankruptcy.¶“Every service ...”": with straight marks the next
    /// paragraph's mark cannot say it continues, so the unclosed quote ends at its paragraph end instead of being dropped.
    /// </summary>
    private static bool RunsOn(string body, IReadOnlyList<Paragraph> paragraphs, int p, QuoteFamily family)
    {
        if (p + 1 >= paragraphs.Count || paragraphs[p + 1].IsHeading)
        {
            return false;
        }

        var first = QuoteMarks.SkipSpaces(body, paragraphs[p + 1].Start, paragraphs[p + 1].End);
        return first < paragraphs[p + 1].End && QuoteMarks.FamilyOf(body[first]) == family;
    }
}
