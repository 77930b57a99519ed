namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Where one clause ends and the next begins around a speaker: "after Jason Chan boasted that" opens a clause whose
/// subject speaks; ", while Alexis Randock informed him" opens a clause that is not the cue of the quote before it.
/// </summary>
public sealed class ClauseBoundaryTests
{
    private const string Lead = "A London restaurant was raided on Tuesday over shark fin soup.\n\n";

    [Theory]
    [InlineData("The charity reported the eatery after Jason Chan boasted that it sold the soup to regulars.")]
    [InlineData("Inspectors came before Jason Chan had said that it sold the soup to regulars.")]
    public void Extract_NameAfterATimeConjunction_IsTheSubjectOfItsClause(string sentence)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), "Jason Chan", "it sold the soup");
    }

    [Theory]
    [InlineData("Fowler told the hater to 'get your facts straight', while Alexis Randock informed him that she had worked hard.", "Fowler", "get your facts straight")]
    [InlineData("Janine Gamblen wrote 'some people really are just stupid', while Sarah Edwards added that it was a shame.", "Janine Gamblen", "some people really are just stupid")]
    [InlineData("Fowler called the post 'a disgrace' but Alexis Randock said nothing.", "Fowler", "a disgrace")]
    public void Extract_QuoteBeforeAClauseOfItsOwn_KeepsItsSpeaker(string sentence, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, fragment);
    }

    [Fact]
    public void Extract_FirstNameEndingInS_OpeningASentence_IsAName()
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + "Charles informed the court that he had been asleep at the time.", "en"), "Charles", "he had been asleep");
    }

    [Theory]
    [InlineData("'It is a dangerous law,' one critic said.", "critic")]
    [InlineData("'It will save lives,' a campaigner told the BBC.", "campaigner")]
    public void Extract_UnnamedCriticOrCampaigner_SpeaksAsThePhrase(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "en"));
        Assert.Equal(speaker, quote.Speaker);
    }
}
