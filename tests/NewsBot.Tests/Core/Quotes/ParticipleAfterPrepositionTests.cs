using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Godwin was cleared after telling them she had no idea …", "Paul Martin a quitté la salle en expliquant que …": a present
/// participle after a preposition reports the speech of the sentence's subject, like one after a comma; and a participle
/// with its own clause after a quote ("'absolutely ridiculous', adding that …") is no inverted cue of that quote.
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

    [Theory]
    [InlineData("en", "Kim Rose was investigated by officers on Monday. Mr Rose, 57, branded police involvement as 'absolutely ridiculous', adding that voters were unlikely to 'change their mind for a sausage roll'.", "absolutely ridiculous")]
    [InlineData("fr", "Paul Martin a été entendu lundi. Il a qualifié l'enquête de « mascarade », ajoutant que les électeurs ne seraient « pas dupes ».", "mascarade")]
    public void Extract_QuoteFollowedByAParticipleAndItsClause_KeepsTheCueBefore(string language, string text, string fragment)
    {
        var quotes = QuoteArticles.Extract(text, language);

        QuoteAssert.Said(quotes, language == "en" ? "Kim Rose" : "Paul Martin", fragment);
    }
}
