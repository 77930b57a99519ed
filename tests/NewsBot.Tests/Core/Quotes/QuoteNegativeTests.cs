namespace NewsBot.Tests.Core.Quotes;

public sealed class QuoteNegativeTests
{
    [Theory]
    [InlineData("en", "The so-called “peace dividend” never arrived, and the town’s “experts” were silent.")]
    [InlineData("en", "She starred in the film “The Long Night Home” last year.")]
    [InlineData("en", "The new album \"Blue Harbour Lights\" is out on Friday.")]
    [InlineData("en", "The plan was a “success”, at least on paper.")]
    [InlineData("fr", "La soi-disant « transition » n’a jamais commencé.")]
    [InlineData("fr", "Elle publie « La Maison des oubliés » chez un petit éditeur.")]
    [InlineData("fr", "Le projet « Horizon » a pris du retard.")]
    [InlineData("fr", "Le slogan « Saint-Malo d'abord » a été contesté pendant la campagne.")]
    [InlineData("fr", "Le livre « Qui a tué mon père » a été traduit en vingt langues.")]
    [InlineData("en", "The film “Who Killed the Electric Car” was shown again on Sunday.")]
    public void Extract_ScareQuotesAndTitles_NoQuote(string language, string text)
    {
        var quotes = QuoteArticles.Extract("Nothing else happened this week.\n\n" + text, language);

        Assert.Empty(quotes);
    }

    [Fact]
    public void Extract_QuoteInHeading_Ignored()
    {
        var article = QuoteArticles.Prepare("""
            The trial opened on Monday in the capital, watched by hundreds of people.

            ## “We want justice,” say the families

            The families of the victims gathered outside the court before the hearing began in the morning.
            """, "en", format: NewsBot.Core.Ingest.DocumentFormat.Markdown);
        Assert.Contains(article.Sentences, s => s.IsHeading);

        var quotes = QuoteArticles.Extract(article);

        QuoteAssert.NoQuoteContains(quotes, "We want justice");
    }

    [Fact]
    public void Extract_NoSpeechAtAll_NoQuote()
    {
        var quotes = QuoteArticles.Extract("""
            Heavy rain fell across the region on Sunday. Rivers rose quickly and several roads were closed.

            Trains ran with delays until the evening.
            """, "en");

        Assert.Empty(quotes);
    }
}
