using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Words that are not names, or not someone's role, though they look it: a present participle opening a sentence
/// ("Invitant à la prudence, il ..."), and a role named in the complement of an apposition ("Saint-Pierre et Miquelon, fief
/// de la ministre": the islands hold no office).
/// </summary>
public sealed class FrenchNameBoundaryTests
{
    [Fact]
    public void Extract_ParticipleOpeningTheSentence_IsNoSpeaker()
    {
        const string text = "Gilles Le Gendre a écrit lundi aux députés de la majorité. "
            + "Invitant à \"la plus grande prudence\" faute d'\"annonce officielle\", il juge toutefois que l'initiative, si elle se "
            + "confirmait, \"constituerait une double rupture de confiance\".";

        var quotes = QuoteArticles.Extract(text, "fr");

        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("Invitant", StringComparison.Ordinal));
        QuoteAssert.Said(quotes, "Gilles Le Gendre", "annonce officielle");
    }

    [Fact]
    public void Extract_RoleInTheComplementOfAnApposition_IsNotThePlacesRole()
    {
        const string text = "La ministre des Outre-mer Annick Girardin s'est défendue mardi. "
            + "Son compagnon a remporté des marchés à Saint-Pierre et Miquelon, fief de la ministre, selon l'hebdomadaire. "
            + "« Je n'ai rien caché », a déclaré la ministre.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Annick Girardin", "rien caché");
    }
}
