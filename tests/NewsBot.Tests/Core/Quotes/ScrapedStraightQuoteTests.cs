using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Straight quotes as scraped pages leave them: the space moved to the wrong side of the mark (`sujet." J'attends...`), and
/// paragraphs glued into one. With an even number of straight marks in a paragraph they pair in order.
/// </summary>
public sealed class ScrapedStraightQuoteTests
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
}
