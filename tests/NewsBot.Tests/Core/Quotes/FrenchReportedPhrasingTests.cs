using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// French reported speech seen in scraped news: a newspaper's title opening the sentence ("Le Canard enchaîné révèle
/// que"), "Et pour X, ...", an adjunct between the verb and "que" ("avait confié, fin août, qu'"), a promise's infinitive
/// ("a promis de répondre"), and a participle's agent before the verb ("le comité de crise mis en place par les
/// autorités a estimé"), where the phrase the participle describes speaks.
/// </summary>
public sealed class FrenchReportedPhrasingTests
{
    private const string Lead = "Le dossier avance lentement depuis le début de l'été.\n\n";

    [Theory]
    [InlineData("Le Canard enchaîné révèle que 126 responsables du syndicat ont été fichés.", "Le Canard enchaîné", "126 responsables du syndicat")]
    [InlineData("Dans son édition de mercredi, Le Canard enchaîné révèle que 126 responsables du syndicat ont été fichés.", "Le Canard enchaîné", "126 responsables du syndicat")]
    [InlineData("Et pour Sven Lelandais, ces deux morts ne peuvent être qu'accidentelles.", "Sven Lelandais", "ces deux morts ne peuvent")]
    [InlineData("Auprès du Parisien, l'homme d'affaires Bernard Tapie avait confié, fin août, qu'il suivait un traitement expérimental.", "Bernard Tapie", "il suivait un traitement")]
    [InlineData("Le propriétaire du bateau, Nagashiki Shipping, a promis de répondre sincèrement aux demandes de compensation.", "Nagashiki Shipping", "de répondre sincèrement")]
    [InlineData("A l'issue d'une réunion lundi, le comité de crise mis en place par les autorités a estimé qu'il était trop risqué de pomper le fioul.", "comité de crise", "il était trop risqué")]
    public void Extract_FrenchReportedSpeech_TheRightSpeaker(string sentence, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "fr"), speaker, fragment, QuoteKind.Reported);
        Assert.StartsWith(fragment, quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("« Les forces de police ont fait intrusion dans l'institut », avait expliqué jeudi une source au sein du consulat général de France.")]
    [InlineData("« Les forces de police ont fait intrusion dans l'institut », a affirmé une source au sein du consulat général de France.")]
    public void Extract_UnnamedSourceWithinAnInstitution_KeepsTheInstitutionInItsDescription(string sentence)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "fr"), "source au sein du consulat général de France", "Les forces de police");
        Assert.Equal("source au sein du consulat général de France", quote.Speaker);
    }

    [Theory]
    [InlineData("Robert Kettley said, on Monday night, that he had been asleep at the wheel.", "Robert Kettley", "he had been asleep")]
    [InlineData("The panel run by the National College for Teaching said that no changes should be made to the scripts.", "panel", "no changes should be made")]
    public void Extract_EnglishAdjunctAndAgent_TheRightSpeaker(string sentence, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract("The hearing went on for a week.\n\n" + sentence, "en"), speaker, fragment, QuoteKind.Reported);
    }

    [Theory]
    [InlineData("La France insoumise a dénoncé un scandale.")]
    [InlineData("Le ministre a promis une réforme pour la rentrée.")]
    public void Extract_NoReportedClause_NoQuote(string sentence)
    {
        Assert.Empty(QuoteArticles.Extract(Lead + sentence, "fr"));
    }
}
