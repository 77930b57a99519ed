using NewsBot.Core.Quotes;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Scores extracted quotes against annotations for one article. An expected quote is found when an unmatched prediction
/// covers at least half of its fragment's characters (spans need not agree to the character: where a reported clause
/// begins is a matter of taste); its speaker is right when <see cref="SpeakerMatcher"/> accepts the predicted speaker for
/// the annotated one. Each prediction matches at most one annotation. The n-th annotation of a fragment that occurs several
/// times in the body stands for its n-th occurrence (a reporter repeating a short answer, "No.", quotes it twice).
/// </summary>
public static class QuoteEvaluator
{
    public static QuoteScores Score(string body, IReadOnlyList<ExpectedQuote> expected, IReadOnlyList<Quote> predicted)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        var starts = FragmentStarts(body, expected);
        var used = new bool[predicted.Count];
        int found = 0, withSpeaker = 0;
        for (var q = 0; q < expected.Count; q++)
        {
            var quote = expected[q];
            var start = starts[q];
            var end = start + quote.Fragment.Length;
            var best = -1;
            for (var i = 0; i < predicted.Count; i++)
            {
                var overlap = Math.Min(end, predicted[i].End) - Math.Max(start, predicted[i].Start);
                if (!used[i] && overlap * 2 >= quote.Fragment.Length && (best < 0 || SpeakerMatcher.Matches(quote.Speaker, predicted[i].Speaker)))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                found++;
                withSpeaker += SpeakerMatcher.Matches(quote.Speaker, predicted[best].Speaker) ? 1 : 0;
            }
        }

        return new QuoteScores(expected.Count, predicted.Count, found, withSpeaker);
    }

    /// <summary>
    /// Where each annotated fragment starts in the body: the n-th annotation of the same fragment is its n-th occurrence, so
    /// a repeated line is not scored twice against the first one. Listings beyond the occurrences (an annotator giving the
    /// same words to two speakers, a survey figure "for BFMTV" and "for the pollster") stand for the last occurrence: one
    /// prediction can then satisfy only one of them, as one quote has one speaker.
    /// </summary>
    /// <exception cref="ArgumentException">A fragment is not in the body.</exception>
    public static int[] FragmentStarts(string body, IReadOnlyList<ExpectedQuote> expected)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(expected);
        var starts = new int[expected.Count];
        var lastStart = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var q = 0; q < expected.Count; q++)
        {
            var fragment = expected[q].Fragment;
            var repeated = lastStart.TryGetValue(fragment, out var previous);
            var start = body.IndexOf(fragment, repeated ? previous + 1 : 0, StringComparison.Ordinal);
            if (start < 0 && repeated)
            {
                start = previous;
            }
            else if (start < 0)
            {
                throw new ArgumentException($"The annotated fragment \"{fragment}\" is not in the article body.", nameof(expected));
            }

            starts[q] = start;
            lastStart[fragment] = start;
        }

        return starts;
    }
}
