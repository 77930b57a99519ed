using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// French speaker classes of real scraped news (rules version 3): paragraphs glued into one line and the carry-over of the
/// previous speaker, unnamed or collective speakers, relatives, and sources given without a classic speech clause. Each
/// class with phrasings of its own; none of them comes from an evaluation passage.
/// </summary>
public sealed class ScrapedFrenchSpeakerTests
{
    private const string Lead = "Un incendie a ravagé un entrepôt dans la nuit de samedi à dimanche à Vénissieux.\n\n";

    [Theory]
    [InlineData("« On a entendu une explosion vers deux heures », raconte une riveraine.", "riveraine")]
    [InlineData("« On va droit dans le mur », a confié un cadre de la majorité, sous couvert d'anonymat.", "cadre de la majorité")]
    [InlineData("« On est à bout », s'indigne une mère de famille croisée devant l'hôpital.", "mère de famille")]
    [InlineData("« On ne nous a rien dit », déplore un habitant du quartier.", "habitant du quartier")]
    [InlineData("« On tiendra le calendrier », assure un conseiller de l'exécutif.", "conseiller de l'exécutif")]
    [InlineData("« On a eu très peur », ont témoigné des voisins.", "voisins")]
    public void Extract_UnnamedPersonAfterInvertedCue_SpeaksAsTheDescription(string sentence, string speaker)
    {
        var text = "Le maire, Paul Gervais, s'est rendu sur place. « C'est un choc », a-t-il dit.\n\n" + sentence;

        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + text, "fr"), speaker, "On ", QuoteKind.Direct);

        Assert.Equal(speaker, quote.Speaker); // never the last person named (Paul Gervais)
    }

    [Theory]
    [InlineData("Selon une source proche de l'enquête, la piste criminelle n'est pas écartée.", "source proche de l'enquête")]
    [InlineData("Aucune victime n'est à déplorer, selon les pompiers.", "pompiers")]
    [InlineData("Le feu a été fixé vers 4 heures, selon les secouristes.", "secouristes")]
    [InlineData("Le bâtiment était désaffecté, a-t-on appris dimanche de sources concordantes.", "sources concordantes")]
    [InlineData("Deux personnes ont été placées en garde à vue, a appris l'AFP de source policière.", "source policière")]
    [InlineData("Le ministre se rendra sur place lundi, selon son entourage.", "entourage")]
    public void Extract_AnonymousOrCollectiveSource_SpeaksAsTheDescription(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("« Nous conseillons de reporter les voyages », a indiqué une porte-parole de la société.")]
    [InlineData("« Nous conseillons de reporter les voyages », a précisé un représentant de l'entreprise.")]
    public void Extract_UnnamedSpokespersonOfTheOrganisation_TheOrganisationStillSpeaks(string sentence)
    {
        var text = "La SNCF a supprimé la moitié des TGV jeudi. " + sentence;

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "SNCF", "reporter les voyages", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("« Nous conseillons de reporter les voyages », a indiqué à l'AFP une porte-parole de la société.", "SNCF")]
    [InlineData("« Le trafic reprendra vendredi », a déclaré au Parisien le directeur régional, Marc Olivier.", "Marc Olivier")]
    [InlineData("« Le trafic reprendra vendredi », a expliqué à la presse la préfecture du Rhône.", "préfecture du Rhône")]
    public void Extract_InvertedCueWithTheMediumSpokenTo_SubjectFoundPastIt(string sentence, string speaker)
    {
        var text = "La SNCF a supprimé la moitié des TGV jeudi. " + sentence;

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, "", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("assure le frère de Julien Morvan", "frère de Julien Morvan")]
    [InlineData("a confié la mère de Julien Morvan", "mère de Julien Morvan")]
    [InlineData("a déclaré l'épouse de Julien Morvan", "épouse de Julien Morvan")]
    public void Extract_RelativeOfANamedPerson_IsNotThatPerson(string cue, string speaker)
    {
        var text = "Le procès de Julien Morvan s'ouvre lundi à Bordeaux. « Il n'est pas un monstre », " + cue + ".";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, "pas un monstre", QuoteKind.Direct);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Comme le révèle La Voix du Nord, un homme de 54 ans a été interpellé.", "La Voix du Nord")]
    [InlineData("Un homme de 54 ans a été interpellé, comme le rapporte Ouest-France.", "Ouest-France")]
    [InlineData("Comme l'a révélé Mediapart, l'élu avait été averti dès janvier.", "Mediapart")]
    [InlineData("Selon nos confrères de Libération, le texte sera retiré.", "Libération")]
    public void Extract_SourceWithoutSpeechClause_TheMediumSpeaks(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Reported, quote.Kind);
    }

    [Theory]
    [InlineData("Deux ministres ont dîné avec lui, rapporte mardi 12 septembre Le Figaro.", "Le Figaro")]
    [InlineData("Le couvre-feu est levé, a indiqué lundi soir la préfecture du Nord.", "préfecture du Nord")]
    [InlineData("Le texte sera retiré, a annoncé jeudi 3 mars Matignon à l'AFP.", "Matignon")]
    public void Extract_DateBetweenInvertedCueAndSubject_SubjectFound(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Comme le rappelle France 3, la digue avait déjà cédé en 2010.", "France 3")]
    [InlineData("La digue avait déjà cédé en 2010, rapporte Europe 1 mardi matin.", "Europe 1")]
    public void Extract_BroadcasterNamedWithANumber_KeepsItsNumber(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("La crue a atteint Montpellier 3 heures plus tard, a indiqué la préfecture.", "Montpellier")]
    [InlineData("Le club a battu Lyon 2 buts à 1 dimanche, a indiqué la préfecture.", "Lyon")]
    [InlineData("Le reportage diffusé par France 3 a choqué les habitants, a indiqué la préfecture.", "France 3")]
    public void Find_NumberAfterAName_JoinsItOnlyWhenNoUnitFollows(string sentence, string name)
    {
        var article = QuoteArticles.Prepare(sentence, "fr");
        var text = new ArticleTokens(article.Body, article.Sentences, QuoteMarkScanner.Scan(article.Body, article.Paragraphs));

        var runs = NameRunFinder.Find(text.Outside[0], article.Body, text, "fr");

        Assert.Contains(runs, r => r.Name == name);
    }

    [Theory]
    [InlineData("Le Haut Conseil pour le climat juge que les efforts restent insuffisants.", "Haut Conseil pour le climat")]
    [InlineData("La Fondation pour la nature a estimé que le texte allait dans le bon sens.", "Fondation pour la nature")]
    public void Extract_OrganisationNamedWithAPurpose_WholeNameSpeaks(string sentence, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr")).Speaker);
    }

    [Fact]
    public void Extract_PurposeThatIsNotPartOfTheName_NotJoined()
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + "L'Agence Nova a annoncé pour la première fois que ses comptes étaient dans le rouge.", "fr"));

        Assert.Equal("Agence Nova", quote.Speaker);
    }

    [Fact]
    public void Extract_PressNounAfterTheNewspaperSpoke_TheNewspaper()
    {
        var quotes = QuoteArticles.Extract(
            "Le président a rendu visite à son prédécesseur, rapporte Le Figaro. Brigitte Macron était présente. Elle a offert " +
            "un livre. Le cadeau « n'a jamais quitté son bureau », précise le quotidien.", "fr");

        QuoteAssert.Said(quotes, "Le Figaro", "jamais quitté son bureau", null);
    }

    [Theory]
    [InlineData("a-t-il notamment martelé")]
    [InlineData("a-t-il par ailleurs déclaré")]
    [InlineData("a-t-il encore ajouté")]
    public void Extract_AdverbInsideInvertedCue_CueKept(string cue)
    {
        var text = "Le maire, Paul Gervais, a présenté son budget lundi. « Nous tiendrons nos promesses », " + cue + ".";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Paul Gervais", "tiendrons", QuoteKind.Direct);

        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("a annoncé lundi le ministre de la Santé Olivier Véran", "Olivier Véran")]
    [InlineData("a rappelé l'ancien président de la République Nicolas Sarkozy", "Nicolas Sarkozy")]
    [InlineData("a précisé un responsable de la Croix-Rouge Marc Zyltman", "Marc Zyltman")]
    [InlineData("assure à France Bleu Paris Michel Le Gall, orthodontiste", "Michel Le Gall")]
    public void Extract_ComplementCapitalsRunningIntoAName_ThePersonStartsAtTheFirstName(string cue, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract("« Les moyens seront renforcés », " + cue + ".", "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("l'ancien chef de l'État estime")]
    [InlineData("le président de la République a assuré")]
    public void Extract_HeadOfStateByOffice_ThePersonOfThePassageSpeaks(string cue)
    {
        var text = "François Hollande a perdu son père samedi. Il était hospitalisé depuis un mois. « C'est une épreuve », " +
            "a-t-il dit. Dans une interview au Parisien, " + cue + " que la période est « très difficile pour les familles ».";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "François Hollande", "très difficile", null);
    }

    [Theory]
    [InlineData("ajoutait l'automobiliste")]
    [InlineData("poursuit le témoin")]
    [InlineData("a abondé la riveraine")]
    public void Extract_DefinitePersonNounAfterAQuote_ThePersonJustQuoted(string cue)
    {
        var text = "« On est bloqués depuis neuf heures », témoignait Camille Durand, partie de Chartres lundi soir. " +
            "« On a droit à un minimum », " + cue + ".";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Camille Durand", "droit à un minimum", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_DefinitePersonNounWithNobodyQuoted_SpeaksAsTheDescription()
    {
        var quote = Assert.Single(QuoteArticles.Extract("Le feu a pris vers minuit, selon le témoin.", "fr"));

        Assert.Equal("témoin", quote.Speaker);
    }

    [Fact]
    public void Extract_PlaceOnlyNamedInAComplement_NotTheAntecedentOfElle()
    {
        var quotes = QuoteArticles.Extract(
            "Le suspect a été extrait de sa cellule de Saint-Quentin Fallavier vendredi. Elle raconte avoir eu très peur ce soir-là.", "fr");

        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("Fallavier", StringComparison.Ordinal));
    }
}
