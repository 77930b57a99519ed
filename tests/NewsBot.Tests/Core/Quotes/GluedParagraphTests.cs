using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Scraped articles whose paragraphs were glued into one line: the lost breaks are found again (<see cref="GluedBreaks"/>),
/// the previous speaker carries over only nearby, and a quote after a sentence about someone new is theirs.
/// </summary>
public sealed class GluedParagraphTests
{
    [Theory]
    [InlineData("\"Il se tait parce que ça fuite\", a-t-il assuré.Sven Lelandais ne possède aucun élément.", "Sven")]
    [InlineData("Le quartier a changé, et la vie aussi, mais différemment !Ainsi, Francis a quitté la ville en mai.", "Ainsi")]
    [InlineData("Le plan a été présenté mardi. Les commerçants restent prudentsMarie Lacoste reste sceptique.", "Marie")]
    [InlineData("a précisé la porte-parole de la société.\" Ça fait neuf heures\", témoigne Camille.", "\" Ça")]
    public void PassageOf_LostParagraphBreak_StartsANewPassage(string text, string next)
    {
        var article = QuoteArticles.Prepare(text, "fr");
        var breaks = new GluedBreaks(article.Body, article.Paragraphs, QuoteMarkScanner.Scan(article.Body, article.Paragraphs));
        var at = article.Body.IndexOf(next, StringComparison.Ordinal);

        Assert.Equal(0, breaks.PassageOf(at - 1));
        Assert.Equal(1, breaks.PassageOf(at));
    }

    [Theory]
    [InlineData("M.Dupont a vu l'iPhone et eBay à 3.5 euros, selon J.-C. Martin.")]
    [InlineData("« Tous leurs engagements ont été communs.\" Ça reste vrai », dit-il.")]
    [InlineData("Le groupe McDonald's et YouTube ont signé. Le texte est paru.")]
    public void PassageOf_NoLostBreak_OnePassage(string text)
    {
        var article = QuoteArticles.Prepare(text, "fr");
        var breaks = new GluedBreaks(article.Body, article.Paragraphs, QuoteMarkScanner.Scan(article.Body, article.Paragraphs));

        Assert.Equal(0, breaks.PassageOf(article.Body.Length - 1));
    }

    [Fact]
    public void Extract_SubheadingGluedToAName_TheNameIsFoundAndSpeaks()
    {
        var quotes = QuoteArticles.Extract(
            "Le maire de Bayonne a présenté son plan mardi. Les commerçants restent prudentsMarie Lacoste, qui tient une librairie " +
            "depuis vingt ans, reste sceptique. « Un an, c'est court », soupire-t-elle.", "fr");

        QuoteAssert.Said(quotes, "Marie Lacoste", "Un an, c'est court", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_GluedArticle_PreviousSpeakerCarriesOverOnlyNearby()
    {
        var quotes = QuoteArticles.Extract(
            "Le maire, Paul Gervais, a présenté son budget lundi. « Nous tiendrons nos promesses », a-t-il déclaré. « Les impôts " +
            "ne bougeront pas. » Le conseil a ensuite voté. La séance a duré quatre heures. Les débats ont porté sur les écoles. " +
            "Le vote a eu lieu tard. La presse locale était présente. La salle était comble. « Quelle soirée, personne ne s'y attendait ».", "fr");

        QuoteAssert.Said(quotes, "Paul Gervais", "Les impôts ne bougeront pas", QuoteKind.Direct);
        var far = Assert.Single(quotes, q => q.Text.StartsWith("Quelle soirée", StringComparison.Ordinal));
        Assert.False(far.IsAttributed, far.Speaker);
    }

    [Theory]
    [InlineData("Sophie Garnier, exploitante d'un cinéma indépendant, ne cache pas son scepticisme.")]
    [InlineData("À Marseille, l'exploitante d'un cinéma indépendant, Sophie Garnier, reste sceptique.")]
    public void Extract_CuelessQuoteAfterASentenceAboutSomeoneNew_TheirQuote(string lead)
    {
        var quotes = QuoteArticles.Extract(
            "La ministre de la Culture, Rima Abdul-Malak, a annoncé une aide jeudi. « C'est un soutien massif », a-t-elle affirmé. " +
            lead + " « Vingt millions pour toute la France, c'est une goutte d'eau ».", "fr");

        QuoteAssert.Said(quotes, "Sophie Garnier", "une goutte d'eau", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Sur le quai de la gare, Thomas, étudiant, fulmine.\"C'est la troisième fois ce mois-ci\".", "Thomas")]
    [InlineData("Sur le quai de la gare, Nadia Benali, infirmière, soupire.\" C'est la troisième fois ce mois-ci\".", "Nadia Benali")]
    public void Extract_QuoteGluedAfterASentenceAboutSomeoneNew_TheirQuote(string glued, string speaker)
    {
        var quotes = QuoteArticles.Extract(
            "La SNCF a supprimé la moitié des TGV jeudi. « Nous conseillons de reporter les voyages », a indiqué la société. " + glued, "fr");

        var quote = QuoteAssert.Said(quotes, speaker, "la troisième fois", QuoteKind.Direct);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_OpeningLineRepeatingALaterQuote_TakesItsSpeaker()
    {
        var quotes = QuoteArticles.Extract(
            "\"Ça fait neuf heures que je suis là\". Des dizaines d'automobilistes ont passé la nuit sur l'autoroute A10. " +
            "\"Ça fait neuf heures que je suis là, frigorifié, et je n'ai vu personne\", témoignait Camille Roux.", "fr");

        var opening = quotes[0];
        Assert.Equal("Ça fait neuf heures que je suis là", opening.Text);
        Assert.Equal("Camille Roux", opening.Speaker);
    }

    [Fact]
    public void Extract_ShortOpeningLineFoundLater_NotLinked()
    {
        var quotes = QuoteArticles.Extract(
            "\"Inadmissible\". Des dizaines d'automobilistes ont passé la nuit sur l'autoroute A10. " +
            "\"C'est inadmissible, je n'ai vu personne\", témoignait Camille Roux.", "fr");

        Assert.DoesNotContain(quotes, q => q.Text == "Inadmissible" && q.IsAttributed);
    }
}
