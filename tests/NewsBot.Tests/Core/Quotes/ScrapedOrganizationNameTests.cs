using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Organisation names of real news that were cut short: "Citizens Advice Bureau of Leeds and Bradford" (cut at "and", the
/// body became its last place) and a project named later by its leading words ("the Green Brain website").
/// </summary>
public sealed class ScrapedOrganizationNameTests
{
    [Theory]
    [InlineData("Consumer Rights Council of Leeds and Bradford")]
    [InlineData("Citizens Advice Bureau of Leeds and Bradford")]
    public void Extract_BodyOfTwoPlacesJoinedByAnd_TheWholeName(string body)
    {
        var quotes = QuoteArticles.Extract($"The governor signed the bill on Tuesday. {body} sharply criticized the move. \"It is a reckless attack on families,\" it said.", "en");

        Assert.Equal(body, QuoteAssert.Said(quotes, body, "a reckless attack on families").Speaker);
    }

    [Theory]
    [InlineData("Senator Tom Reed of Ohio and Maria Diaz met on Friday. \"We agreed on nothing,\" Reed said.", "Tom Reed")]
    [InlineData("Tom Roberts of Ohio and Kentucky Fried Chicken met on Friday. \"We agreed on nothing,\" Roberts said.", "Tom Roberts")]
    [InlineData("Mr Edwards of Leeds and Bradford met on Friday. \"We agreed on nothing,\" Edwards said.", "Edwards")]
    public void Extract_PersonOfPlaceAndMore_StaysThePerson(string text, string speaker)
    {
        Assert.Equal(speaker, QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, "We agreed on nothing").Speaker);
    }

    [Theory]
    [InlineData("Project")]
    [InlineData("Trust")]
    public void Extract_BodyNamedLaterByLeadingWords_TheFullName(string word)
    {
        var quotes = QuoteArticles.Extract(
            $"The robot is being built by the Blue Hive {word}, a team from two universities. On the Blue Hive website it states: 'We have tested our first drones.'", "en");

        Assert.Equal($"Blue Hive {word}", QuoteAssert.Said(quotes, $"Blue Hive {word}", "We have tested our first drones").Speaker);
    }

    [Theory]
    [InlineData("prompting a swift denial from the Greek finance ministry.", "Greek finance ministry")]
    [InlineData("which drew criticism from the city health department.", "city health department")]
    public void Extract_BareInstitutionAfterDescribedObject_TheFullDescription(string clause, string speaker)
    {
        var quotes = QuoteArticles.Extract($"A magazine said Greece would not pay, {clause} 'That report is false,' the {speaker.Split(' ')[^1]} said in a statement.", "en");

        Assert.Equal(speaker, QuoteAssert.Said(quotes, speaker, "That report is false").Speaker);
    }

    [Fact]
    public void Extract_BareInstitutionNeverDescribed_TheBareNoun()
    {
        var quotes = QuoteArticles.Extract("A magazine said Greece would not pay. 'That report is false,' the ministry said in a statement.", "en");

        Assert.Equal("ministry", QuoteAssert.Said(quotes, "ministry", "That report is false").Speaker);
    }
}
