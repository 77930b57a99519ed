using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>Initials, speakers named after the quote or only later, directives, and precision over guessing.</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void Extract_InitialsInName_KeptAsOnePerson()
    {
        var quotes = QuoteArticles.Extract("""
            Shares in Lanark Foods fell 12 percent on Thursday after a profit warning.

            "The warning was a surprise to nobody," said T. R. Vance, an analyst at Hobart Securities. Vance said the shares were still too expensive.
            """, "en");

        var quote = QuoteAssert.Said(quotes, "T. R. Vance", "The warning was a surprise to nobody");
        Assert.Equal("T. R. Vance", quote.Speaker);
        QuoteAssert.Said(quotes, "T. R. Vance", "the shares were still too expensive", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_RoleNamedBeforeItsHolder_ResolvedToTheHolderIntroducedNext()
    {
        var quotes = QuoteArticles.Extract("""
            The Ashdown Museum will return twelve carved masks to Cameroon, its director announced on Monday.

            "They should never have left," said the director, Clara Benning.
            """, "en");

        QuoteAssert.Said(quotes, "Clara Benning", "The Ashdown Museum will return twelve carved masks to Cameroon", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Clara Benning", "They should never have left");
    }

    [Fact]
    public void Extract_FrenchRoleNamedBeforeItsHolder_ResolvedToTheHolderIntroducedNext()
    {
        var quotes = QuoteArticles.Extract("""
            Le musée de Vannes rouvrira ses portes le 2 mai, a annoncé sa directrice.

            « Le public découvrira trois salles nouvelles », a précisé la directrice, Odile Garnier.
            """, "fr");

        QuoteAssert.Said(quotes, "Odile Garnier", "Le musée de Vannes rouvrira ses portes le 2 mai", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Odile Garnier", "Le public découvrira trois salles nouvelles");
    }

    [Fact]
    public void Extract_ReportedDirectives_ObjectAndInfinitiveAreTheQuote()
    {
        var english = QuoteArticles.Extract("""
            The storm is expected to reach the coast on Friday night.

            Emergency planner Dana Whitfield urged residents to stay indoors until Saturday.
            """, "en");
        var french = QuoteArticles.Extract("""
            La tempête doit atteindre la côte vendredi soir.

            Le maire de Lorient, Fabrice Loher, a demandé aux habitants de rester chez eux.
            """, "fr");

        QuoteAssert.Said(english, "Dana Whitfield", "residents to stay indoors until Saturday", QuoteKind.Reported);
        QuoteAssert.Said(french, "Fabrice Loher", "aux habitants de rester chez eux", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_OfficeHeldBySomeoneElse_ReportedSpeechLeftUnattributedRatherThanWrong()
    {
        var quotes = QuoteArticles.Extract("""
            The Supreme Court ruled on Thursday that the suspension of parliament was unlawful.

            "The decision was void," said the court's president, Lady Anne Hale. The prime minister said he disagreed with the ruling.
            """, "en");

        QuoteAssert.Said(quotes, "Anne Hale", "The decision was void");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("disagreed", StringComparison.Ordinal) && q.Speaker.Contains("Hale", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FrenchQuoteInterruptedByNamedCue_TwoQuotesOfThatSpeaker()
    {
        var article = QuoteArticles.Prepare("""
            Un entrepôt a pris feu mardi soir dans la zone industrielle de Rezé.

            « Le feu est maîtrisé depuis minuit, a précisé le commandant des pompiers, Loïc Meunier. Aucun salarié n'était sur place. »
            """, "fr");
        var quotes = QuoteArticles.Extract(article);

        var first = QuoteAssert.Said(quotes, "Loïc Meunier", "Le feu est maîtrisé depuis minuit", QuoteKind.Direct);
        Assert.Equal("Le feu est maîtrisé depuis minuit", first.Text);
        var second = QuoteAssert.Said(quotes, "Loïc Meunier", "Aucun salarié n'était sur place.", QuoteKind.Direct);
        Assert.DoesNotContain("Meunier", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PronounAfterTwoPeople_GenderFromFirstNames()
    {
        var quotes = QuoteArticles.Extract("""
            Rosa Delgado and Simon Okoye both ran for the seat, which Okoye won by 312 votes.

            "The count was fair," she said on Friday.
            """, "en");

        QuoteAssert.Said(quotes, "Rosa Delgado", "The count was fair");
    }
}
