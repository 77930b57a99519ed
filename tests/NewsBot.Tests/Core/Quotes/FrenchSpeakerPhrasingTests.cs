using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// French classes of phrasing fixed after the unseen-fr errors, each with phrasings of its own: a role and its employer
/// before the name, institutions in common nouns, reported clauses holding a fragment, offices with no name, new verbs.
/// </summary>
public sealed class FrenchSpeakerPhrasingTests
{
    private const string Lead = "Deux hommes ont été interpellés lundi à Lyon après une course-poursuite.\n\n";

    [Theory]
    [InlineData("« Le combat continue », a réagi la secrétaire générale de la CGT, Sophie Binet.", "Sophie Binet")]
    [InlineData("« Les suspects étaient connus », a précisé le procureur de la République, Nicolas Bessone.", "Nicolas Bessone")]
    [InlineData("« Nous irons jusqu'au bout », a lancé le président du FC Montreval, Didier Roussel.", "Didier Roussel")]
    [InlineData("« Rien n'est réglé », souligne le délégué de la fédération CGT des cheminots, Paul Ardent.", "Paul Ardent")]
    [InlineData("« Le dossier est clos », a assuré la directrice de l'Agence régionale de santé, Marie Vautrin.", "Marie Vautrin")]
    public void Extract_RoleAndEmployerBeforeName_ThePersonSpeaks(string sentence, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "fr"), speaker, "", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("La fuite a causé de graves dommages, a indiqué l'ambassade japonaise à Maurice dans un communiqué.", "ambassade japonaise à Maurice")]
    [InlineData("Les policiers sont entrés sans autorisation, a affirmé le consulat de France à Jérusalem.", "consulat de France à Jérusalem")]
    [InlineData("Les négociations reprendront lundi, a précisé l'ambassade de France au Japon.", "ambassade de France au Japon")]
    public void Extract_InstitutionWithItsPlace_SpeaksUnderItsFullDescription(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("Au Panthéon à Paris, l'ancien président de la République Nicolas Sarkozy rend hommage à la défunte. « Elle a changé nos vies », a rappelé l'ancien président.", "Nicolas Sarkozy")]
    [InlineData("Devant la mairie de Lyon, le maire Grégory Doucet a pris la parole. « Nous tiendrons », a déclaré le maire.", "Grégory Doucet")]
    public void Extract_PlaceThenCommaThenTitledName_TheTitleIsThePersons(string sentences, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentences, "fr"), speaker, "", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("La route restera fermée jusqu'à nouvel ordre, a annoncé la préfecture de la Côte-d'Or.", "préfecture de la Côte-d'Or")]
    [InlineData("L'agence régionale de santé a rappelé que les algues dégagent un gaz toxique.", "agence régionale de santé")]
    [InlineData("La maternité fermera le 1er juillet, a confirmé lundi l'agence régionale de santé de Bretagne.", "agence régionale de santé de Bretagne")]
    [InlineData("Le parquet national financier a indiqué que l'enquête portait sur des marchés publics.", "parquet national financier")]
    [InlineData("L'enquête porte sur des marchés publics, a indiqué le parquet de Paris dans un communiqué.", "parquet de Paris")]
    [InlineData("Jeudi, la préfecture de police a précisé que trois rues seraient fermées.", "préfecture de police")]
    public void Extract_InstitutionInCommonNouns_SpeaksUnderItsFullDescription(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("Le maire, Paul Gervais, a estimé que la colère était « légitime ».", "Paul Gervais", "la colère était « légitime »")]
    [InlineData("Paul Gervais a jugé que ce budget « sacrifie les lycées ».", "Paul Gervais", "ce budget « sacrifie les lycées »")]
    [InlineData("Pour Paul Gervais, cette réforme est « une faute ».", "Paul Gervais", "cette réforme est « une faute »")]
    public void Extract_ReportedClauseHoldingFragment_ClauseIsTheQuote(string sentence, string speaker, string text)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(text, quote.Text);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Fact]
    public void Extract_FragmentWithoutReportedClause_StaysPartial()
    {
        var quotes = QuoteArticles.Extract(Lead + "Paul Gervais a qualifié de « catégoriquement fausses » ces accusations.", "fr");

        QuoteAssert.Said(quotes, "Paul Gervais", "catégoriquement fausses", QuoteKind.Partial);
    }

    [Theory]
    [InlineData("Le maire sortant a dénoncé une décision « incompréhensible ».", "maire sortant")]
    [InlineData("Le Premier ministre a déclaré que la colère des agriculteurs était compréhensible.", "Premier ministre")]
    public void Extract_OfficeNamedNowhere_TheOfficeSpeaks(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_RoleNounAfterNamedArtist_ResolvesToThatPerson()
    {
        var quotes = QuoteArticles.Extract("""
            Le nouveau film de Céline Sciamma a été longuement applaudi samedi à Cannes.

            « J'ai voulu filmer l'adolescence sans la juger », a confié la cinéaste lors de la conférence de presse.
            """, "fr");

        QuoteAssert.Said(quotes, "Céline Sciamma", "filmer l'adolescence");
    }

    [Theory]
    [InlineData("Le ministre de l'Économie, Bruno Le Maire, a estimé que cette hausse était raisonnable.")]
    [InlineData("« Cette hausse est raisonnable », a estimé le ministre de l'Économie, Bruno Le Maire.")]
    public void Extract_SurnameThatIsARoleWord_StaysInTheName(string sentence)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal("Bruno Le Maire", quote.Speaker);
    }

    [Theory]
    [InlineData("soupire")]
    [InlineData("fulmine")]
    [InlineData("tempête")]
    [InlineData("plaisante")]
    public void Extract_InvertedCueWithExpressiveVerb_AttributesToTheName(string verb)
    {
        var quotes = QuoteArticles.Extract(Lead + $"« On a déjà entendu ces promesses », {verb} Julien Martin, président d'une association de riverains.", "fr");

        QuoteAssert.Said(quotes, "Julien Martin", "entendu ces promesses", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_HyphenatedOrganisationThenNoun_NounRefersToIt()
    {
        var quotes = QuoteArticles.Extract("""
            Météo-France a placé seize départements en vigilance rouge canicule jeudi.

            Selon l'organisme, la chaleur devrait durer jusqu'à dimanche. D'après l'établissement public, les nuits resteront chaudes.
            """, "fr", "Canicule");

        QuoteAssert.Said(quotes, "Météo-France", "la chaleur devrait durer", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Météo-France", "les nuits resteront chaudes", QuoteKind.Reported);
    }

    [Theory]
    [InlineData("L'historien Paul Weil a critiqué un livre « qui réécrit l'histoire ».", "qui réécrit l'histoire")]
    [InlineData("La critique Anne Roy a salué un film « qui ne ressemble à aucun autre ».", "qui ne ressemble à aucun autre")]
    public void Extract_RelativeClauseAfterWorkNoun_IsAQuote(string sentence, string fragment)
    {
        Assert.Contains(QuoteArticles.Extract(Lead + sentence, "fr"), q => q.Text == fragment && q.Kind == QuoteKind.Partial);
    }

    [Fact]
    public void Extract_RoleNounInsideAnotherPersonsRole_GoesToTheOfficeHolder()
    {
        var quotes = QuoteArticles.Extract(
            "Annick Girardin, ministre des Outre-mer, est mise en cause. Jean-François Vigneau, compagnon de la ministre, " +
            "aurait remporté des appels d'offres. « La Haute autorité a toujours su », a répondu la ministre.", "fr");

        QuoteAssert.Said(quotes, "Annick Girardin", "La Haute autorité a toujours su", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Selon Les Echos, le groupe va supprimer 300 postes d'ici à la fin de l'année.", "Les Echos")]
    [InlineData("Le groupe va supprimer 300 postes d'ici à la fin de l'année, a révélé Le Parisien.", "Le Parisien")]
    public void Extract_NewspaperNamedWithItsArticle_KeepsTheArticle(string sentence, string speaker)
    {
        var quotes = QuoteArticles.Extract("Le groupe Textilia traverse une crise.\n\n" + sentence, "fr");

        var quote = QuoteAssert.Said(quotes, speaker, "supprimer 300 postes", QuoteKind.Reported);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("fr", "La ministre des Outre-mer, Annick Girardin, est mise en cause. Jean-François Vigneau, compagnon d'une élue, aurait remporté des appels d'offres. « La Haute autorité a toujours su », a répondu la ministre.", "Annick Girardin")]
    [InlineData("en", "The mayor of Brest, Helen Morvan, opened the bridge. Engineer Paul Kerr, who designed it, was there. \"It took ten years,\" the mayor said.", "Helen Morvan")]
    public void Extract_OfficeWithComplementBeforeTheName_TheOfficeNamesThatPerson(string language, string text, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(text, language), q => q.Kind == QuoteKind.Direct);

        Assert.Equal(speaker, quote.Speaker);
    }
}
