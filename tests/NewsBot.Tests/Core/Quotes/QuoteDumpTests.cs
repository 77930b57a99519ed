using Xunit.Abstractions;

namespace NewsBot.Tests.Core.Quotes;

public sealed class QuoteDumpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000_")]
    [InlineData("002_")]
    public void Dump(string prefix)
    {
        var quotes = QuoteArticles.Extract(QuoteArticles.PrepareSeed(prefix));
        output.WriteLine(QuoteArticles.Describe(quotes));
    }
}
