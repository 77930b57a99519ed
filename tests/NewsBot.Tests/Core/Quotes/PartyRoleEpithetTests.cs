namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "a souligné sur France Inter la maire LR du VIIème arrondissement": party initials after a role are the holder's party,
/// a Roman ordinal ("VIIème", "XIXe") is no name word, and a broadcaster ("France Inter") is no person, so the role points
/// back to the person the story is about.
/// </summary>
public sealed class PartyRoleEpithetTests
{
    [Theory]
    [InlineData("la maire LR du VIIème arrondissement")]
    [InlineData("la conseillère PS du XIXe arrondissement")]
    public void Extract_RoleWithPartyInitials_IsThePersonNamedBefore(string epithet)
    {
        var text = "Interrogée sur la sécurité dans la capitale, Rachida Dati a une nouvelle fois attaqué la municipalité mardi. « Les coups et blessures ont augmenté de 46% », a souligné sur France Inter "
            + epithet + ", s'appuyant sur la base de données de la police.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Rachida Dati", "Les coups et blessures");
        Assert.Equal("Rachida Dati", quote.Speaker);
    }

    [Fact]
    public void Extract_SurnameOpeningWithLe_IsNoOrdinal()
    {
        var text = "Le gouvernement a confirmé une hausse de 10 % du tarif de l'électricité. « Cette hausse est raisonnable », a déclaré Bruno Le Maire.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Bruno Le Maire", "Cette hausse est raisonnable");
        Assert.Equal("Bruno Le Maire", quote.Speaker);
    }

    [Fact]
    public void Extract_PresidentOfAPartyByItsInitials_IsThePersonNamedBefore()
    {
        var text = "Marine Le Pen a tenu un meeting à Lyon samedi devant 3 000 militants. « Avec nous, la sécurité reviendra dans chaque quartier », a lancé la présidente du RN.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Marine Le Pen", "la sécurité reviendra");
        Assert.Equal("Marine Le Pen", quote.Speaker);
    }
}
