using System.Text.RegularExpressions;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Scores an article's candidate sentences: position prior, LexRank centrality, title overlap and a length prior, minus
/// penalties for back-referring openers and long quotations. Terms must all be counted in the <see cref="TermSpace"/>
/// (<see cref="Collect"/>) before any vector is built (<see cref="Score"/>), so IDF sees every text summarised together.
/// </summary>
internal sealed partial class CandidateScorer(SummarizerWeights weights)
{
    public SummarizerWeights Weights { get; } = weights;

    public List<Candidate> Collect(SummaryInput article, TermSpace space)
    {
        // Display text is computed once: eligibility, terms and the summary all read the sentence without its furniture.
        var shown = article.Sentences.Where(s => !s.IsHeading).Select(s => (Sentence: s, Text: SentenceText.ForDisplay(s.Text))).ToList();
        var eligible = shown.Where(s => SentenceEligibility.IsEligibleText(s.Text)).Take(Weights.MaxCandidates).ToList();
        if (eligible.Count == 0)
        {
            // Nothing passes the strict rules (a one-line article, say): fall back to any body sentence with words in it.
            eligible = [.. shown.Where(s => SentenceEligibility.WordCount(s.Text) > 0).Take(Weights.MaxCandidates)];
        }

        var candidates = new List<Candidate>(eligible.Count);
        foreach (var (sentence, text) in eligible)
        {
            var terms = space.Terms(text);
            space.Count(terms);
            candidates.Add(new Candidate(article.ArticleId, sentence, text, candidates.Count, terms));
        }

        return candidates;
    }

    public void Score(IReadOnlyList<Candidate> candidates, string title, TermSpace space)
    {
        foreach (var candidate in candidates)
        {
            candidate.Vector = space.Vector(candidate.Terms);
        }

        var centrality = LexRank.Scores([.. candidates.Select(c => c.Vector)]);
        var maxCentrality = centrality.Length == 0 ? 0 : centrality.Max();
        var titleVector = space.Vector(space.Terms(title));
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            c.Score = (Weights.Position * Math.Pow(1.0 + c.Rank, -Weights.PositionExponent))
                + (Weights.Centrality * (maxCentrality > 0 ? centrality[i] / maxCentrality : 0))
                + (Weights.TitleOverlap * titleVector.Dot(c.Vector))
                + (Weights.Length * LengthPrior(c.Words))
                - (BackReference().IsMatch(c.Text) ? Weights.BackReference : 0)
                - (IsQuotation(c.Text) ? Weights.Quotation : 0)
                - (PhotoCaption().IsMatch(c.Text) ? Weights.Caption : 0);
        }
    }

    private double LengthPrior(int words) =>
        words < Weights.IdealMinWords ? words / (double)Weights.IdealMinWords
        : words > Weights.IdealMaxWords ? Weights.IdealMaxWords / (double)words
        : 1.0;

    private static bool IsQuotation(string text) => text.Length > 0 && text[0] is '"' or '“' or '«' or '\'' or '‘';

    // A photo caption or credit the scrape glued into the text: "Raheem Sterling (right) was pictured ...", "(Getty Images)".
    [GeneratedRegex(@"\((?:left|right|centre|center|above|below|top|bottom|inset|pictured|not pictured|file(?: photo)?|stock (?:image|photo)|from left(?: to right)?)\)|\bpictured\b|\b(?:photo|image|picture)s? (?:credit|courtesy)\b|\((?:Getty|AP|AFP|Reuters|EPA|PA)(?: Images| Photo)?\)|\b(?:photographie|crédit photo|illustration)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"^\W*(but|and|or|so|yet|however|also|still|meanwhile|moreover|instead|nevertheless|that's why|mais|et|ou|donc|or|cependant|pourtant|toutefois|néanmoins|ainsi|aussi|en revanche)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackReference();
}
