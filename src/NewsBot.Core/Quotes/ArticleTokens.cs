using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The article as attribution reads it: per sentence, the tokens outside quotations (quote marks kept, quoted words
/// removed, so names inside quotes never become antecedents and cues never come from quoted words), the set of words the
/// article writes in lower case, and offset-to-sentence lookup. Built once in linear time.
/// </summary>
internal sealed class ArticleTokens
{
    private readonly IReadOnlyList<Sentence> _sentences;

    public ArticleTokens(string body, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> spans)
    {
        _sentences = sentences;
        Outside = new List<QuoteToken>[sentences.Count];
        var span = 0;
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            var all = QuoteTokenizer.Tokenize(body, sentence.Start, sentence.End);
            for (var i = 0; i < all.Count; i++)
            {
                if (!all[i].IsWord)
                {
                    continue;
                }

                if (char.IsLower(all[i].Text[0]))
                {
                    LowerCaseWords.Add(all[i].Lower);
                }
                else if (i > 0 && (all[i - 1].IsWord || all[i - 1].Text is "," or "(" or "&"))
                {
                    MidSentenceCapitalized.Add(all[i].Lower);
                }
            }

            while (span < spans.Count && spans[span].ContentEnd <= sentence.Start)
            {
                span++;
            }

            Outside[index] = span < spans.Count && spans[span].ContentStart < sentence.End ? WithoutQuoted(all, spans, span) : all;
        }
    }

    public List<QuoteToken>[] Outside { get; }

    /// <summary>The tokens outside the quotations, for a sentence that has quoted words (most have none and keep their list).</summary>
    private static List<QuoteToken> WithoutQuoted(List<QuoteToken> all, IReadOnlyList<QuoteSpan> spans, int span)
    {
        var outside = new List<QuoteToken>(all.Count);
        foreach (var token in all)
        {
            while (span < spans.Count && spans[span].ContentEnd <= token.Start)
            {
                span++;
            }

            if (span >= spans.Count || token.End <= spans[span].ContentStart || token.Start >= spans[span].ContentEnd)
            {
                outside.Add(token);
            }
        }

        return outside;
    }

    public HashSet<string> LowerCaseWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words the article capitalises inside a sentence, where capitals mean names.</summary>
    public HashSet<string> MidSentenceCapitalized { get; } = new(StringComparer.Ordinal);

    /// <summary>The sentence holding <paramref name="offset"/>, or the last one starting before it.</summary>
    public int SentenceOf(int offset)
    {
        int lo = 0, hi = _sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Index of the first token of <paramref name="tokens"/> starting at or after <paramref name="offset"/>.</summary>
    public static int TokenAt(IReadOnlyList<QuoteToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
