using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Paragraph numbers for attribution. Scraped articles often arrive as one line (CNN, Daily Mail: every paragraph, caption
/// and sub-heading glued together), so "the previous quote's speaker in the same passage" would carry over the whole
/// article. A paragraph far longer than news paragraphs ever are is such a glued one: each of its sentences then counts as
/// a paragraph of its own, which bounds carry-over to the sentences right after a quote and lets a sentence reporting
/// speech introduce the quote that follows it, as a paragraph opening would.
/// </summary>
internal static class ScrapedParagraphs
{
    /// <summary>Applied to English only for now: the French rules are tuned separately.</summary>
    /// <remarks>More sentences than any written news paragraph holds: wire and tabloid paragraphs have one to four.</remarks>
    private const int GluedSentences = 8;

    public static int[] Of(IReadOnlyList<Sentence> sentences, bool glued)
    {
        var paragraphs = new int[sentences.Count];
        var counts = new Dictionary<int, int>();
        foreach (var sentence in sentences)
        {
            counts[sentence.Paragraph] = counts.GetValueOrDefault(sentence.Paragraph) + 1;
        }

        var number = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s > 0 && (sentences[s].Paragraph != sentences[s - 1].Paragraph || (glued && counts[sentences[s].Paragraph] > GluedSentences)))
            {
                number++;
            }

            paragraphs[s] = number;
        }

        return paragraphs;
    }
}
