using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// French speaker classes of the second round on real scraped news: a surname alone after an inverted cue is a person,
/// an epithet naming an award and its year is the person just quoted, newspapers keep their whole title, institutions
/// keep "et de" in their name. Phrasings of their own; none comes from an evaluation passage.
/// </summary>
public sealed class FrenchNamesAndEpithetsTests
{
    [Theory]
    [InlineData("a estimé Ancelotti", "s'est réjoui le Ballon d'Or 2007", "a-t-il conclu", "Ancelotti")]
    [InlineData("a déclaré Guardiola", "a poursuivi le Ballon d'Or 1999", "a-t-il ajouté", "Guardiola")]
    [InlineData("a confié Pellegrini", "a lancé la Miss France 2016", "a-t-elle conclu", "Pellegrini")]
    public void Extract_SurnameAloneThenEpithetWithYear_AllQuotesAreThatPerson(string first, string epithet, string pronoun, string speaker)
    {
        var text = "La finale aura lieu dimanche à Lisbonne, face au Bayern, avec Kylian Mbappé. "
            + $"« Ils sont en finale, c'est déjà un beau parcours », {first} dans un entretien à l'AFP. "
            + $"« C'est une première pour le club », {epithet}. "
            + $"« Je ne veux pas comparer les saisons », {pronoun}.";

        var quotes = QuoteArticles.Extract(text, "fr");

        QuoteAssert.Said(quotes, speaker, "beau parcours");
        QuoteAssert.Said(quotes, speaker, "une première");
        QuoteAssert.Said(quotes, speaker, "comparer les saisons");
    }
    [Theory]
    [InlineData("Selon Le Canard enchaîné, le ministre aurait dîné avec le patron du groupe.", "Le Canard enchaîné")]
    [InlineData("Le ministre aurait dîné avec le patron du groupe, révèle Le Canard enchaîné dans son édition de mercredi.", "Le Canard enchaîné")]
    [InlineData("Le ministre aurait dîné avec le patron du groupe, a révélé Le Parisien mardi.", "Le Parisien")]
    [InlineData("Le ministre aurait dîné avec le patron du groupe, affirme Le Républicain lorrain.", "Le Républicain lorrain")]
    [InlineData("Le ministre aurait dîné avec le patron du groupe, a révélé Le Monde mardi.", "Le Monde")]
    [InlineData("Le ministre aurait dîné avec le patron du groupe, selon Le Figaro, contacté par nos soins.", "Le Figaro")]
    public void Extract_NewspaperTitleWithItsArticle_KeepsTheWholeTitle(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract("Le dossier embarrasse l'exécutif. " + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("L'incendie a mobilisé quarante pompiers, selon le Centre opérationnel d'incendie et de secours de l'Isère.", "Centre opérationnel d'incendie et de secours de l'Isère")]
    [InlineData("L'incendie a mobilisé quarante pompiers, selon le Service départemental d'incendie et de secours du Var.", "Service départemental d'incendie et de secours du Var")]
    [InlineData("L'incendie a mobilisé quarante pompiers et de nombreux secouristes, selon la préfecture.", "préfecture")]
    public void Extract_InstitutionNamedWithEtDe_KeepsItsWholeName(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract("Un entrepôt a brûlé dans la nuit. " + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }
    [Theory]
    [InlineData("Le gouvernement a convoqué l'ambassadeur de Russie, a annoncé le ministère des Armées.", "ministère des Armées")]
    [InlineData("Le gouvernement a convoqué l'ambassadeur de Russie, a annoncé le ministère des Affaires étrangères.", "ministère des Affaires étrangères")]
    [InlineData("Le gouvernement a convoqué l'ambassadeur de Russie, a annoncé le ministère français des Affaires étrangères dans un communiqué.", "ministère français des Affaires étrangères")]
    [InlineData("Le ministère des Solidarités a assuré que le gouvernement avait convoqué les syndicats.", "ministère des Solidarités")]
    public void Extract_InstitutionWithDesComplement_TheWholeInstitutionSpeaks(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract("La crise diplomatique s'aggrave. " + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_InstitutionNamedInFullThenByItsNoun_TheNounIsThatInstitution()
    {
        var text = "La crise diplomatique s'aggrave. Le gouvernement a convoqué l'ambassadeur de Russie, a annoncé le ministère "
            + "français des Affaires étrangères. « C'est inadmissible », a indiqué le ministère dans un communiqué.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "ministère français des Affaires étrangères", "inadmissible", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_MinisterOfAPortfolioBeforeTheirName_ThePersonSpeaks()
    {
        var text = "La crise diplomatique s'aggrave. Le gouvernement a convoqué l'ambassadeur, a déclaré le ministre des Affaires étrangères Jean Martin.";

        Assert.Equal("Jean Martin", Assert.Single(QuoteArticles.Extract(text, "fr")).Speaker);
    }
    [Theory]
    [InlineData("Valérie Martin, la présidente de la région Bretagne, a présenté le budget.", "a défendu la présidente de région", "Valérie Martin")]
    [InlineData("Le président du département du Nord, Paul Lemaire, a présenté le budget.", "a ajouté le président du département", "Paul Lemaire")]
    public void Extract_OfficeNamedAgainWithoutItsPlace_TheHolderSpeaks(string lead, string cue, string speaker)
    {
        var text = $"{lead} Le conseil a voté les crédits mardi. « Ces hausses financent les transports », {cue}.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, "hausses", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Fort de ses résultats, il met en garde contre les « promesses » du secteur.")]
    [InlineData("Forte de son succès, elle promet « des tests en juin ».")]
    public void Extract_SentenceOpenedByFortDe_FortIsNoSpeaker(string sentence)
    {
        var quotes = QuoteArticles.Extract("Le magazine a passé au crible 130 produits. " + sentence, "fr");

        Assert.DoesNotContain(quotes, q => q.Speaker is "Fort" or "Forte");
    }
    [Theory]
    [InlineData("le technicien italien")]
    [InlineData("la technicienne italienne")]
    [InlineData("le sélectionneur")]
    public void Extract_CoachNamedByTheirTrade_IsThePersonOfThePassage(string epithet)
    {
        var text = "Le Real Madrid a été éliminé par Manchester City. Carla Ancelotti a tout de même tiré un bilan positif de la saison. "
            + $"« Gagner ce championnat, c'était mon plus beau jour », a savouré {epithet}.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Carla Ancelotti", "plus beau jour", QuoteKind.Direct);
    }
    [Theory]
    [InlineData("l'ambassade japonaise à Maurice", "ambassade japonaise à Maurice")]
    [InlineData("l'ambassade de France à Pékin", "ambassade de France à Pékin")]
    public void Extract_EmbassyWithItsPlace_KeepsThePlaceAndSpeaksAgainAsTheEmbassy(string embassy, string speaker)
    {
        var text = $"Une équipe de dix experts partira mercredi pour aider les secours, a annoncé lundi {embassy}. "
            + "« La situation est grave », a indiqué l'ambassade dans un communiqué.";

        var quotes = QuoteArticles.Extract(text, "fr");

        QuoteAssert.Said(quotes, speaker, "dix experts", QuoteKind.Reported);
        Assert.Equal(speaker, QuoteAssert.Said(quotes, speaker, "situation est grave", QuoteKind.Direct).Speaker);
    }
}
