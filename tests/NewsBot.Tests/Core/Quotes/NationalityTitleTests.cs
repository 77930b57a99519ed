namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Wire copy names foreign officials with their nationality in front of the title: "German Chancellor Angela Merkel",
/// "Turkish Foreign Minister Mevlut Cavusoglu". After a quotation or after an inverted verb the nationality opens the
/// speaker's title, so the person after the title speaks.
/// </summary>
public sealed class NationalityTitleTests
{
    private const string Lead = "Talks on the debt deal went on late into the night in Brussels.\n\n";

    [Theory]
    [InlineData("\"We cannot accept this deal,\" German Chancellor Angela Merkel told reporters.", "Angela Merkel")]
    [InlineData("\"We cannot accept this deal,\" Turkish Foreign Minister Mevlut Cavusoglu told CNN on Tuesday.", "Mevlut Cavusoglu")]
    [InlineData("\"We cannot accept this deal,\" Greek Finance Minister Yanis Varoufakis said.", "Yanis Varoufakis")]
    [InlineData("\"We cannot accept this deal,\" said French President Emmanuel Macron.", "Emmanuel Macron")]
    [InlineData("'We cannot accept this deal,' British Foreign Secretary Philip Hammond told the BBC.", "Philip Hammond")]
    public void Extract_NationalityBeforeTitle_ThePersonAfterTheTitleSpeaks(string sentence, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, "We cannot accept this deal");
    }

    [Fact]
    public void Extract_NationalityBeforeTitle_NotTheEarlierSpeaker()
    {
        var quotes = QuoteArticles.Extract(
            Lead + "Greek Finance Minister Yanis Varoufakis told reporters that talks would go on. \"We will not accept it,\" said French President Emmanuel Macron.",
            "en");

        QuoteAssert.Said(quotes, "Yanis Varoufakis", "talks would go on");
        QuoteAssert.Said(quotes, "Emmanuel Macron", "We will not accept it");
    }

    [Theory]
    [InlineData("« Nous refusons cet accord », a déclaré mardi le ministre turc des Affaires étrangères Mevlut Cavusoglu.", "Mevlut Cavusoglu")]
    [InlineData("« Nous refusons cet accord », a lancé la chancelière allemande Angela Merkel.", "Angela Merkel")]
    public void Extract_FrenchNationalityAfterTitle_Unchanged(string sentence, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract("Les discussions sur la dette ont duré toute la nuit à Bruxelles.\n\n" + sentence, "fr"), speaker, "Nous refusons cet accord");
    }
}
