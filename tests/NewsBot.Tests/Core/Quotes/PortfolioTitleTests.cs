namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Foreign Minister Mevlut Cavusoglu", "Health Secretary Jeremy Hunt": the portfolio is part of the office, not an
/// employer; "Acme CEO Jane Doe" still works for Acme.
/// </summary>
public sealed class PortfolioTitleTests
{
    private const string Lead = "Talks on the deal went on late into the night.\n\n";

    [Theory]
    [InlineData("\"We cannot accept this deal,\" Turkish Foreign Minister Mevlut Cavusoglu told CNN.", "Mevlut Cavusoglu", "Foreign Minister")]
    [InlineData("\"We cannot accept this deal,\" Health Secretary Jeremy Hunt said.", "Jeremy Hunt", "Health Secretary")]
    public void Extract_PortfolioBeforeTheTitle_IsPartOfTheRole(string sentence, string speaker, string role)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, "We cannot accept this deal");
        Assert.Equal(role, quote.SpeakerRole);
        Assert.Null(quote.SpeakerAffiliation);
    }

    [Fact]
    public void Extract_CompanyBeforeTheTitle_IsTheAffiliation()
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + "\"We cannot accept this deal,\" Acme CEO Jane Doe said.", "en"), "Jane Doe", "We cannot accept this deal");
        Assert.Equal("CEO", quote.SpeakerRole);
        Assert.Equal("Acme", quote.SpeakerAffiliation);
    }
}
