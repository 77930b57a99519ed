namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// News sites open an article on a quotation and name its speaker in the next sentence, with a speech verb but no cue
/// for the quote itself ("« C'est une étude troublante ». L'addictologue William Lowenstein a commenté ..."). At the
/// opening of an article, with nobody quoted before, that named speaker is the quotation's.
/// </summary>
public sealed class OpeningQuoteTests
{
    [Theory]
    [InlineData("« C'est une étude aussi troublante que passionnante ». L'addictologue William Lowenstein a commenté mercredi les observations de l'Académie des sciences.", "William Lowenstein")]
    [InlineData("\"C'est une étude aussi troublante que passionnante\". L'addictologue William Lowenstein, président de SOS Addiction a commenté mercredi les observations de l'Académie des sciences.", "William Lowenstein")]
    [InlineData("« C'est une étude aussi troublante que passionnante. » Le ministre de la Santé, Olivier Véran, a réagi mercredi sur France Inter.", "Olivier Véran")]
    public void Extract_FrenchArticleOpeningOnAQuote_TheNextSentencesSpeakerSaidIt(string text, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text + " La nicotine protégerait du virus.", "fr"), speaker, "troublante que passionnante");
    }

    [Fact]
    public void Extract_EnglishArticleOpeningOnAQuote_TheNextSentencesSpeakerSaidIt()
    {
        var text = "\"It is a study as troubling as it is fascinating.\" Addiction specialist William Lowenstein commented on Wednesday on the findings of the academy.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "William Lowenstein", "as troubling as");
    }

    [Theory]
    [InlineData("« C'est une étude aussi troublante que passionnante ». L'étude a été publiée mercredi par l'Académie des sciences.")]
    [InlineData("« C'est une étude aussi troublante que passionnante ». Il a commenté mercredi les observations de l'Académie des sciences.")]
    public void Extract_OpeningQuoteWithoutANamedSpeakerNext_StaysUnattributed(string text)
    {
        var quote = Assert.Single(QuoteArticles.Extract(text, "fr"));
        Assert.Equal(string.Empty, quote.Speaker);
    }

    [Fact]
    public void Extract_QuoteWithoutCueLaterInTheArticle_NotTakenByTheNextSentence()
    {
        var text = "La ministre Agnès Buzyn a présenté mardi son plan. « Nous irons vite », a-t-elle dit. « C'est une étude aussi troublante que passionnante ». L'addictologue William Lowenstein a commenté mercredi le plan.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Agnès Buzyn", "troublante que passionnante");
    }
}
