using NewsBot.Core.Stories;

namespace NewsBot.Tests.Core.Stories;

public sealed class EntityExtractorTests
{
    private static Dictionary<string, int> Entities(string language, params string[] sentences) =>
        EntityExtractor.Extract(StoryArticles.FromLines(1, language, "", sentences)).ToDictionary(f => f.Key, f => f.Count);

    [Theory]
    [InlineData("en", "Officials in Russia and Russian agencies denied it.")]
    [InlineData("fr", "La Russie et les agences russes ont démenti.")]
    [InlineData("de", "Russland und die russischen Behörden dementierten.")]
    [InlineData("es", "Rusia y los servicios rusos lo negaron.")]
    [InlineData("it", "La Russia e i servizi russi hanno smentito.")]
    public void Extract_CountryAndDemonymInAnyLanguage_OnePlace(string language, string sentence)
    {
        var entities = Entities(language, sentence);

        Assert.Equal(2, entities["p:russia"]);
    }

    [Fact]
    public void Extract_LowerCaseCountryWordInEnglish_IsNotAPlace()
    {
        var entities = Entities("en", "They carved the turkey after the chinese lanterns were lit.");

        Assert.Empty(entities);
    }

    [Fact]
    public void Extract_DayAndMonthInEitherOrder_SameDateAcrossLanguages()
    {
        var english = Entities("en", "It happened on April 23, the police said, and again in April 2021.");
        var french = Entities("fr", "Cela s'est produit le 23 avril, puis en avril 2021.");

        Assert.Contains("d:04-23", english.Keys);
        Assert.Contains("d:2021-04", english.Keys);
        Assert.Equal(["d:04-23", "d:2021-04"], french.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_WeekdaysAndCommonWords_AreNotEntities()
    {
        var entities = Entities("en", "On Monday the government said it would meet on Friday.", "The minister agreed.");

        Assert.Empty(entities);
    }

    [Fact]
    public void Extract_CapitalAtSentenceStartOrInTitle_CountsOnlyWhenConfirmedMidSentence()
    {
        var article = StoryArticles.FromLines(1, "en", "Binance Denies Sharing Data",
            "Binance denied the report.", "Critics said Binance had shared data.", "Sharing data is legal, lawyers said.");

        var entities = EntityExtractor.Extract(article).ToDictionary(f => f.Key, f => f.Count);

        Assert.Equal(3, entities["n:binance"]);
        Assert.DoesNotContain("n:sharing", entities.Keys);
        Assert.DoesNotContain("n:denies", entities.Keys);
    }

    [Fact]
    public void Extract_AccentsCaseAndPossessive_FoldedToOneName()
    {
        var entities = Entities("en", "Supporters of Navalny's campaign met Émile Zola fans and Emile Zola scholars.", "They praised Navalny.");

        Assert.Equal(2, entities["n:navalny"]);
        Assert.Equal(2, entities["n:emile"]);
    }

    [Fact]
    public void Extract_ThousandsWrittenWithSpacesOrCommas_SameNumber()
    {
        var french = Entities("fr", "Les actifs dépassent 10\u00A0000 euros, soit 10 885 dollars.");
        var english = Entities("en", "Assets above 10,000 euros, or 10,885 dollars.");

        Assert.Equal(["#:10000", "#:10885"], french.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(french.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_AcronymsOnlyInCapitals()
    {
        var entities = Entities("en", "Sanctions by the EU and the US hit them.", "Let us see, said one of us.");

        Assert.Equal(1, entities["p:eu"]);
        Assert.Equal(1, entities["p:united-states"]);
        Assert.Equal(2, entities.Count);
    }
}
