using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// A name written just before a quotation is what the quote says something about, not who says it: in
/// "Claire Morin « a fermé trois écoles », a-t-elle affirmé", "elle" is someone else, or Morin would have said "j'ai fermé".
/// The pronoun goes to the next candidate: the one who spoke or was named before.
/// </summary>
public sealed class QuotedClauseSubjectTests
{
    [Theory]
    [InlineData("La maire Sophie Vallet a répondu lundi aux critiques de son adversaire. Claire Morin « a fermé trois écoles en six ans », a-t-elle affirmé.", "Sophie Vallet", "a fermé trois écoles")]
    [InlineData("Le député Paul Martin a de nouveau attaqué le ministre de l'Agriculture. Jean Roche « n'a rien fait pour les éleveurs », a-t-il lancé mardi.", "Paul Martin", "n'a rien fait")]
    [InlineData("Interrogée sur France Inter, Nathalie Perrin a accusé sa rivale de mensonge. Isabelle Girard « a changé le nom du service, rien de plus », a-t-elle dénoncé.", "Nathalie Perrin", "a changé le nom")]
    public void Extract_French_NameBeforeTheQuoteIsNotThePronoun(string text, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, fragment);
    }

    [Theory]
    [InlineData("Senator Mary Collins renewed her attack on the governor on Tuesday. Laura Finch \"never visited the flooded towns,\" she said.", "Mary Collins", "never visited")]
    [InlineData("Coach Tom Baker defended his decision after the match. Mike Ross \"was not fit to play,\" he told reporters.", "Tom Baker", "was not fit")]
    public void Extract_English_NameBeforeTheQuoteIsNotThePronoun(string text, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, fragment);
    }

    [Theory]
    [InlineData("Claire Morin a répondu lundi aux critiques. « Nous avons ouvert deux écoles », a-t-elle affirmé.", "Claire Morin", "Nous avons ouvert")]
    [InlineData("Claire Morin : « Nous avons ouvert deux écoles », a-t-elle insisté lundi.", "Claire Morin", "Nous avons ouvert")]
    [InlineData("Laura Finch spoke to reporters on Monday. \"We reopened two schools,\" she said.", "Laura Finch", "We reopened")]
    public void Extract_NameNotRightBeforeTheQuote_StillThePronoun(string text, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, text.Contains("Nous", StringComparison.Ordinal) ? "fr" : "en"), speaker, fragment);
    }
}
