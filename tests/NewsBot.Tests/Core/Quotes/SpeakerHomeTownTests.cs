using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Tabloid copy puts where a speaker lives between the name and the verb: "Terry Cooper, 79, from Taunton, Somerset,
/// said", "John Smith, 45, of Leeds, said". The last place name before the verb is not who speaks; the person before
/// "from" or "of" is.
/// </summary>
public sealed class SpeakerHomeTownTests
{
    private const string Lead = "A pensioner says a badger the size of a pig burst into his garden last week.\n\n";

    [Theory]
    [InlineData("Terry Cooper, 79, from Taunton, Somerset, said his dog dragged him back indoors.", "Terry Cooper", "his dog dragged him")]
    [InlineData("Terry Cooper, 79, was in his garden. Mr Cooper, from Curry Rivel, Somerset said his dog dragged him back indoors.", "Terry Cooper", "his dog dragged him")]
    [InlineData("Jane Holt, 34, from Stratford-upon-Avon, Warwickshire, told the Mail: 'We were terrified and we called the police.'", "Jane Holt", "We were terrified")]
    [InlineData("Sam Reid, from Newcastle upon Tyne, said that the bus never came that night.", "Sam Reid", "the bus never came")]
    [InlineData("John Smith, 45, of Leeds, West Yorkshire, said the animal had been in the garden for an hour.", "John Smith", "the animal had been")]
    [InlineData("Giles Parker, of Salford said the offence last October 'wasn't intentional'.", "Giles Parker", "the offence last October")]
    public void Extract_HomeTownBetweenNameAndVerb_ThePersonSpeaks(string sentence, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, fragment);
    }

    [Theory]
    [InlineData("The council leader, Ruth Adams, said the road would reopen on Friday.", "Ruth Adams", "the road would reopen")]
    [InlineData("Ruth Adams, leader of the council, said the road would reopen on Friday.", "Ruth Adams", "the road would reopen")]
    public void Extract_AppositionWithoutHomeTown_Unchanged(string sentence, string speaker, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(Lead + sentence, "en"), speaker, fragment);
    }
}
