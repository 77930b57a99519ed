using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Pairs quote marks in one pass over the body with a small bounded stack, so 10,000 stray marks cost 10,000 steps.
/// Handles “ ”, « » (any inner spacing), „ “, ‹ ›, straight quotes, single quotes at top level only, nested quotes, quotes
/// running over paragraphs (an opening mark starts each continued paragraph), and the scraped-text habit of closing with
/// an opening mark ("... russes « , a déclaré Binance."). Only top-level pairs are returned.
/// </summary>
internal static partial class QuoteMarkScanner
{
    private const int MaxDepth = 16;

    public static List<QuoteSpan> Scan(string body, IReadOnlyList<Paragraph> paragraphs)
    {
        var spans = new List<QuoteSpan>();
        var stack = new List<OpenMark>();
        var skipOpenAt = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            // Straight quotes cannot say which way they face, and scraped text moves their spaces ("sujet." J'attends...",
            // a-t-il dit): when a paragraph holds an even number of them, they pair in order, whatever the spacing.
            var straight = body.AsSpan(para.Start, para.End - para.Start).Count('"');
            var pairedInOrder = straight > 0 && straight % 2 == 0;
            var straightSeen = 0;
            for (var i = para.Start; i < para.End; i++)
            {
                // Step ignores every character but quote marks: jump to the next one (vectorised) instead of visiting each.
                var next = body.AsSpan(i, para.End - i).IndexOfAny(QuoteMarks.All);
                if (next < 0)
                {
                    break;
                }

                i += next;
                var opensInOrder = false;
                if (body[i] == '"')
                {
                    opensInOrder = pairedInOrder && straightSeen % 2 == 0;
                    straightSeen++;
                }

                if (i == skipOpenAt)
                {
                    continue;
                }

                Step(body, para, i, opensInOrder, stack, spans);
            }

            skipOpenAt = EndParagraph(body, paragraphs, p, stack, spans);
        }

        return spans;
    }

    private static void Step(string body, Paragraph para, int i, bool opensInOrder, List<OpenMark> stack, List<QuoteSpan> spans)
    {
        var c = body[i];
        var family = QuoteMarks.FamilyOf(c);
        if (family == QuoteFamily.None)
        {
            return;
        }

        if (family == QuoteFamily.Single && stack.Exists(m => m.Family != QuoteFamily.Single))
        {
            return; // single quotes count only where no double pair is open; inside one they are nested or apostrophes
        }

        if (stack.Count == 1 && IsGluedContinuation(body, para, i, c, stack[0].Family))
        {
            // Scraped pages glue paragraphs into one line, and a quote running over paragraphs re-opens at each one
            // (“... site. ‘Our inn ...’): the part so far ends at its sentence end, and the next part starts here.
            Close(body, stack, 0, QuoteMarks.TrimSpacesBack(body, para.Start, i), spans, closed: false);
            stack.Add(new OpenMark(family, i, TopLevel: true));
            return;
        }

        var openIndex = stack.FindLastIndex(m => QuoteMarks.CanClose(c, m.Family));
        if (openIndex >= 0 && ShouldClose(body, para, i, c, stack[openIndex].Family))
        {
            Close(body, stack, openIndex, i, spans, closed: true);
            return;
        }

        if (QuoteMarks.ClosesOnly(c) || stack.Count >= MaxDepth)
        {
            return; // a stray closing mark or apostrophe, or a pathological pile of opening marks
        }

        if (QuoteMarks.IsPlausibleOpen(body, para.Start, para.End, i) || (opensInOrder && QuoteMarks.SkipSpaces(body, i + 1, para.End) < para.End))
        {
            stack.Add(new OpenMark(family, i, stack.Count == 0));
        }
    }

    /// <summary>
    /// An opening mark of the open quote's own family right after a sentence end and a space, followed by a word: a quote is
    /// not nested in its own marks there (inner quotes use the other kind), so it is the next paragraph's re-opening mark.
    /// Straight quotes are paired by count instead (see <see cref="Scan"/>).
    /// </summary>
    private static bool IsGluedContinuation(string body, Paragraph para, int i, char c, QuoteFamily open)
    {
        if (c is not ('\u2018' or '\'' or '\u201C' or '\u00AB') || QuoteMarks.FamilyOf(c) != open || i - 2 < para.Start || !QuoteMarks.IsSpace(body[i - 1]))
        {
            return false;
        }

        var before = QuoteMarks.TrimSpacesBack(body, para.Start, i);
        var next = QuoteMarks.SkipSpaces(body, i + 1, para.End);
        return before > para.Start && body[before - 1] is '.' or '!' or '?' or '\u2026'
            && next < para.End && (next == i + 1 || c == '\u00AB') && char.IsLetterOrDigit(body[next]);
    }

    private static bool ShouldClose(string body, Paragraph para, int i, char c, QuoteFamily open) => c switch
    {
        // “ properly closes „; closing “ with “ or « with « is the misuse that scraped text shows.
        '\u201C' when open == QuoteFamily.Low9 => true,
        '\u201C' or '\u00AB' => QuoteMarks.LooksLikeMisusedClose(body, para.End, i),
        '\u2019' or '\'' => QuoteMarks.IsPlausibleSingleClose(body, para.End, i) && !PluralPossessive.IsApostrophe(body, para.End, i),
        _ => true,
    };

    private static void Close(string body, List<OpenMark> stack, int index, int closeAt, List<QuoteSpan> spans, bool closed)
    {
        var open = stack[index];
        stack.RemoveRange(index, stack.Count - index);
        if (!open.TopLevel)
        {
            return;
        }

        var start = QuoteMarks.SkipSpaces(body, open.At + 1, closeAt);
        var end = QuoteMarks.TrimSpacesBack(body, start, closeAt);
        if (end > start && body[end - 1] == ',')
        {
            end = QuoteMarks.TrimSpacesBack(body, start, end - 1); // “Part one,” she said: the comma belongs to the sentence
        }
        if (end > start)
        {
            spans.Add(new QuoteSpan(open.At, start, end, closed ? closeAt + 1 : closeAt, closed));
        }
    }

    private sealed record OpenMark(QuoteFamily Family, int At, bool TopLevel);
}
