namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Acme said in a statement … “…,” the statement said", "La SNCF a annoncé dans un communiqué … « … », précise le
/// communiqué": the document the story just introduced speaks for whoever issued it.
/// </summary>
public sealed class DocumentIssuerTests
{
    [Theory]
    [InlineData("en", "The results were published in the journal Nature, the European Space Agency said in a statement. \"The ratio of heavy water in the sample is much closer to our oceans than we expected,\" the statement said.", "European Space Agency", "The ratio of heavy water")]
    [InlineData("en", "Acme said in a statement on Monday that it would cut 200 jobs. \"These decisions are never easy,\" the statement added.", "Acme", "never easy")]
    [InlineData("en", "In a letter to shareholders, Vantor chairman Paul Reyes defended the merger. \"We did not take this step lightly,\" the letter says.", "Paul Reyes", "this step lightly")]
    [InlineData("fr", "La SNCF a annoncé lundi dans un communiqué la suppression de 200 postes. « Ces décisions ne sont jamais faciles », précise le communiqué.", "SNCF", "jamais faciles")]
    public void Extract_TheDocumentJustIntroduced_SpeaksForItsIssuer(string language, string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, language), speaker, fragment);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_DocumentNeverIntroduced_IsNobodyNamed()
    {
        var text = "Acme cut 200 jobs on Monday. Paul Reyes, a union official, was angry. The company did not comment. Sales fell by a fifth last year. \"These decisions are never easy,\" the statement said.";

        var quote = QuoteArticles.Extract(text, "en").Single(q => q.Text.Contains("never easy", StringComparison.Ordinal));
        Assert.NotEqual("Acme", quote.Speaker);
        Assert.NotEqual("Paul Reyes", quote.Speaker);
    }

    [Fact]
    public void Extract_NameInAComplement_DoesNotIssueTheDocument()
    {
        var text = "Dans une lettre adressée aux salariés de la SNCF, le syndicat Sud-Rail dénonce la réforme. « Nous ne lâcherons rien », ajoute la lettre.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Sud-Rail", "lâcherons rien");
        Assert.Equal("Sud-Rail", quote.Speaker);
    }
}
