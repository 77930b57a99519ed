using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// English classes of phrasing fixed after the unseen-en errors, each with phrasings of its own: a title and employer
/// before the name, titles inside an apposition, institutions described with a nationality, reported clauses holding a
/// fragment, offices with no name.
/// </summary>
public sealed class EnglishSpeakerPhrasingTests
{
    private const string Lead = "Ministers met in Brussels on Monday to discuss the crisis.\n\n";

    [Theory]
    [InlineData("\"The fight goes on,\" said the general secretary of the Unite union, Sharon Graham.", "Sharon Graham")]
    [InlineData("\"The fight goes on,\" said Kenya's environment minister, Joyce Wambui.", "Joyce Wambui")]
    [InlineData("\"The fight goes on,\" said the local MP, Jonathan Reeve.", "Jonathan Reeve")]
    [InlineData("\"The fight goes on,\" said the chair of the British Medical Association's Welsh council, Dr. Iona Collins.", "Iona Collins")]
    [InlineData("\"The fight goes on,\" a spokeswoman for the operator, Southern Rail, said.", "Southern Rail")]
    public void Extract_TitleAndEmployerBeforeName_TheNamedSpeakerSpeaks(string sentence, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, "The fight goes on", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("The chair of the judges, Professor Simon Achebe, described the book as \"quietly devastating\".", "Simon Achebe")]
    [InlineData("The company's chief scientist, Dr. Helen Park, called the decision \"quietly devastating\".", "Helen Park")]
    public void Extract_TitleInsideApposition_NameAfterTheTitleSpeaks(string sentence, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, "quietly devastating", QuoteKind.Partial);
    }

    [Theory]
    [InlineData("The talks will resume on Monday, the British embassy in Tokyo said.", "British embassy in Tokyo")]
    [InlineData("Two of its staff had been detained, the French consulate in Jerusalem said.", "French consulate in Jerusalem")]
    public void Extract_DiplomaticPostWithItsPlace_SpeaksUnderItsFullDescription(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "en"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("In Washington, former president Barack Obama opened the library. \"It belongs to everyone,\" the former president said.", "Barack Obama")]
    [InlineData("Outside the court in London, chief executive Sarah Jenkins faced reporters. \"We will appeal,\" the chief executive said.", "Sarah Jenkins")]
    public void Extract_PlaceThenCommaThenTitledName_TheTitleIsThePersons(string sentences, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentences, "en"), speaker, "", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("The French civil aviation authority said the shortage would be resolved by Sunday.", "French civil aviation authority")]
    [InlineData("The German health ministry said the drug would be available from the spring.", "German health ministry")]
    public void Extract_InstitutionWithNationality_WholeDescriptionSpeaks(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "en"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("Velta said in a statement that the plant was \"no longer viable\" because of falling demand.", "Velta",
        "the plant was \"no longer viable\" because of falling demand")]
    [InlineData("A Kingsbridge spokesperson said the bank had \"invested heavily\" in its systems.", "Kingsbridge",
        "the bank had \"invested heavily\" in its systems")]
    public void Extract_ReportedClauseHoldingFragment_ClauseIsTheQuote(string sentence, string speaker, string text)
    {
        var quote = Assert.Single(QuoteArticles.Extract("Velta, a carmaker, and Kingsbridge, a bank, reported results.\n\n" + sentence, "en"));

        Assert.True(SpeakerMatcher.Matches(speaker, quote.Speaker), quote.Speaker);
        Assert.Equal(text, quote.Text);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("The Greek fire service said more than 300 firefighters were deployed.", "Greek fire service", "more than 300 firefighters were deployed")]
    [InlineData("Police said about 40 people were hurt in the crush.", "Police", "about 40 people were hurt in the crush")]
    [InlineData("The ministry said fewer than 10 schools would close.", "ministry", "fewer than 10 schools would close")]
    [InlineData("The health ministry said as many as one in five shops could be selling the drug.", "health ministry", "as many as one in five shops could be selling the drug")]
    public void Extract_ReportedClauseOpeningWithQuantity_IsReported(string sentence, string speaker, string text)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "en"));

        Assert.True(SpeakerMatcher.Matches(speaker, quote.Speaker), quote.Speaker);
        Assert.Equal(text, quote.Text);
    }

    [Fact]
    public void Extract_SaidMoreAboutObject_NoReportedClause()
    {
        Assert.Empty(QuoteArticles.Extract(Lead + "The minister said more about the plan on Tuesday evening.", "en"));
    }

    [Fact]
    public void Extract_OfficeNamedNowhere_TheOfficeSpeaks()
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + "The Welsh health minister said the figures were unacceptable and promised extra funding.", "en"));

        Assert.Equal("Welsh health minister", quote.Speaker);
    }

    [Fact]
    public void Extract_ServiceOpeningSentence_IsNotTheFocusOrganisation()
    {
        var quotes = QuoteArticles.Extract("""
            Streaming service Cinevault will raise its monthly subscription by 2 dollars from March.

            "We continue to invest heavily in original programming," a company spokeswoman said.
            """, "en", "Streaming service raises prices");

        QuoteAssert.Said(quotes, "Cinevault", "invest heavily");
    }
}
