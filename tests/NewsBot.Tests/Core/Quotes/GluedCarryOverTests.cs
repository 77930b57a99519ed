using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Carry-over in articles whose paragraphs were glued into one line: a quote with no cue takes the previous speaker only
/// within the next couple of sentences, counted from where that quote ended, so one speaker no longer carries over a
/// whole article; a quote running over glued paragraphs keeps its speaker in every part.
/// </summary>
public sealed class GluedCarryOverTests
{
    private const string Story = "(CNN)The bridge reopened on Monday after two years of repairs. \"It has taken far too long,\" Mayor Helen Duarte said. " +
        "The repairs cost $40 million. Traffic was heavy all morning. Engineers inspected the cables twice. " +
        "The state paid half of the bill. Residents of the east bank had driven an extra hour each day. ";

    [Fact]
    public void Extract_CuelessQuoteFarAfterTheLastSpeakerInGluedArticle_NotCarriedOver()
    {
        var quotes = QuoteArticles.Extract(Story + "\"We finally have our town back.\" The bridge carries 20,000 cars a day.", "en");

        QuoteAssert.Said(quotes, "Helen Duarte", "It has taken far too long");
        var far = Assert.Single(quotes, q => q.Text.StartsWith("We finally", StringComparison.Ordinal));
        Assert.False(far.IsAttributed, far.Speaker);
    }

    [Fact]
    public void Extract_CuelessQuoteRightAfterAQuoteInGluedArticle_CarriedOver()
    {
        var quotes = QuoteArticles.Extract(Story + "\"We finally have our town back,\" Duarte said. \"Nobody will miss the ferry.\" The bridge carries 20,000 cars a day.", "en");

        QuoteAssert.Said(quotes, "Helen Duarte", "Nobody will miss the ferry");
    }

    [Fact]
    public void Extract_CuelessQuoteAfterReportedSpeechInGluedArticle_TheReporterSpeaks()
    {
        var quotes = QuoteArticles.Extract(Story + "Engineer Tom Baker said the cables would last a century. \"They are the best in the country.\" The bridge carries 20,000 cars a day.", "en");

        QuoteAssert.Said(quotes, "Tom Baker", "They are the best in the country");
    }

    [Fact]
    public void Extract_QuoteOverManyGluedParagraphs_EveryPartKeepsItsSpeaker()
    {
        var quotes = QuoteArticles.Extract(Story + "O'Neill told reporters: 'The horse is in great form. I could not be happier. He had an abscess. " +
            "'We did think about running him. I think he prefers a flat track. He is schooling well. " +
            "'He is a clean-winded horse. He is going to Aintree fresh. It is all down to the jockey now.' The race is on April 11.", "en");

        QuoteAssert.Said(quotes, "O'Neill", "We did think about running him");
        QuoteAssert.Said(quotes, "O'Neill", "He is a clean-winded horse");
    }

    [Fact]
    public void Extract_CuelessQuoteInAShortParagraph_StillCarriedOverAcrossSentences()
    {
        var quotes = QuoteArticles.Extract(
            "\"It has taken far too long,\" Mayor Helen Duarte said.\n\nThe repairs cost $40 million. Traffic was heavy. Engineers inspected the cables.\n\n\"We finally have our town back.\"", "en");

        QuoteAssert.Said(quotes, "Helen Duarte", "We finally have our town back");
    }
}
