using NewsBot.Core.Text;

namespace NewsBot.Core.Language.Detection;

/// <summary>
/// Offline language identification for en, fr, de, es, it, pt and nl. Each word votes for the languages whose function-word
/// list holds it (a word shared by several languages counts less), and diacritics and spelling sequences add smaller votes.
/// Confidence combines how much evidence there was with the winner's lead over the runner-up; too little evidence gives "und".
/// Only the first <see cref="MaxWords"/> words are read: more text does not change the answer, only the cost.
/// </summary>
public sealed class LanguageDetector : ILanguageDetector
{
    private const int MaxWords = 2000;
    private const double FunctionWordWeight = 1.5;

    /// <summary>Evidence at which confidence stops growing with more text (about a dozen function words).</summary>
    private const double FullEvidence = 12;

    /// <summary>Below this much evidence (about one clear function word) the answer is "und".</summary>
    private const double MinEvidence = 2;

    private static readonly Dictionary<string, int> SharedBy = CountSharing();

    public LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var profiles = LanguageProfiles.All;
        var scores = new double[profiles.Count];
        var words = 0;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (++words > MaxWords)
            {
                break;
            }

            var word = token.Value.Replace('\u2019', '\'').ToLowerInvariant();
            if (word.All(char.IsDigit))
            {
                continue;
            }

            for (var l = 0; l < profiles.Count; l++)
            {
                scores[l] += Score(profiles[l], word);
            }
        }

        return Decide(scores);
    }

    private static double Score(LanguageProfile profile, string word)
    {
        var score = profile.FunctionWords.Contains(word) ? FunctionWordWeight / SharedBy[word] : 0;
        foreach (var c in word)
        {
            if (profile.Letters.TryGetValue(c, out var weight))
            {
                score += weight;
            }
        }

        foreach (var (sequence, weight) in profile.Sequences)
        {
            if (word.Contains(sequence, StringComparison.Ordinal))
            {
                score += weight;
            }
        }

        return score;
    }

    private static LanguageGuess Decide(double[] scores)
    {
        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            best = scores[l] > scores[best] ? l : best;
        }

        var runnerUp = scores.Where((_, l) => l != best).Max();
        var evidence = scores[best];
        if (evidence < MinEvidence)
        {
            return LanguageGuess.Unknown;
        }

        var lead = (evidence - runnerUp) / evidence;
        var amount = Math.Min(1, evidence / FullEvidence);
        var confidence = Math.Round(Math.Clamp(lead * amount, 0, 1), 3);
        return confidence < 0.05 ? LanguageGuess.Unknown : new LanguageGuess(LanguageProfiles.All[best].Code, confidence);
    }

    private static Dictionary<string, int> CountSharing() =>
        LanguageProfiles.All.SelectMany(p => p.FunctionWords).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
