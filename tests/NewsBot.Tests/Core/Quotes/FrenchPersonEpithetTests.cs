namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "ajoutait l'automobiliste", "a réagi l'attaquant", "confie la septuagénaire": with a definite article, a noun for what
/// someone is points back to the person the story has just quoted or turned to; with an indefinite one it is someone new.
/// </summary>
public sealed class FrenchPersonEpithetTests
{
    [Fact]
    public void Extract_TheDriverAfterANamedDriversQuote_IsThatDriver()
    {
        var text = "Des automobilistes sont restés bloqués toute la nuit sur l'A10. « Ça fait neuf heures que je suis là et je n'ai vu personne », témoignait Camille, parti de Chartres lundi soir. « Je ne veux pas râler pour râler », ajoutait l'automobiliste.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Camille", "Je ne veux pas râler");
    }

    [Fact]
    public void Extract_FirstNameWithAParticipleApposition_IsAPerson()
    {
        var text = "Des automobilistes sont restés bloqués toute la nuit sur l'A10. « Ils ont été ravitaillés vers 03H30 », a précisé la porte-parole de Vinci Autoroutes. « Ça fait neuf heures que je suis là », témoignait Camille, parti de Chartres lundi soir. Il disait n'avoir « pas avancé d'un mètre en une nuit complète ».";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Camille", "pas avancé d'un mètre");
    }

    [Theory]
    [InlineData("« Le match était fermé », a expliqué l'entraîneur Luis Enrique. Kylian Mbappé a ensuite marqué deux buts. « On a montré du caractère », a réagi l'attaquant.", "Kylian Mbappé", "On a montré du caractère")]
    [InlineData("« Le quartier a changé », regrette le maire Paul Durand. Jeanne Morel vit seule depuis vingt ans rue Garibaldi. « Je n'ai jamais eu aussi peur », confie la retraitée.", "Jeanne Morel", "Je n'ai jamais eu aussi peur")]
    [InlineData("« Le quartier a changé », regrette le maire Paul Durand. Jeanne Morel vit seule depuis vingt ans rue Garibaldi. « Je n'ai jamais eu aussi peur », confie la septuagénaire.", "Jeanne Morel", "Je n'ai jamais eu aussi peur")]
    [InlineData("« Le match était fermé », a expliqué l'entraîneur Luis Enrique. Marc Dubois était venu de Nantes en car. « On a vibré jusqu'au bout », raconte le supporter.", "Marc Dubois", "On a vibré jusqu'au bout")]
    public void Extract_EpithetAfterTheProtagonistIsNamed_IsTheProtagonist(string text, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, fragment);
    }

    [Fact]
    public void Extract_IndefiniteDriver_IsSomeoneNew()
    {
        var text = "Des automobilistes sont restés bloqués toute la nuit sur l'A10. « Ça fait neuf heures que je suis là », témoignait Camille, parti de Chartres lundi soir. « On nous a oubliés », a lancé un automobiliste.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "automobiliste", "On nous a oubliés");
        Assert.Equal("automobiliste", quote.Speaker);
    }
}
