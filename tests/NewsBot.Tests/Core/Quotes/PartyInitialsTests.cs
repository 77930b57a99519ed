using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// A party's initials written before a member's name ("le député LR Éric Ciotti", "la candidate FN Marine Le Pen") are not
/// part of the name: the person speaks under their own name. Initials that open an organisation's name stay in it.
/// </summary>
public sealed class PartyInitialsTests
{
    private const string Lead = "Le débat sur la sécurité a repris mardi à l'Assemblée nationale.\n\n";

    [Theory]
    [InlineData("Le député LR Éric Ciotti a déclaré que la police devait être mieux armée.", "Éric Ciotti")]
    [InlineData("La candidate FN Marine Le Pen a affirmé que le gouvernement avait échoué.", "Marine Le Pen")]
    [InlineData("« Nous voterons contre », a lancé la sénatrice PS Sylvie Robert.", "Sylvie Robert")]
    public void Extract_PartyInitialsBeforeAName_ThePersonSpeaks(string sentence, string speaker)
    {
        var quote = Assert.Single(QuoteArticles.Extract(Lead + sentence, "fr"));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_InitialsOpeningAnOrganisationName_StayInIt()
    {
        var quote = Assert.Single(QuoteArticles.Extract("Rail traffic resumed on Monday.\n\nSNCF Réseau said that the line would reopen on Friday.", "en"));

        Assert.Equal("SNCF Réseau", quote.Speaker);
    }
}
