namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "the Countess of Wendover", "the Archbishop of Canterbury": a title and a place name a person, and "the Countess said"
/// later is that person. A title word that is a name of its own ("Julie Bishop", "Earl Woods") stays one.
/// </summary>
public sealed class PeerageTitleTests
{
    [Fact]
    public void Extract_CountessIntroducedInApposition_SpeaksAsTheCountessThroughout()
    {
        var text = "Lady Sophia Wendover moved to New York last spring. Lady Sophia's mother, the Countess of Wendover, told a magazine last month that her daughter was 'happier than she has ever been'. 'She rings us every Sunday,' the Countess said. 'We miss her terribly, but you have to let them go.'";

        var quotes = QuoteArticles.Extract(text, "en");

        Assert.Equal("Countess of Wendover", QuoteAssert.Said(quotes, "Countess of Wendover", "happier than she has ever been").Speaker);
        Assert.Equal("Countess of Wendover", QuoteAssert.Said(quotes, "Countess of Wendover", "She rings us every Sunday").Speaker);
        Assert.Equal("Countess of Wendover", QuoteAssert.Said(quotes, "Countess of Wendover", "We miss her terribly").Speaker);
    }

    [Theory]
    [InlineData("The service was held at Lambeth Palace on Sunday. \"We remember those who gave everything for our freedom,\" the Archbishop of Canterbury told the congregation.", "Archbishop of Canterbury")]
    [InlineData("The couple visited a school in Cardiff on Monday. \"Every child deserves a good start in life,\" said the Duchess of Cornwall.", "Duchess of Cornwall")]
    [InlineData("The Duke of Sussex spoke at the awards on Monday. \"They are the bravest people I know,\" the Duke said.", "Duke of Sussex")]
    public void Extract_TitleOfAPlace_IsAPerson(string text, string speaker)
    {
        var quote = QuoteArticles.Extract(text, "en").Single();
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Australia's foreign policy was debated in Canberra. \"We will not be bullied by anyone,\" said Julie Bishop.", "Julie Bishop")]
    [InlineData("The golfer's father watched from the clubhouse. \"He was ready for this moment,\" Earl Woods said.", "Earl Woods")]
    public void Extract_TitleWordAsAName_StaysTheName(string text, string speaker)
    {
        var quote = QuoteArticles.Extract(text, "en").Single();
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_SheAddedAfterAnotherWomanIsMentioned_GoesOnWithWhoSpoke()
    {
        var text = "\"The Duchess is a modern-day suffragette,\" said actress Patsy Kensit. Charity work: The Duchess of Cambridge is famous for philanthropy but not, until now, feminism She added: 'She's so fabulous on every level. She repeats outfits, which is brilliant.'";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Patsy Kensit", "so fabulous on every level");
    }
}
