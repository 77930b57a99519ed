using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// A pronoun goes to the person of its gender, which a first name tells, even when someone else was named last: in
/// "Hayley Moss met Kieran Price ... she said", she is Hayley Moss. These first names are among the common English and
/// French ones the lexicon knows; without them both people are of unknown gender and the last named wins.
/// </summary>
public sealed class FirstNameGenderTests
{
    [Theory]
    [InlineData("Hayley Moss met Kieran Price at the station on Monday. \"It was chaos,\" she said.", "Hayley Moss")]
    [InlineData("Declan Ross met Gemma Hart at the station on Monday. \"It was chaos,\" he said.", "Declan Ross")]
    public void Extract_English_PronounGoesToThePersonOfItsGender(string text, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, "chaos");
    }

    [Theory]
    [InlineData("Karine Lefèvre a croisé Thibault Moreau lundi à la mairie. « C'est intenable », a-t-elle dit.", "Karine Lefèvre")]
    [InlineData("Thibault Moreau a croisé Karine Lefèvre lundi à la mairie. « C'est intenable », a-t-il dit.", "Thibault Moreau")]
    public void Extract_French_PronounGoesToThePersonOfItsGender(string text, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, "intenable");
    }
}
