using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Quote marks as scraped pages leave them: straight quotes with the space on the wrong side of the mark (`sujet." J'attends`),
/// and paragraphs glued into one line, where a quote running over paragraphs re-opens at each. With an even number of
/// straight marks in a paragraph they pair in order; a mark of the open quote's own kind after a sentence end starts its next part.
/// </summary>
public sealed class ScrapedQuoteMarkTests
{
    [Fact]
    public void Extract_FrenchOpeningMarkGluedToThePreviousSentence_QuotePairedAndAttributed()
    {
        var quotes = QuoteArticles.Extract(
            "Le président du Sénat, Gérard Larcher, était l'invité de LCI dimanche soir, à la veille de la rentrée parlementaire.\"" +
            " J'attends que l'ordre soit assuré\", a ajouté le président du Sénat. Le débat sur la sécurité s'annonce vif." +
            "\" Il faut un débat sur la doctrine\", a réclamé M. Larcher.", "fr");

        QuoteAssert.Said(quotes, "Gérard Larcher", "Il faut un débat sur la doctrine", QuoteKind.Direct);
        Assert.DoesNotContain(quotes, q => q.Text.Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_EnglishMarksOnTheWrongSideOfTheSpace_EachQuoteKeepsItsOwnText()
    {
        var quotes = QuoteArticles.Extract(
            "Mayor Helen Duarte opened the new bridge on Saturday.\" It has taken ten years\", she said. The crowd cheered." +
            "\" We did it together\", Duarte added.", "en");

        QuoteAssert.Said(quotes, "Helen Duarte", "It has taken ten years", QuoteKind.Direct);
        QuoteAssert.Said(quotes, "Helen Duarte", "We did it together", QuoteKind.Direct);
        Assert.Equal(2, quotes.Count(q => q.Kind == QuoteKind.Direct));
    }

    [Fact]
    public void Extract_OddNumberOfStraightMarks_FallsBackToSpacingAndLosesNothingElse()
    {
        var quotes = QuoteArticles.Extract(
            "The council leader, Amir Shah, spoke after the vote. \"We will build the homes,\" Shah said. The 6\" pipe burst again.", "en");

        QuoteAssert.Said(quotes, "Amir Shah", "We will build the homes", QuoteKind.Direct);
        QuoteAssert.NoQuoteContains(quotes, "pipe burst");
    }

    [Theory]
    [InlineData('\'', '\'')]
    [InlineData('\u2018', '\u2019')]
    [InlineData('\u201C', '\u201D')]
    public void Extract_QuoteOverGluedParagraphsReopenedAtEach_EveryPartFoundForTheSpeaker(char open, char close)
    {
        var quotes = QuoteArticles.Extract(
            $"The brewery will open a new inn next year. Anthony Woodhouse, its managing director, said: {open}It's a great privilege to build here. " +
            $"{open}Our inn will mirror the village's architecture. {open}We'll offer a great menu and our full range of beers.{close} " +
            "The pub is expected to open in the spring.", "en");

        QuoteAssert.Said(quotes, "Anthony Woodhouse", "It's a great privilege to build here.", QuoteKind.Direct);
        QuoteAssert.Said(quotes, "Anthony Woodhouse", "Our inn will mirror", QuoteKind.Direct);
        QuoteAssert.Said(quotes, "Anthony Woodhouse", "We'll offer a great menu", QuoteKind.Direct);
        QuoteAssert.NoQuoteContains(quotes, "expected to open");
    }

    [Fact]
    public void Extract_FrenchQuoteNestedInItsOwnMarksMidSentence_StaysOneQuote()
    {
        var quotes = QuoteArticles.Extract(
            "Le maire de Brest, Paul Kerhervé, a présenté le projet. « Nous appelons ce quartier « la Cité » depuis toujours », a-t-il déclaré.", "fr");

        QuoteAssert.Said(quotes, "Paul Kerhervé", "Nous appelons ce quartier « la Cité » depuis toujours", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_ArticleOpeningWithAnElidedWord_ItIsNeverTheOrganisationInFocus()
    {
        var quotes = QuoteArticles.Extract(
            "C'est une vieille pratique. La CGT du centre hospitalier s'émeut de pratiques humiliantes. " +
            "Le syndicat rapporte que les élèves ont été attachés deux par deux.", "fr");

        var quote = QuoteAssert.Said(quotes, "CGT", "attachés deux par deux", QuoteKind.Reported);
        Assert.DoesNotContain("'", quote.Speaker, StringComparison.Ordinal);
    }
}
