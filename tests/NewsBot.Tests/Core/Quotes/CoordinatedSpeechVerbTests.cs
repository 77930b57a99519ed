using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Stancil described himself as a neo-Nazi and said he hates ...": a speech verb after "and" ("et") shares the subject
/// of the clause before it, past an apposition ("Miss Kensit, 47, appeared ... and said").
/// </summary>
public sealed class CoordinatedSpeechVerbTests
{
    [Theory]
    [InlineData("In an interview with CNN affiliate WRAL, Kenneth Stancil described himself as a neo-Nazi and said he hates the college.", "Kenneth Stancil", "he hates the college")]
    [InlineData("Miss Patsy Kensit, 47, appeared in the magazine's regular feature and said the Duchess would be her 'regal inspiration'.", "Patsy Kensit", "the Duchess would be her")]
    [InlineData("Kenneth Stancil met the detectives in May and later said that the shooting had been planned for weeks.", "Kenneth Stancil", "the shooting had been planned")]
    public void Extract_EnglishVerbAfterAnd_SharesTheSubject(string sentence, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract("The trial ended in May.\n\n" + sentence, "en"), speaker, fragment, QuoteKind.Reported);
        Assert.StartsWith(fragment, quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Paul Martin a quitté la salle et a déclaré que le procès était truqué.")]
    [InlineData("À la sortie de l'audience, Paul Martin a quitté la salle et a affirmé que le procès était truqué.")]
    public void Extract_FrenchVerbAfterEt_SharesTheSubject(string sentence)
    {
        QuoteAssert.Said(QuoteArticles.Extract("Le procès s'est terminé en mai.\n\n" + sentence, "fr"), "Paul Martin", "le procès était truqué", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_NameInsideAPrepositionalPhrase_IsNotTheSharedSubject()
    {
        var quotes = QuoteArticles.Extract("The trial ended in May.\n\nAfter a call with Judy Clarke the officers left and said the case was closed.", "en");

        Assert.DoesNotContain(quotes, q => q.Speaker == "Judy Clarke");
    }
}
