using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Verbs that report a clause without "that" less often than "said" (revealed, confirmed, announced, explained, denied): their
/// clause is reported speech only when a finite auxiliary follows within a few words; otherwise what follows is an object.
/// </summary>
public sealed class ClauseWithoutThatTests
{
    [Theory]
    [InlineData("Coach Marco Villa has revealed Luis Ortega will miss Saturday's game with a knee problem.", "Luis Ortega will miss Saturday's game with a knee problem")]
    [InlineData("Marco Villa confirmed the club would appeal against the ban.", "the club would appeal against the ban")]
    [InlineData("Marco Villa announced his team had agreed a new sponsor.", "his team had agreed a new sponsor")]
    [InlineData("Marco Villa has denied the club will miss a payment to its players.", "the club will miss a payment to its players")]
    public void Extract_ClauseWithFiniteVerbAfterRevealingVerb_IsReported(string sentence, string clause)
    {
        var quote = Assert.Single(QuoteArticles.Extract(sentence, "en"));

        Assert.Equal("Marco Villa", quote.Speaker);
        Assert.Equal(clause, quote.Text);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("Marco Villa revealed the new kit at a party in Milan.")]
    [InlineData("Marco Villa announced the death of his father on Monday.")]
    [InlineData("Marco Villa confirmed his departure yesterday.")]
    [InlineData("Marco Villa denied the charges at a hearing in Milan.")]
    public void Extract_ObjectAfterRevealingVerb_NoQuote(string sentence)
    {
        Assert.Empty(QuoteArticles.Extract(sentence, "en"));
    }
}
