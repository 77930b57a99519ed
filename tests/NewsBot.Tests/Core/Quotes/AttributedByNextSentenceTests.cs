using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>"X is Y. Or so says Z": a statement attributed by the sentence after it is Z's reported words.</summary>
public sealed class AttributedByNextSentenceTests
{
    [Theory]
    [InlineData("Or so says singer Maria Lopez, who met her last year.")]
    [InlineData("So claims Maria Lopez in her new book.")]
    [InlineData("Or so believes Maria Lopez.")]
    public void Extract_StatementThenOrSoSays_TheNextSentencesSubjectSpeaks(string attribution)
    {
        var quote = Assert.Single(QuoteArticles.Extract("The queen is the most modern woman in the country. " + attribution, "en"));

        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal("The queen is the most modern woman in the country", quote.Text);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("So Maria Lopez left the country.")]
    [InlineData("Or so it seemed to Maria Lopez.")]
    public void Extract_SoWithoutSpeechVerb_NoQuote(string next)
    {
        Assert.Empty(QuoteArticles.Extract("The queen is the most modern woman in the country. " + next, "en"));
    }
}
