namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Name edges in scraped English copy: a heading in capitals glued before a name ("2. AUSTRALIA'S UNDERARM BALL Benaud
/// was renowned"), a first name that is also a plural nationality ("Thais Conway Hanson"), "Former" opening a title
/// ("Former TSA screener"), the gender a possessive gives the sentence's first person ("Benaud ... his calming tone"), and
/// an advocacy body named after its places ("Planned Parenthood Advocates of Kansas and Mid-Missouri").
/// </summary>
public sealed class EnglishNameEdgeTests
{
    [Fact]
    public void Extract_GluedCapitalHeadingAndPossessive_TheSubjectIsTheManNotTheOneNamedLater()
    {
        var text = "Richie Benaud, one of cricket's great voices, has died at 84. 2. AUSTRALIA'S UNDERARM BALL Benaud was renowned for his calming tone but his disdain for Trevor Chappell's underarm delivery in 1981 is as memorable. 'One of the worst things I have ever seen done on a cricket field,' he raged.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Richie Benaud", "One of the worst things");
    }

    [Fact]
    public void Extract_PossessiveAfterTheFirstPerson_GivesTheirGender()
    {
        var text = "The final was played in Leeds on Sunday.\n\nDele Okafor was praised for his calm as Trevor Banks fell apart in the last set. 'I just kept breathing,' he said.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Dele Okafor", "I just kept breathing");
    }

    [Fact]
    public void Extract_FirstNameThatIsAPluralNationality_StaysInTheName()
    {
        var text = "Southwest has the most award seats.\n\n\"The high number of award tickets is directly related to our model,\" said Thais Conway Hanson, a spokeswoman.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Thais Conway Hanson", "The high number");
        Assert.Equal("Thais Conway Hanson", quote.Speaker);
    }

    [Fact]
    public void Extract_AdvocatesOfPlaces_OneOrganisationName()
    {
        var text = "The governor signed the law on Tuesday.\n\nPlanned Parenthood Advocates of Kansas and Mid-Missouri criticized the move. \"Kansas is now the sole state with this law,\" the advocacy group said.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Planned Parenthood Advocates of Kansas and Mid-Missouri", "Kansas is now the sole state");
        Assert.Equal("Planned Parenthood Advocates of Kansas and Mid-Missouri", quote.Speaker);
    }

    [Fact]
    public void Extract_PersonNamedRightAfterAnOrganisation_IsAPersonOfTheirOwn()
    {
        var text = "Turkey denies this history.\n\nIn her book, Obama's current Ambassador to the United Nations Samantha Power hammered policy makers for their silence. \"No president has ever made genocide prevention a priority,\" she wrote.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Samantha Power", "No president has ever");
        Assert.Equal("Samantha Power", quote.Speaker);
    }

    [Fact]
    public void Extract_ThreeWordNameWithAMiddleFirstName_StaysWhole()
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract("The show returns in May.\n\n\"We are all so excited,\" Sarah Jessica Parker said.", "en"), "Sarah Jessica Parker", "We are all so excited");
        Assert.Equal("Sarah Jessica Parker", quote.Speaker);
    }

    [Fact]
    public void Extract_FormerBeforeAnOrganisation_IsNotPartOfItsName()
    {
        var text = "Two screeners were fired in Denver.\n\nFormer TSA screener Jane Doe was dismissed in March. The TSA said it has been trying to identify the passenger.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "TSA", "it has been trying");
        Assert.Equal("TSA", quote.Speaker);
    }
}
