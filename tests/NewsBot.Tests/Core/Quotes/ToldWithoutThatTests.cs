using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Robert Kettley told magistrates he had no memory of it": after "told" (or "informed", "assured", "reminded",
/// "warned") and the one told, the reported clause often starts with its subject pronoun and no "that".
/// </summary>
public sealed class ToldWithoutThatTests
{
    private const string Lead = "A pub landlord who said he was sleepwalking has lost his appeal.\n\n";

    [Theory]
    [InlineData("Robert Kettley, 52, told magistrates he had no memory of getting into his car.", "he had no memory")]
    [InlineData("Robert Kettley told the court in Lincoln he had been asleep at the wheel.", "he had been asleep")]
    [InlineData("Robert Kettley told police it happened after a party at his pub.", "it happened after a party")]
    [InlineData("Robert Kettley warned drinkers they could lose their licence too.", "they could lose their licence")]
    public void Extract_ToldSomeoneAPronounClause_IsReportedSpeech(string sentence, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), "Robert Kettley", fragment, QuoteKind.Reported);
        Assert.StartsWith(fragment, quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Robert Kettley told the story to his friends at the pub.")]
    [InlineData("Robert Kettley told police about the party at his pub.")]
    public void Extract_ToldWithoutAClause_NoQuote(string sentence)
    {
        Assert.Empty(QuoteArticles.Extract(Lead + sentence, "en"));
    }
}
