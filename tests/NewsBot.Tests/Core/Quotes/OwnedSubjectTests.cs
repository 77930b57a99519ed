namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "“…,” Vantor's chief executive said", "Greece's civil protection agency said": a name in the possessive owns the noun
/// that speaks. After a quote the owned noun is the subject; a place's agency is the agency, not the place; a name in
/// apposition after the owned noun, article and all, is who speaks.
/// </summary>
public sealed class OwnedSubjectTests
{
    [Fact]
    public void Extract_CompanysRoleAfterAQuote_IsTheCompanySpeakingThroughTheRole()
    {
        var text = "Shares in Vantor fell 12% on Monday. \"We expect a strong second half of the year,\" Vantor's chief executive said.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Vantor", "strong second half");
        Assert.Equal("Vantor", quote.Speaker);
    }

    [Theory]
    [InlineData("Firefighters battled a wildfire on Evia. More than 1,200 people have been evacuated and at least 40 homes destroyed, Greece's civil protection agency said.", "Greece's civil protection agency", "More than 1,200 people")]
    [InlineData("Firefighters battled a wildfire on Evia. \"The next hours are critical for the whole island,\" Greece's fire service said.", "Greece's fire service", "The next hours")]
    public void Extract_PlacesAgency_IsTheAgency(string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, fragment);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_OwnedNounThenNameWithItsArticle_IsTheName()
    {
        var text = "A security guard was shot on Monday, Acme Security said. The guard's union, the Federal Protective Workers Association, said in a statement that its members \"put themselves in harm's way every day.\"";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Federal Protective Workers Association", "harm's way");
        Assert.Equal("Federal Protective Workers Association", quote.Speaker);
    }
}
