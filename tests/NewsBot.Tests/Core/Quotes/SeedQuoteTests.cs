using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>The two seed articles through the real preparer and extractor.</summary>
public sealed class SeedQuoteTests
{
    [Fact]
    public void Extract_EnglishSeed_BinanceAndReutersReportedClaims()
    {
        var quotes = QuoteArticles.Extract(QuoteArticles.PrepareSeed("000_"));

        Assert.All(quotes, q => Assert.Equal(QuoteKind.Reported, q.Kind)); // the article has no quotation marks
        QuoteAssert.Said(quotes, "Reuters", "the regional head of Binance had a meeting");
        QuoteAssert.Said(quotes, "Reuters", "Russian agencies were trying to track millions");
        QuoteAssert.Said(quotes, "Binance", "prior to the war, the exchange was working in Russia");
        QuoteAssert.Said(quotes, "Binance", "any government in the world can ask for user data");
        QuoteAssert.Said(quotes, "Binance", "they don’t have any different kind of agreement");
        QuoteAssert.Said(quotes, "Binance", "they even reacted aggressively to implement sanctions");
        QuoteAssert.Said(quotes, "Binance", "it is the only crypto platform");
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("Navalny", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FrenchSeed_BinanceQuotesKostarevPartialAndReports()
    {
        var article = QuoteArticles.PrepareSeed("002_");
        var quotes = QuoteArticles.Extract(article);

        QuoteAssert.Said(quotes, "Binance", "catégoriquement fausses", QuoteKind.Partial);
        QuoteAssert.Said(quotes, "Binance", "Sur la question spécifique du non partage des données", QuoteKind.Direct);
        var sanctions = QuoteAssert.Said(quotes, "Binance", "Dès que la guerre a commencé", QuoteKind.Direct);
        Assert.EndsWith("titulaires de comptes russes", sanctions.Text, StringComparison.Ordinal); // closed by a misused «
        var kostarev = QuoteAssert.Said(quotes, "Gleb Kostarev", "qu’il n’avait pas vraiment le choix", QuoteKind.Partial);
        Assert.Equal("Binance", kostarev.SpeakerAffiliation);
        Assert.StartsWith("responsable de l’Europe de l’Est", kostarev.SpeakerRole, StringComparison.Ordinal);
        QuoteAssert.Said(quotes, "Reuters", "le chef régional de Binance a rencontré", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Actucrypto.info", "Binance était prêt à restreindre les services", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Binance", "rédige une plainte officielle à Reuters");
        QuoteAssert.NoQuoteContains(quotes, "Comment les réclamations");
    }

    [Fact]
    public void Extract_FrenchSeed_LookupForBinanceAlsoFindsItsStaff()
    {
        var quotes = QuoteArticles.Extract(QuoteArticles.PrepareSeed("002_"));

        var byBinance = quotes.Where(q => SpeakerMatcher.Matches("binance", q.Speaker)).ToList();
        var byStaff = quotes.Where(q => q.SpeakerAffiliation is { } a && SpeakerMatcher.Matches("BINANCE", a)).ToList();

        Assert.True(byBinance.Count >= 4, QuoteArticles.Describe(byBinance));
        Assert.Contains(byStaff, q => q.Speaker == "Gleb Kostarev");
    }
}
