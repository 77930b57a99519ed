using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Quotes;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>Runs text through the real preparer and extractor, and checks the offset invariant on every result.</summary>
internal static class QuoteArticles
{
    private static readonly ArticlePreparer Preparer = new(new LanguageDetector(), new HtmlArticleExtractor());
    private static readonly QuoteExtractor Extractor = new();

    public static PreparedArticle Prepare(string text, string language, string title = "Test article", DocumentFormat format = DocumentFormat.PlainText) =>
        Preparer.Prepare(new RawDocument("test.txt", text, format, Title: title, Language: language));

    public static PreparedArticle PrepareSeed(string prefix)
    {
        var path = Directory.GetFiles(SeedFolder.Path, prefix + "*.txt").Single();
        return Preparer.Prepare(new RawDocument(path, File.ReadAllText(path), DocumentFormat.PlainText));
    }

    public static IReadOnlyList<Quote> Extract(PreparedArticle article)
    {
        var quotes = Extractor.Extract(article);
        AssertInvariants(article, quotes);
        return quotes;
    }

    public static IReadOnlyList<Quote> Extract(string text, string language, string title = "Test article") =>
        Extract(Prepare(text, language, title));

    /// <summary>Every quote's text is the body between its offsets, verbatim; speakers are names, never pronouns.</summary>
    public static void AssertInvariants(PreparedArticle article, IReadOnlyList<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            Assert.InRange(quote.Start, 0, article.Body.Length);
            Assert.InRange(quote.End, quote.Start + 1, article.Body.Length);
            Assert.Equal(article.Body[quote.Start..quote.End], quote.Text);
            Assert.InRange(quote.Confidence, 0.0, 1.0);
            Assert.DoesNotContain(SpeakerName.Normalize(quote.Speaker), new[] { "he", "she", "it", "they", "il", "elle", "ils", "elles", "lui" });
        }
    }

    public static string Describe(IEnumerable<Quote> quotes) =>
        string.Join("\n", quotes.Select(q => $"[{q.Kind}] {q.Speaker} ({q.Mention}|{q.Cue}|{q.SpeakerRole}|{q.SpeakerAffiliation}) {q.Confidence}: {q.Text}"));
}
