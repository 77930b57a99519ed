using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "…, TSA special agent Charles Stone told police.", "…, an airline spokesman told the magazine.": a sentence closed by
/// who told whom is reported speech of the teller; "an airline spokesman" speaks for the airline the sentence names.
/// </summary>
public sealed class TrailingToldTests
{
    [Theory]
    [InlineData("The agency launched an investigation in November. Both of the TSA officers investigated have been fired, TSA special agent Charles Stone told police.", "Charles Stone", "Both of the TSA officers")]
    [InlineData("JetBlue came last in the study. Many JetBlue customers fly the airline only once or twice per year, making it hard to accumulate miles, an airline spokesman told the magazine.", "JetBlue", "fly the airline only once")]
    [InlineData("Acme announced the closure on Monday. The plant will shut in June, Jane Doe told the Los Angeles Times.", "Jane Doe", "The plant will shut")]
    public void Extract_SentenceClosedByWhoToldWhom_IsReportedSpeechOfTheTeller(string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, fragment, QuoteKind.Reported);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_ToldThenAClause_ReportsTheClauseNotTheSentenceBefore()
    {
        var text = "Acme announced the closure on Monday. The plant will shut, Tom Reyes told the court he had been warned in March.";

        var quotes = QuoteArticles.Extract(text, "en");

        QuoteAssert.Said(quotes, "Tom Reyes", "he had been warned", QuoteKind.Reported);
        QuoteAssert.NoQuoteContains(quotes, "The plant will shut");
    }
}
