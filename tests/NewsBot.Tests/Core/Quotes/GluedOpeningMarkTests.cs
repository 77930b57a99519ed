using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Scraped copy glues the opening mark of the next quotation to a sentence's full stop ("…, a annoncé l'ambassade
/// japonaise à Maurice.\" La fuite …\", a indiqué l'ambassade."). The sentence before the mark is still read for
/// reported speech, first, so that the quotation after it can refer back to its speaker.
/// </summary>
public sealed class GluedOpeningMarkTests
{
    [Fact]
    public void Extract_FrenchReportedSentenceBeforeAGluedMark_IsReportedAndNamesTheLaterSpeaker()
    {
        var text = "Le Japon envoie des experts à Maurice.\n\nUne équipe de sept spécialistes quittera le Japon mercredi avec du matériel, a annoncé lundi l'ambassade japonaise à Maurice.\" La fuite a causé de graves dommages à l'environnement\", a indiqué l'ambassade.";
        var quotes = QuoteArticles.Extract(text, "fr");

        QuoteAssert.Said(quotes, "ambassade japonaise à Maurice", "Une équipe de sept spécialistes", QuoteKind.Reported);
        var direct = QuoteAssert.Said(quotes, "ambassade japonaise à Maurice", "La fuite a causé", QuoteKind.Direct);
        Assert.Equal("ambassade japonaise à Maurice", direct.Speaker);
    }

    [Fact]
    public void Extract_ReportedClauseWithAPartialQuoteBeforeAGluedMark_IsReportedAndItsSpeakerGoesOn()
    {
        var text = "Le navire est toujours coincé sur le récif.\n\nLe comité de crise a estimé qu'il était \"trop risqué de chercher à récupérer le fioul\", selon un communiqué.\" Les opérations de pompage reprendront dès que la météo le permettra\", a-t-il ajouté.";
        var quotes = QuoteArticles.Extract(text, "fr");

        QuoteAssert.Said(quotes, "comité de crise", "trop risqué", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "comité de crise", "Les opérations de pompage", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_EnglishReportedSentenceBeforeAGluedMark_IsReported()
    {
        var text = "Japan is sending experts to Mauritius.\n\nA team of seven specialists will leave Japan on Wednesday, the Japanese embassy said on Monday.\" The leak has caused serious damage,\" Paul Martin added.";
        var quotes = QuoteArticles.Extract(text, "en");

        QuoteAssert.Said(quotes, "embassy", "A team of seven specialists", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Paul Martin", "The leak has caused", QuoteKind.Direct);
    }
}
