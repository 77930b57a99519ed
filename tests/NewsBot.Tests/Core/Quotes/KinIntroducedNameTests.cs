namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "The star's eldest daughter Brandi", "son épouse Nayeli": a name introduced by a kin noun is a person (of the kin noun's
/// gender), though it is one word the first-name lexicon does not know, which English otherwise keeps as an organisation.
/// </summary>
public sealed class KinIntroducedNameTests
{
    [Fact]
    public void Extract_DaughterIntroducedByFirstName_IsThePersonSheRefersTo()
    {
        var text = "Tammy Shore filed the divorce papers in Georgia on Monday. Her eldest daughter Brandi posted a message on Twitter. 'We love both of our parents and we ask for privacy,' she wrote.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Brandi", "We love both of our parents");
    }

    [Fact]
    public void Extract_WifeIntroducedByFirstName_IsAPersonOfThatGender()
    {
        var text = "Paul Martin et son épouse Nayeli ont visité l'école du village mardi. « C'était un moment très émouvant pour nous », a-t-elle confié.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Nayeli", "moment très émouvant");
    }
}
