using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

public sealed class FrenchQuoteTests
{
    [Fact]
    public void Extract_InvertedCuesAndHonorific_ResolveToFullName()
    {
        var quotes = QuoteArticles.Extract("""
            La ministre du Travail, Sophie Lambert, a présenté mardi sa réforme de l'assurance chômage.

            « Le travail doit toujours payer plus que l'inactivité », a-t-elle déclaré. « Nous irons jusqu'au bout », a ajouté Mme Lambert.

            Pour le syndicaliste Marc Thibault, cette réforme est « une faute ».
            """, "fr");

        var first = QuoteAssert.Said(quotes, "Sophie Lambert", "Le travail doit toujours payer plus", QuoteKind.Direct);
        Assert.Equal("a-t-elle déclaré", first.Cue);
        Assert.Equal("fr", first.Language);
        QuoteAssert.Said(quotes, "Sophie Lambert", "Nous irons jusqu'au bout");
        // The reported clause holds the fragment, so the clause is the quote ("cette réforme est « une faute »").
        QuoteAssert.Said(quotes, "Marc Thibault", "cette réforme est « une faute »", QuoteKind.Reported);
    }

    [Theory]
    [InlineData("« Les prix vont baisser », estime-t-il.")]
    [InlineData("« Les prix vont baisser », a-t-il assuré.")]
    [InlineData("« Les prix vont baisser », a expliqué le directeur.")]
    [InlineData("« Les prix vont baisser », affirme Pierre Garnier.")]
    [InlineData("« Les prix vont baisser », a déclaré M. Garnier.")]
    [InlineData("Pierre Garnier a déclaré : « Les prix vont baisser. »")]
    [InlineData("« Les\u00A0prix vont baisser\u00A0», selon lui.")]
    [InlineData("«\u202FLes prix vont baisser\u202F», précise-t-il.")]
    public void Extract_FrenchCueVariants_AttributeToThePerson(string sentence)
    {
        var quotes = QuoteArticles.Extract("Le directeur de Carrefix, Pierre Garnier, a répondu aux questions des journalistes.\n\n" + sentence, "fr");

        QuoteAssert.Said(quotes, "Pierre Garnier", "prix vont baisser", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Selon Carrefix, les prix vont baisser dès le mois de mars.", "les prix vont baisser")]
    [InlineData("D'après Carrefix, les prix vont baisser dès le mois de mars.", "les prix vont baisser")]
    [InlineData("Les prix vont baisser dès le mois de mars, selon Carrefix.", "Les prix vont baisser")]
    [InlineData("Carrefix a indiqué mardi que les prix allaient baisser dès le mois de mars.", "les prix allaient baisser")]
    [InlineData("La société affirme que les prix vont baisser dès le mois de mars.", "les prix vont baisser")]
    [InlineData("L'entreprise a démenti avoir augmenté ses prix en secret.", "avoir augmenté ses prix")]
    [InlineData("Les prix vont baisser dès le mois de mars, a annoncé le groupe.", "Les prix vont baisser")]
    public void Extract_FrenchReportedSpeech_AttributedToTheCompany(string sentence, string fragment)
    {
        var quotes = QuoteArticles.Extract("Le distributeur Carrefix publie ses résultats annuels.\n\n" + sentence, "fr", "Carrefix publie ses résultats");

        QuoteAssert.Said(quotes, "Carrefix", fragment, QuoteKind.Reported);
    }

    [Fact]
    public void Extract_InterruptedQuoteWithInnerCue_TwoQuotesSameSpeaker()
    {
        var quotes = QuoteArticles.Extract("""
            L'entraîneur du club, Karim Ziani, était déçu après le match.

            « Nous avons manqué de rigueur, a-t-il expliqué, mais le groupe est solide. »
            """, "fr");

        QuoteAssert.Said(quotes, "Karim Ziani", "Nous avons manqué de rigueur");
        QuoteAssert.Said(quotes, "Karim Ziani", "mais le groupe est solide");
        QuoteAssert.NoQuoteContains(quotes, "a-t-il expliqué");
    }

    [Fact]
    public void Extract_QuoteOverSeveralParagraphs_OneQuoteFromTheLeadIn()
    {
        var article = QuoteArticles.Prepare("""
            La présidente de l'association, Hélène Brun, a lu une déclaration :

            « Nous avons attendu trois ans une réponse de l'État.

            « Nous n'attendrons pas trois ans de plus. »
            """, "fr");
        var quotes = QuoteArticles.Extract(article);

        var quote = QuoteAssert.Said(quotes, "Hélène Brun", "Nous avons attendu trois ans");
        Assert.Contains("Nous n'attendrons pas trois ans de plus.", quote.Text, StringComparison.Ordinal);
        Assert.Single(quotes);
    }
}
