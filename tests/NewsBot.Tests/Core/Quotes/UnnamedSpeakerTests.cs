using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Speakers the article never names ("a source close to the couple", "one resident", "another neighbour") speak as their
/// description without its article, never as the last person named; a role named right after takes that name.
/// </summary>
public sealed class UnnamedSpeakerTests
{
    private const string Lead = "Actor Tom Reilly and his wife have separated after ten years of marriage, court papers show. ";

    [Theory]
    [InlineData("A source close to the couple told People magazine: 'They have lived apart since the spring.'", "source close to the couple")]
    [InlineData("'They have lived apart since the spring,' said a source familiar with the divorce.", "source familiar with the divorce")]
    [InlineData("A friend said: 'They have lived apart since the spring.'", "friend")]
    [InlineData("'They have lived apart since the spring,' one neighbour said.", "neighbour")]
    [InlineData("Another neighbour, who did not want to be named, said: 'They have lived apart since the spring.'", "neighbour")]
    [InlineData("A club insider said: 'They have lived apart since the spring.'", "club insider")]
    [InlineData("'They have lived apart since the spring,' said one fan.", "fan")]
    [InlineData("\"They have lived apart since the spring,\" an official told reporters.", "official")]
    public void Extract_UnnamedSpeaker_SpeaksAsTheDescription(string sentence, string speaker)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, "They have lived apart since the spring", QuoteKind.Direct);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_UnnamedSpeakerReferredToAgain_SameSpeakerNotTheLastNamed()
    {
        var quotes = QuoteArticles.Extract(
            Lead + "A friend said: 'She loves the anonymity.' The friend added that Reilly's wife had no plans to return 'any time soon'.", "en");

        QuoteAssert.Said(quotes, "friend", "She loves the anonymity");
        Assert.Equal("friend", QuoteAssert.Said(quotes, "friend", "any time soon").Speaker);
    }

    [Fact]
    public void Extract_UnnamedRoleNamedInTheNextSentence_TakesTheName()
    {
        var quotes = QuoteArticles.Extract(
            "Mila Kunis is being sued by a singer who claims the actress stole her pet chicken as a child. " +
            "The singer, Kristina Karo, said: 'It was my hen.'", "en");

        QuoteAssert.Said(quotes, "Kristina Karo", "stole her pet chicken", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Kristina Karo", "It was my hen", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_BareGroupReportedWithoutMarks_IsNotAQuote()
    {
        var quotes = QuoteArticles.Extract(Lead + "Residents said they had been told nothing. 'We were never asked,' residents said.", "en");

        QuoteAssert.NoQuoteContains(quotes, "told nothing");
        Assert.Equal("residents", QuoteAssert.Said(quotes, "residents", "We were never asked", QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void Extract_ConnectiveBeforeGroup_NotPartOfTheSpeaker()
    {
        var quotes = QuoteArticles.Extract(Lead + "However prosecutors said: 'He knew exactly what he was doing.'", "en");

        Assert.Equal("prosecutors", QuoteAssert.Said(quotes, "prosecutors", "He knew exactly").Speaker);
    }

    [Fact]
    public void Extract_UnnamedSpeakerInFrench_LeftToTheFrenchRules()
    {
        var quotes = QuoteArticles.Extract("Le couple s'est séparé. « Ils vivent séparément depuis le printemps », a déclaré une source proche du couple.", "fr");

        Assert.DoesNotContain(quotes, q => q.Speaker.StartsWith("source proche", StringComparison.Ordinal) && q.Speaker != "source proche du couple");
    }
}
