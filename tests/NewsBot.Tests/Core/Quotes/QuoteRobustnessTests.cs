using System.Text;
using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>Pathological input finishes (a generous time limit only guards against a hang) and keeps the offset invariant.</summary>
public sealed class QuoteRobustnessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("\u201C")]
    [InlineData("\u00AB")]
    [InlineData("\"")]
    [InlineData("\u201D")]
    [InlineData("'")]
    public void Extract_TenThousandQuoteMarks_FinishesWithValidOffsets(string mark)
    {
        var text = new StringBuilder("The council met on Monday. ");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(mark).Append(i % 7 == 0 ? " said Jo. " : "word ");
        }

        var quotes = RunGuarded(text.ToString(), "en");

        Assert.NotNull(quotes);
    }

    [Fact]
    public void Extract_UnbalancedMarksAtTheEnd_NoQuoteFromTheStrayMark()
    {
        var quotes = RunGuarded("""
            “This is fine,” said Ana Ruiz, the head of the agency.

            Then, at the very end of the article, a stray mark: “and nothing closes it
            """, "en");

        QuoteAssert.Said(quotes, "Ana Ruiz", "This is fine");
        QuoteAssert.NoQuoteContains(quotes, "nothing closes it");
    }

    [Fact]
    public void Extract_QuoteSpanningTheWholeArticle_OneQuote()
    {
        var paragraphs = Enumerable.Range(0, 300).Select(i => $"« Paragraphe {i} d'une très longue déclaration, qui continue encore et encore.");
        var text = "Le président de l'association, Paul Roche, a lu ce texte :\n\n" + string.Join("\n\n", paragraphs) + " »";

        var quotes = RunGuarded(text, "fr");

        var quote = Assert.Single(quotes);
        Assert.Equal("Paul Roche", quote.Speaker);
        Assert.StartsWith("Paragraphe 0", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("encore et encore.", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GluedArticleOfThousandsOfSentencesAndMixedCaseWords_FinishesAndBoundsCarryOver()
    {
        // One scraped line: sub-headings glued to words ("prudentsMarie"), sentence ends glued to capitals, a long mixed-case
        // word, and a quote with no cue far from the only speaker.
        var text = new StringBuilder("« Nous tiendrons », a déclaré le maire, Paul Gervais. ");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(i % 5 == 0 ? "La séance restait tendueLe conseil a voté.Puis il a levé la séance. " : "Le débat a duré longtemps. ");
        }

        text.Append(string.Concat(Enumerable.Repeat("aB", 50_000))).Append(". « Personne ne s'y attendait ».");

        var quotes = RunGuarded(text.ToString(), "fr");

        QuoteAssert.Said(quotes, "Paul Gervais", "Nous tiendrons");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Personne", StringComparison.Ordinal) && q.IsAttributed);
    }

    [Fact]
    public void Extract_NullArticle_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new QuoteExtractor().Extract(null!));
    }

    private static IReadOnlyList<Quote> RunGuarded(string text, string language)
    {
        var task = Task.Run(() => QuoteArticles.Extract(text, language));
        Assert.True(task.Wait(HangGuard), "extraction did not finish: a hang, not a speed check");
        return task.Result;
    }
}
