namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// An organisation often speaks through a document ("the latest WHO report said") and officials through the initials or
/// nationality of their country ("US officials said"). The author of the document speaks, under its full name when the
/// article gives one; the group keeps its initials and nationality as written.
/// </summary>
public sealed class DocumentAuthorTests
{
    private const string Lead = "There were reports of 21 unsafe burials in Guinea last week.\n\n";
    private const string Quote = "\"Taken together these data indicate that surveillance is improving,\" ";

    [Theory]
    [InlineData("the latest WHO report said.", "WHO")]
    [InlineData("a new Amnesty International report said.", "Amnesty International")]
    [InlineData("the annual Ofsted report said.", "Ofsted")]
    [InlineData("the UN report said.", "UN")]
    public void Extract_AdjectiveBeforeTheAuthorOfADocument_TheAuthorSpeaks(string cue, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + Quote + cue, "en"), speaker, "Taken together");
    }

    [Fact]
    public void Extract_ReportWrittenAsPartOfTheName_TheOrganisationAndItsInitialsAreOneSpeaker()
    {
        var quotes = QuoteArticles.Extract(
            Lead + "The latest World Health Organization Report confirmed that 30 new cases were reported last week. " + Quote + "the latest WHO report said.",
            "en");

        QuoteAssert.Said(quotes, "World Health Organization", "30 new cases were reported");
        QuoteAssert.Said(quotes, "World Health Organization", "Taken together");
    }

    [Theory]
    [InlineData("US officials said.", "US officials")]
    [InlineData("Greek officials told reporters.", "Greek officials")]
    public void Extract_OfficialsNamedByTheirCountry_SpeakAsWritten(string cue, string speaker)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + Quote + cue, "en"), speaker, "Taken together");
        Assert.Equal(speaker, quote.Speaker);
    }
}
