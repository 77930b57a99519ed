using NewsBot.Core.Evaluation;
using NewsBot.Core.Quotes;
using Xunit.Abstractions;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// End-to-end quality on hand-written passages: quote found and speaker right. quotes-*, dev2-* and dev3-* were tuned on;
/// heldout-* and blind-* were scored blind once and then partly fixed; unseen-* were scored blind, then became development
/// sets on 2026-11-23; fresh-* (written by another annotator) and real-* (real articles of the bench corpus, annotated)
/// were scored blind on 2026-11-23 and are kept as regression sets, never to be tuned on (see docs/quotes.md); dev4-en
/// (scraped-style passages) and real-dev-en / real-dev2-en (real articles annotated by an independent annotator) are
/// development sets of the rules-version-3 work, as are real-dev-fr, real-dev2-fr and dev4-fr; real2-* (more real articles,
/// another annotator) were scored blind on 2026-11-24 after that work and are regression sets from then on, as are real3-*
/// (the last unread bench lines, two more annotators, scored blind on rules version 5 in the fifth session). The floors
/// sit a little under the measured figures so a regression fails the build.
/// </summary>
public sealed class QuoteEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("quotes-en.txt", "en", 0.95)]
    [InlineData("quotes-fr.txt", "fr", 0.95)]
    [InlineData("heldout-en.txt", "en", 0.95)]
    [InlineData("heldout-fr.txt", "fr", 0.95)]
    [InlineData("blind-en.txt", "en", 0.95)]
    [InlineData("blind-fr.txt", "fr", 0.87)]
    [InlineData("dev2-en.txt", "en", 0.95)]
    [InlineData("dev2-fr.txt", "fr", 0.95)]
    [InlineData("dev3-en.txt", "en", 0.95)]
    [InlineData("dev3-fr.txt", "fr", 0.95)]
    [InlineData("dev4-en.txt", "en", 0.90)]
    [InlineData("real-dev-en.txt", "en", 0.75)]
    [InlineData("real-dev2-en.txt", "en", 0.81)]
    [InlineData("unseen-en.txt", "en", 0.95)]
    [InlineData("unseen-fr.txt", "fr", 0.94)]
    [InlineData("fresh-en.txt", "en", 0.85)]
    [InlineData("fresh-fr.txt", "fr", 0.69)]
    [InlineData("real-en.txt", "en", 0.61)]
    [InlineData("real-fr.txt", "fr", 0.45)]
    [InlineData("real2-en.txt", "en", 0.61)]
    [InlineData("real2-fr.txt", "fr", 0.43)]
    [InlineData("real-dev-fr.txt", "fr", 0.75)]
    [InlineData("dev4-fr.txt", "fr", 0.95)]
    [InlineData("real-dev2-fr.txt", "fr", 0.58)]
    [InlineData("real3-en.txt", "en", 0.54)]
    [InlineData("real3-fr.txt", "fr", 0.49)]
    public void Extract_AnnotatedPassages_EndToEndF1AboveFloor(string file, string language, double floor)
    {
        var passages = AnnotatedPassages.Load(file);
        var total = new QuoteScores(0, 0, 0, 0);
        foreach (var passage in passages)
        {
            var article = QuoteArticles.Prepare(passage.Text, language, passage.Title);
            var quotes = QuoteArticles.Extract(article);
            var scores = QuoteEvaluator.Score(article.Body, passage.Expected, quotes);
            if (scores.FoundWithSpeaker < scores.Expected || scores.Predicted > scores.Expected)
            {
                output.WriteLine($"{passage.Id}: {scores}\n{QuoteArticles.Describe(quotes)}\n{DescribeExpected(article.Body, passage.Expected, quotes)}\n");
            }

            total += scores;
        }

        output.WriteLine($"{language}: {passages.Count} passages, {total}");
        Assert.True(passages.Count >= 10, $"only {passages.Count} passages in {file}");
        Assert.True(total.EndToEndF1 >= floor, total.ToString());
    }

    /// <summary>Each annotation with what the extractor gave it, so a failing run shows which quotes were missed or misattributed.</summary>
    private static string DescribeExpected(string body, IReadOnlyList<ExpectedQuote> expected, IReadOnlyList<Quote> quotes) =>
        string.Join("\n", expected.Zip(QuoteEvaluator.FragmentStarts(body, expected), (e, start) =>
        {
            var end = start + e.Fragment.Length;
            var hit = quotes.FirstOrDefault(q => (Math.Min(end, q.End) - Math.Max(start, q.Start)) * 2 >= e.Fragment.Length);
            var verdict = hit is null ? "MISSED" : SpeakerMatcher.Matches(e.Speaker, hit.Speaker) ? "ok" : $"WRONG -> '{hit.Speaker}'";
            return $"  expected {e.Speaker} | {e.Fragment[..Math.Min(60, e.Fragment.Length)]}: {verdict}";
        }));
}
