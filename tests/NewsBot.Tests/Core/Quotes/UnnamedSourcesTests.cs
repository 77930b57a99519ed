using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Sources close to the ruling Syriza party claimed ...": unnamed sources speak as the phrase that describes them, bare
/// plural or not, and their reported speech is kept (sourcing is not a crowd's mood, unlike "residents said ..."); so do
/// groups that speak as a side or a body ("critics said", "opponents warned", "college officials said", "authorities said").
/// </summary>
public sealed class UnnamedSourcesTests
{
    private const string Lead = "Greece faces a repayment deadline next week.\n\n";

    [Theory]
    [InlineData("Sources close to the ruling Syriza party claimed the government was prioritising wages.", "sources close to the ruling Syriza party")]
    [InlineData("Athens is short of cash, and sources close to the ruling Syriza party claimed the government was prioritising wages.", "sources close to the ruling Syriza party")]
    [InlineData("Sources said the government was prioritising wages.", "sources")]
    [InlineData("Critics said the government was prioritising wages.", "critics")]
    [InlineData("The talks stalled, and college officials said the government was prioritising wages.", "college officials")]
    [InlineData("The budget passed on Friday, while opponents warned the government was prioritising wages.", "opponents")]
    [InlineData("Under the budget passed on Friday the government was prioritising wages, authorities said.", "authorities")]
    public void Extract_UnnamedSources_SpeakAsDescribed(string sentence, string speaker)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, "the government was prioritising wages", QuoteKind.Reported);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_BarePluralCrowd_ReportedSpeechStillNotKept()
    {
        QuoteAssert.NoQuoteContains(QuoteArticles.Extract(Lead + "Residents said the government was prioritising wages.", "en"), "prioritising wages");
    }
}
