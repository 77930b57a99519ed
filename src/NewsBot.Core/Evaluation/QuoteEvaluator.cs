using NewsBot.Core.Quotes;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Scores extracted quotes against annotations for one article. An expected quote is found when an unmatched prediction
/// covers at least half of its fragment's characters (spans need not agree to the character: where a reported clause
/// begins is a matter of taste); its speaker is right when <see cref="SpeakerMatcher"/> accepts the predicted speaker for
/// the annotated one. Each prediction matches at most one annotation.
/// </summary>
public static class QuoteEvaluator
{
    public static QuoteScores Score(string body, IReadOnlyList<ExpectedQuote> expected, IReadOnlyList<Quote> predicted)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        var used = new bool[predicted.Count];
        int found = 0, withSpeaker = 0;
        foreach (var quote in expected)
        {
            var start = body.IndexOf(quote.Fragment, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"The annotated fragment \"{quote.Fragment}\" is not in the article body.", nameof(expected));
            }

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
}
