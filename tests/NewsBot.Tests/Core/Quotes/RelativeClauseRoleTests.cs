using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// A relative clause after a name says what the person did, not what they are: "le général Pierre Lamy, qui a fourni avec
/// la ministre des précisions" does not make him "la ministre" whom a later cue names.
/// </summary>
public sealed class RelativeClauseRoleTests
{
    [Fact]
    public void Extract_French_RoleNamedInARelativeClause_IsNotThePersonsRole()
    {
        const string text = "Florence Parly a commenté mardi la mort de treize militaires au Mali. « Chacun se sent comptable de ses hommes », "
            + "a ajouté le général Pierre Lamy, qui a fourni avec la ministre des précisions sur l'accident. "
            + "La ministre a évoqué le sort de « treize militaires exceptionnels ».";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Florence Parly", "treize militaires exceptionnels");
    }

    [Fact]
    public void Extract_English_RoleNamedInARelativeClause_IsNotThePersonsRole()
    {
        const string text = "Sarah Lee announced the results on Monday. \"We are proud of the staff,\" said Tom Hart, who stood beside "
            + "the minister during the visit. The minister said that the nurses had made a \"remarkable effort\" all year.";

        var quote = Assert.Single(QuoteArticles.Extract(text, "en"), q => q.Text.Contains("remarkable", StringComparison.Ordinal));

        Assert.NotEqual("Tom Hart", quote.Speaker);
    }
}
