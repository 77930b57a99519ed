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

    /// <summary>
    /// The speaker is exactly the name: a first name that is also a plural nationality ("Thais") stays in it; "Advocates"
    /// names a body, so "of Kansas and Mid-Missouri" belongs to it; a person named right after an organisation is a person
    /// of their own, though a first name second in a name ("Sarah Jessica Parker") does not split it; "Former" opens no
    /// name, so "The TSA" is not "Former TSA".
    /// </summary>
    [Theory]
    [InlineData("Southwest has the most award seats.\n\n\"The high number of award tickets is directly related to our model,\" said Thais Conway Hanson, a spokeswoman.",
        "Thais Conway Hanson", "The high number")]
    [InlineData("The governor signed the law on Tuesday.\n\nPlanned Parenthood Advocates of Kansas and Mid-Missouri criticized the move. \"Kansas is now the sole state with this law,\" the advocacy group said.",
        "Planned Parenthood Advocates of Kansas and Mid-Missouri", "Kansas is now the sole state")]
    [InlineData("Turkey denies this history.\n\nIn her book, Obama's current Ambassador to the United Nations Samantha Power hammered policy makers for their silence. \"No president has ever made genocide prevention a priority,\" she wrote.",
        "Samantha Power", "No president has ever")]
    [InlineData("The show returns in May.\n\n\"We are all so excited,\" Sarah Jessica Parker said.", "Sarah Jessica Parker", "We are all so excited")]
    [InlineData("Two screeners were fired in Denver.\n\nFormer TSA screener Jane Doe was dismissed in March. The TSA said it has been trying to identify the passenger.",
        "TSA", "it has been trying")]
    public void Extract_NameEdge_TheSpeakerIsExactlyTheName(string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, fragment);
        Assert.Equal(speaker, quote.Speaker);
    }
}
