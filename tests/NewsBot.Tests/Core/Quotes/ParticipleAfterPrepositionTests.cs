using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Godwin was cleared after telling them she had no idea …", "Paul Martin a quitté la salle en expliquant que …": a present
/// participle after a preposition reports the speech of the sentence's subject, like one after a comma.
/// </summary>
public sealed class ParticipleAfterPrepositionTests
{
    [Theory]
    [InlineData("en", "The trial ended on Friday. Godwin was cleared by the jury after telling them she had no idea where the money came from.", "Godwin", "she had no idea where the money came from")]
    [InlineData("en", "The trial ended on Friday. Tom Reyes left the court while insisting that he had never seen the documents.", "Tom Reyes", "he had never seen the documents")]
    [InlineData("fr", "Le procès s'est ouvert lundi. Paul Martin a quitté la salle en expliquant que le tribunal ne l'écoutait pas.", "Paul Martin", "le tribunal ne l'écoutait pas")]
    [InlineData("fr", "Le procès s'est ouvert lundi. Paul Martin a quitté la salle tout en affirmant que le tribunal ne l'écoutait pas.", "Paul Martin", "le tribunal ne l'écoutait pas")]
    public void Extract_ParticipleAfterAPreposition_ReportsTheSubjectsSpeech(string language, string text, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, language), speaker, fragment, QuoteKind.Reported);
    }
}
