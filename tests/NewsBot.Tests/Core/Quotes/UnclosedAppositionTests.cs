namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Scraped copy often drops the comma that closes an apposition: "Paul Martin, président de la Fédération française du
/// bâtiment a affirmé". The employer is then right before the verb, but the person the apposition describes speaks.
/// </summary>
public sealed class UnclosedAppositionTests
{
    [Theory]
    [InlineData("Paul Martin, président de la Fédération française du bâtiment a affirmé lundi que les ventes allaient repartir.", "Paul Martin")]
    [InlineData("Ruth Adams, directrice générale d'Acme a affirmé lundi que les ventes allaient repartir.", "Ruth Adams")]
    [InlineData("Paul Martin, le nouveau président de la Fédération française du bâtiment a affirmé lundi que les ventes allaient repartir.", "Paul Martin")]
    public void Extract_FrenchApposition_ThePersonSpeaks(string sentence, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract("Les ventes de logements neufs ont encore baissé en mars. " + sentence, "fr"), speaker, "les ventes allaient repartir");
    }

    [Fact]
    public void Extract_EnglishApposition_ThePersonSpeaks()
    {
        QuoteAssert.Said(
            QuoteArticles.Extract("Sales of new homes fell again in March. Ruth Adams, chief executive of Acme said on Monday that sales would recover.", "en"),
            "Ruth Adams", "sales would recover");
    }

    [Fact]
    public void Extract_EmployerWithoutApposition_TheEmployerSpeaks()
    {
        QuoteAssert.Said(
            QuoteArticles.Extract("Les ventes de logements neufs ont encore baissé en mars. La Fédération française du bâtiment a affirmé lundi que les ventes allaient repartir.", "fr"),
            "Fédération française du bâtiment", "les ventes allaient repartir");
    }
}
