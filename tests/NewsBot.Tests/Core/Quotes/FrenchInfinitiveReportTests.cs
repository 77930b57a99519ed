using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// French reports a speaker's intention or hope with an infinitive instead of a "que" clause: "a annoncé vouloir faire
/// classer ...", "a dit espérer une décision", "assure pouvoir tenir les délais". The infinitive clause is what was said.
/// </summary>
public sealed class FrenchInfinitiveReportTests
{
    private const string Lead = "Une polémique agite la commune depuis plusieurs semaines.\n\n";

    [Theory]
    [InlineData("Le maire Bruno Dionis a annoncé vouloir faire classer les bruits de la campagne au patrimoine national.", "Bruno Dionis", "vouloir faire classer les bruits de la campagne au patrimoine national")]
    [InlineData("La préfète Marie Vautrin a dit espérer une décision rapide du tribunal administratif.", "Marie Vautrin", "espérer une décision rapide du tribunal administratif")]
    [InlineData("Le promoteur Paul Gervais assure pouvoir livrer les logements avant la fin de l'année.", "Paul Gervais", "pouvoir livrer les logements avant la fin de l'année")]
    [InlineData("La ministre Claire Morin a déclaré souhaiter un accord avant l'été.", "Claire Morin", "souhaiter un accord avant l'été")]
    public void Extract_SpeechVerbWithAnInfinitive_TheInfinitiveClauseIsReported(string sentence, string speaker, string clause)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "fr"), speaker, clause, QuoteKind.Reported);

        Assert.Equal(clause, quote.Text);
    }
}
