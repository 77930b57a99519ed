using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>Finds the quote containing a piece of text and checks who said it.</summary>
internal static class QuoteAssert
{
    public static Quote Said(IReadOnlyList<Quote> quotes, string speaker, string fragment, QuoteKind? kind = null)
    {
        var quote = quotes.FirstOrDefault(q => q.Text.Contains(fragment, StringComparison.Ordinal));
        Assert.True(quote is not null, $"no quote contains \"{fragment}\":\n{QuoteArticles.Describe(quotes)}");
        Assert.True(SpeakerMatcher.Matches(speaker, quote.Speaker), $"\"{fragment}\" attributed to \"{quote.Speaker}\", expected {speaker}:\n{QuoteArticles.Describe(quotes)}");
        if (kind is not null)
        {
            Assert.Equal(kind, quote.Kind);
        }

        return quote;
    }

    public static void NoQuoteContains(IReadOnlyList<Quote> quotes, string fragment) =>
        Assert.True(!quotes.Any(q => q.Text.Contains(fragment, StringComparison.Ordinal)), $"unexpected quote with \"{fragment}\":\n{QuoteArticles.Describe(quotes)}");
}
