using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "…, a annoncé Valérie Pécresse, la présidente de la région Île-de-France, dans un entretien accordé à 20 Minutes, mardi
/// 26 juin.": a sentence closed by its speaker may go on with asides (an apposition, where and when it was said).
/// </summary>
public sealed class TrailingAsideTests
{
    [Theory]
    [InlineData("fr", "Les Franciliens peuvent se réjouir. Les prix du Pass Navigo n'augmenteront pas en 2018, a annoncé Valérie Pécresse, la présidente de la région Île-de-France, dans un entretien accordé à 20 Minutes, mardi 26 juin.", "Valérie Pécresse", "Les prix du Pass Navigo")]
    [InlineData("en", "Hospitals braced for disruption. Resident doctors in England will stage a five-day walkout from Friday, said Tom Aldridge, the chair of the union's resident doctors committee, in a statement to members on Tuesday.", "Tom Aldridge", "Resident doctors in England")]
    public void Extract_SpeakerFollowedByAsides_StillClosesTheReport(string language, string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, language), speaker, fragment, QuoteKind.Reported);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_AsideThatIsAClauseOfItsOwn_DoesNotMakeTheSentenceReported()
    {
        var text = "Les Franciliens peuvent se réjouir. Les tarifs resteront stables cette année, a annoncé Valérie Pécresse, dans un entretien où elle promet que rien ne changera avant 2030.";

        QuoteAssert.NoQuoteContains(QuoteArticles.Extract(text, "fr"), "Les tarifs resteront stables");
    }
}
