namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Cue shapes of scraped news: a participle after an object pronoun ("…, l'accusant d'être « … »"), a sentence opening on a
/// past participle ("Interrogée sur la sécurité, Rachida Dati …"), a video caption naming the speaker in brackets after a
/// whole-sentence quote, an adjunct between a quote and its verb ("…", entre 2013 et 2019, a souligné …), and the medium
/// spoken on before an inverted subject ("a souligné sur France Inter la maire …").
/// </summary>
public sealed class ScrapedCueShapeTests
{
    private const string Lead = "Les mois passent, les sujets de discorde restent entre les deux femmes.\n\n";

    [Fact]
    public void Extract_ParticipleAfterAnObjectPronoun_TheSentencesSubjectSpeaks()
    {
        var text = Lead + "Interrogée sur la sécurité dans la capitale, Rachida Dati a une nouvelle fois attaqué Anne Hidalgo, mardi, l'accusant d'être « aux abonnés absents » face à la délinquance.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Rachida Dati", "aux abonnés absents");
    }

    [Fact]
    public void Extract_BracketedCaptionAfterAWholeSentenceQuote_NamesTheSpeaker()
    {
        var text = Lead + "Anne Hidalgo a présenté son plan mardi. « La délinquance explose dans notre pays. La police municipale n'existe pas à Paris. » (Rachida Dati)par France Inter. Anne Hidalgo n'a pas répondu.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Rachida Dati", "La délinquance explose");
    }

    [Fact]
    public void Extract_BracketedCaptionInEnglish_NamesTheSpeaker()
    {
        var text = "Two rivals clashed again on Tuesday.\n\nAnne Hidalgo presented her plan on the radio. \"Crime is exploding in our country.\" (Rachida Dati) Anne Hidalgo did not reply.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Rachida Dati", "Crime is exploding");
    }

    [Fact]
    public void Extract_TitleThenPublisherInBrackets_PublisherDoesNotSpeak()
    {
        var text = "Le prix a été remis lundi soir à Lyon.\n\nLe jury a couronné « Les Heures creuses » (Éditions du Sablier), un premier roman.";

        Assert.DoesNotContain(QuoteArticles.Extract(text, "fr"), q => q.Speaker == "Éditions du Sablier");
    }

    [Theory]
    [InlineData("« Les coups et blessures ont augmenté de 46 % », entre 2013 et 2019, a souligné sur France Inter Rachida Dati.")]
    [InlineData("« Les coups et blessures ont augmenté de 46 % », a souligné sur France Inter l'ancienne ministre Rachida Dati.")]
    [InlineData("« Les coups et blessures ont augmenté de 46 % », a souligné dans Le Parisien l'ancienne ministre Rachida Dati.")]
    public void Extract_AdjunctOrMediumBeforeTheSpeaker_TheSpeakerAfterThem(string sentence)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + "Anne Hidalgo a présenté son plan lundi. " + sentence, "fr"), "Rachida Dati", "Les coups et blessures");
    }

    [Fact]
    public void Extract_MediumSpokenFor_TheTitledPersonAfterItSpeaks()
    {
        var text = "L'étude porte sur 480 malades du Covid-19.\n\n« On avait un taux de fumeurs de l'ordre de 5 %, ce qui est bas », commente pour France Inter le professeur Zahir Amoura, qui a mené l'étude.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Zahir Amoura", "On avait un taux de fumeurs");
    }

    [Fact]
    public void Extract_EnglishAdjunctBeforeTheVerb_TheSpeakerAfterIt()
    {
        var text = "Sales fell again in March.\n\nAnne Hidalgo presented her plan. \"We are worried,\" on Monday, said Paul Martin.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Paul Martin", "We are worried");
    }

    [Fact]
    public void Extract_NicknameInAName_NotAnAdjunct()
    {
        var text = "The show was cancelled by TLC.\n\nJune's oldest daughter, Anna 'Chickadee' Cardwell, has accused Mark McDaniel of abusing her.";

        Assert.DoesNotContain(QuoteArticles.Extract(text, "en"), q => q.Speaker == "Mark McDaniel");
    }
}
