using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

public sealed class SpeakerMatcherTests
{
    [Theory]
    [InlineData("Mme Ségolène Royal", "segolene royal")]
    [InlineData("M. Jean-Pierre Dupont", "jean pierre dupont")]
    [InlineData("Dr. Naomi Feld", "naomi feld")]
    [InlineData("  Binance's  ", "binance")]
    [InlineData("Actucrypto.info", "actucrypto info")]
    [InlineData("Œuvre d’Orient", "oeuvre d orient")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_NamesAndHonorifics_ComparisonForm(string? name, string expected)
    {
        Assert.Equal(expected, SpeakerName.Normalize(name));
    }

    [Theory]
    [InlineData("Kostarev", "Gleb Kostarev", true)]
    [InlineData("gleb KOSTAREV", "Gleb Kostarev", true)]
    [InlineData("M. Dupont", "Jean Dupont", true)]
    [InlineData("Le Maire", "Bruno Le Maire", true)]
    [InlineData("Acme", "Acme Corp.", true)]
    [InlineData("Acme Inc", "Acme Corp.", true)]
    [InlineData("Segolene Royal", "Ségolène Royal", true)]
    [InlineData("Le Parisien", "Parisien", true)]
    [InlineData("Parisien", "Le Parisien", true)]
    [InlineData("The Guardian", "Guardian", true)]
    [InlineData("L'Équipe", "Equipe", true)]
    [InlineData("Le Monde", "Le Figaro", false)]
    [InlineData("Gleb", "Gleb Kostarev", false)]
    [InlineData("Binance", "Reuters", false)]
    [InlineData("", "Binance", false)]
    [InlineData("Binance", "", false)]
    public void Matches_Query_AgainstSpeaker(string query, string speaker, bool expected)
    {
        Assert.Equal(expected, SpeakerMatcher.Matches(query, speaker));
    }

    [Fact]
    public void Matches_KnownAlias_Matches()
    {
        Assert.True(SpeakerMatcher.Matches("CZ", "Changpeng Zhao", ["CZ", "Zhao Changpeng"]));
        Assert.False(SpeakerMatcher.Matches("CZ", "Changpeng Zhao"));
    }
}
