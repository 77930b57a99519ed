using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "The pensioner said", "the 79-year-old added", "the mother-of-two told": tabloid copy names the person it is about by
/// what they are. The words go to that person (the one just quoted or turned to, of the epithet's gender), never to a
/// speaker called "pensioner" and never unattributed.
/// </summary>
public sealed class EnglishEpithetTests
{
    private const string Cooper = "Terry Cooper, 79, was enjoying the sunshine in his garden when a badger burst through the hedge. ";

    [Theory]
    [InlineData(Cooper + "The pensioner said: 'I took him out just after tea.'")]
    [InlineData(Cooper + "The 79-year-old said: 'I took him out just after tea.'")]
    [InlineData(Cooper + "The grandfather-of-three added: 'I took him out just after tea.'")]
    [InlineData(Cooper + "The retired charity worker said: 'I took him out just after tea.'")]
    public void Extract_EpithetAfterTheName_ThePersonSpeaks(string text)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Terry Cooper", "I took him out");
    }

    [Fact]
    public void Extract_EpithetWithGender_ThePersonOfThatGender()
    {
        const string text = "Tom Baker and his wife Ann Baker lost their home in the flood. "
            + "The mother-of-two said: 'We have nothing left.'";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Ann Baker", "We have nothing left");
    }

    [Fact]
    public void Extract_EpithetAfterANewPerson_TheNewPersonNotTheLastSpeaker()
    {
        const string text = "Police are investigating MP Jesse Norman over claims he gave out cake to voters. "
            + "He described the allegations as nonsense, saying: 'We gave one or two muffins to children.' "
            + "The probe follows Ukip candidate Kim Rose, who was questioned for giving out sausage rolls. "
            + "The 57-year-old has criticised the 'absolutely ridiculous' investigation.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Kim Rose", "absolutely ridiculous");
    }
}
