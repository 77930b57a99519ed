using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>Organisations without a legal suffix, spokespeople and institutions as speakers, in English and French.</summary>
public sealed class OrganizationSpeakerTests
{
    [Fact]
    public void Extract_OrganisationWithoutSuffixNamedAsEmployer_ItResolvesToTheOrganisation()
    {
        var quotes = QuoteArticles.Extract("""
            Blue Harbour cancelled all sailings to the islands on Friday after a storm damaged its pier.

            Mark Tanner, chief executive of Blue Harbour, apologised to passengers. "It said the pier would reopen next week," one passenger said.

            Blue Harbour later said it would refund every ticket.
            """, "en");

        var refund = QuoteAssert.Said(quotes, "Blue Harbour", "it would refund every ticket", QuoteKind.Reported);
        Assert.Equal("Blue Harbour", refund.Speaker);
    }

    [Fact]
    public void Extract_DefiniteArticleBeforeName_NameIsAnOrganisationThatItRefersTo()
    {
        var quotes = QuoteArticles.Extract("""
            The Hartwell Gallery bought a lost painting by a Flemish master at auction on Tuesday.

            The gallery said it had paid 4 million euros. "It will hang in the main hall from June," said curator Jane Ostrow.
            """, "en");

        QuoteAssert.Said(quotes, "Hartwell Gallery", "it had paid 4 million euros", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Jane Ostrow", "It will hang in the main hall from June");
    }

    [Theory]
    [InlineData("a spokesperson for the company said")]
    [InlineData("a company spokesman said")]
    [InlineData("a Redfern spokeswoman said")]
    public void Extract_SpokespersonOfTheCompany_SpeakerIsTheCompanyWithSpokespersonRole(string cue)
    {
        var quotes = QuoteArticles.Extract($"""
            Redfern Motors recalled 40,000 cars on Monday because of a faulty brake sensor.

            "No accidents have been reported," {cue}.
            """, "en");

        var quote = QuoteAssert.Said(quotes, "Redfern Motors", "No accidents have been reported");
        Assert.Contains("spokes", quote.SpeakerRole, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a précisé un porte-parole de la société")]
    [InlineData("a précisé un porte-parole de l'entreprise")]
    [InlineData("a précisé un porte-parole d'Alvéole")]
    public void Extract_PorteParoleDeLaSociete_SpeakerIsTheCompany(string cue)
    {
        var quotes = QuoteArticles.Extract($"""
            Le groupe Alvéole a rappelé lundi 40 000 ruches connectées à cause d'un défaut de batterie.

            « Aucun incendie n'a été signalé », {cue}.
            """, "fr");

        var quote = QuoteAssert.Said(quotes, "Alvéole", "Aucun incendie n'a été signalé");
        Assert.Equal("porte-parole", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_LowerCaseInstitutions_BecomeSpeakersOrJoinTheNamedOne()
    {
        var quotes = QuoteArticles.Extract("""
            Floods cut off three villages in the valley on Sunday.

            The Ministry of Transport said the main road would reopen on Wednesday. State police said two drivers had been rescued from their cars.

            The health ministry said no one had been seriously hurt. "The ministry is monitoring the situation," a ministry spokeswoman said.
            """, "en");

        QuoteAssert.Said(quotes, "Ministry of Transport", "the main road would reopen on Wednesday");
        QuoteAssert.Said(quotes, "State police", "two drivers had been rescued from their cars");
        QuoteAssert.Said(quotes, "health ministry", "no one had been seriously hurt");
        QuoteAssert.Said(quotes, "health ministry", "The ministry is monitoring the situation");
    }

    [Fact]
    public void Extract_FrenchInstitutions_PrefectureGendarmerieMinistere()
    {
        var quotes = QuoteArticles.Extract("""
            Un glissement de terrain a coupé la route nationale 90 dimanche soir.

            La préfecture de la Savoie a indiqué que la route resterait fermée jusqu'à jeudi. « Aucun véhicule n'a été emporté », a précisé la gendarmerie.

            Le ministère de l'Agriculture a assuré que les éleveurs seraient indemnisés.
            """, "fr");

        QuoteAssert.Said(quotes, "préfecture de la Savoie", "la route resterait fermée jusqu'à jeudi", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "gendarmerie", "Aucun véhicule n'a été emporté");
        QuoteAssert.Said(quotes, "ministère de l'Agriculture", "les éleveurs seraient indemnisés", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_StaffOfAName_NameIsTheEmployerThatLaDirectionRefersTo()
    {
        var quotes = QuoteArticles.Extract("""
            Les conducteurs de Transmer Ouest sont en grève depuis lundi.

            « Nos horaires changent chaque semaine », explique Hervé Le Gall, conducteur depuis quinze ans. La direction de l'entreprise assure qu'une négociation s'ouvrira vendredi.
            """, "fr");

        QuoteAssert.Said(quotes, "Hervé Le Gall", "Nos horaires changent chaque semaine");
        QuoteAssert.Said(quotes, "Transmer Ouest", "une négociation s'ouvrira vendredi", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_AcronymOfAnEarlierName_JoinsThatOrganisation()
    {
        var quotes = QuoteArticles.Extract("""
            L'Union nationale des étudiants de France appelle à manifester jeudi contre la hausse des frais d'inscription.

            « Les étudiants ne sont pas des clients », a déclaré un porte-parole de l'UNEF.
            """, "fr");

        QuoteAssert.Said(quotes, "Union nationale des étudiants de France", "Les étudiants ne sont pas des clients");
    }

    [Fact]
    public void Extract_OrganisationInAppositionAfterNoun_SpeaksAfterTheQuote()
    {
        var quotes = QuoteArticles.Extract("""
            The retailer Hollings collapsed into administration on Wednesday.

            "We are confident of finding a buyer for most stores," the administrators, Grant Whitley LLP, said.
            """, "en");

        QuoteAssert.Said(quotes, "Grant Whitley LLP", "We are confident of finding a buyer for most stores");
    }
}
