namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// After an inverted verb, wire copy describes the speaker at length before naming it: "a indiqué le site officiel de la
/// justice iranienne, Mizan Online". The name after the comma is the description's, and speaks.
/// </summary>
public sealed class InvertedDescriptionTests
{
    private const string Lead = "Le procès s'est ouvert lundi à Téhéran. « La condamnation a été exécutée lundi matin », ";

    [Theory]
    [InlineData("a indiqué le site officiel de la justice iranienne, Mizan Online.", "Mizan Online")]
    [InlineData("a annoncé l'agence de presse officielle du pays, Irna.", "Irna")]
    [InlineData("a déclaré la mère de la jeune victime, Marie Durand.", "Marie Durand")]
    public void Extract_LongDescriptionThenName_TheNameSpeaks(string cue, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + cue + " Le reste suit.", "fr"), speaker, "La condamnation a été exécutée");
    }

    [Fact]
    public void Extract_EnglishLongDescriptionThenName_TheNameSpeaks()
    {
        var text = "The trial opened on Monday in Tehran. \"The sentence was carried out on Monday morning,\" said the official website of the Iranian judiciary, Mizan Online.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Mizan Online", "The sentence was carried out");
    }
}
