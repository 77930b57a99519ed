namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Avant d'ajouter : « … »", "Et de conclure : « … »", "…, before adding: “…”": an infinitive cue with no subject goes on
/// with whoever spoke last, however long their quote ran, not with a person the quote happened to name.
/// </summary>
public sealed class GoingOnCueTests
{
    [Theory]
    [InlineData("Avant d'ajouter")]
    [InlineData("Et de conclure")]
    public void Extract_FrenchInfinitiveAfterALongQuote_IsTheLastSpeaker(string cue)
    {
        var text = "Le frère du suspect a accepté de se confier à RTL. « Il y a eu concours de circonstances. Deux accidents sont arrivés. Ce n'était pas volontaire. Ce n'est pas possible. Je pense souvent à Maëlys. Nordahl est un homme normal », assure Sven Lelandais. "
            + cue + " : « Ce n'est pas un tueur froid. C'est loin d'être un tueur en série ». Le procès s'ouvre lundi.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Sven Lelandais", "Ce n'est pas un tueur froid");
    }

    [Fact]
    public void Extract_EnglishBeforeAdding_IsTheLastSpeaker()
    {
        var text = "The union rejected the offer on Monday. \"We will not accept this,\" said Tom Aldridge, before adding: \"Nobody goes into medicine to go on strike.\"";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Tom Aldridge", "Nobody goes into medicine");
    }
}
