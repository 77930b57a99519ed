namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "écrit l'hebdomadaire satirique" after "Le Canard enchaîné révèle", "l'instance estime" after "Le Haut Conseil pour le
/// climat juge": a noun for what the body is points back to the publication or body that just spoke.
/// </summary>
public sealed class PublicationEpithetTests
{
    [Theory]
    [InlineData("Dans son édition de mercredi, Le Canard enchaîné révèle que l'Élysée a dépensé 500.000 euros pour rénover une salle de réception. \"La facture a été réglée sans appel d'offres\", écrit l'hebdomadaire satirique.", "Le Canard enchaîné", "sans appel d'offres")]
    [InlineData("Le Haut Conseil pour le climat juge que les efforts de la France restent insuffisants pour tenir ses objectifs. Dans son rapport annuel publié jeudi, l'instance estime que le rythme de baisse des émissions devrait doubler.", "Haut Conseil pour le climat", "devrait doubler")]
    public void Extract_EpithetOfTheBodyThatJustSpoke_IsThatBody(string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, fragment);
        Assert.Equal(speaker, quote.Speaker);
    }
}
