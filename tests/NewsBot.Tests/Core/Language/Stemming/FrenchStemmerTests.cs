using NewsBot.Core.Language.Stemming;

namespace NewsBot.Tests.Core.Language.Stemming;

/// <summary>Pairs from the Snowball French sample vocabulary (snowball-data, french/voc.txt and output.txt).</summary>
public sealed class FrenchStemmerTests
{
    [Theory]
    [InlineData("abaissait", "abaiss")]
    [InlineData("abaissement", "abaissement")]
    [InlineData("abaissent", "abaissent")]
    [InlineData("abandonnerait", "abandon")]
    [InlineData("abandonnée", "abandon")]
    [InlineData("abasourdi", "abasourd")]
    [InlineData("abattement", "abatt")]
    [InlineData("abattre", "abattr")]
    [InlineData("abbaye", "abbay")]
    [InlineData("abbés", "abbé")]
    [InlineData("abeille", "abeil")]
    [InlineData("ablutions", "ablut")]
    [InlineData("abnégation", "abneg")]
    [InlineData("aboiements", "aboi")]
    [InlineData("abominablement", "abomin")]
    [InlineData("abondamment", "abond")]
    [InlineData("abondance", "abond")]
    [InlineData("abonnement", "abon")]
    [InlineData("abordèrent", "abord")]
    [InlineData("aboyaient", "aboi")]
    [InlineData("abritent", "abritent")]
    [InlineData("abritât", "abrit")]
    [InlineData("abrutissement", "abrut")]
    [InlineData("abrège", "abreg")]
    [InlineData("abrégeaient", "abreg")]
    [InlineData("abréviations", "abrévi")]
    [InlineData("absolument", "absolu")]
    [InlineData("absolus", "absolus")]
    [InlineData("absolutisme", "absolut")]
    [InlineData("académie", "academ")]
    [InlineData("acceptons", "accepton")]
    [InlineData("accompagnement", "accompagn")]
    [InlineData("accomplissement", "accompl")]
    [InlineData("accrédité", "accred")]
    [InlineData("accès", "acces")]
    [InlineData("activement", "activ")]
    [InlineData("activité", "activ")]
    [InlineData("actuellement", "actuel")]
    [InlineData("adroitement", "adroit")]
    [InlineData("affreuse", "affreux")]
    [InlineData("agneaux", "agneau")]
    [InlineData("animaux", "animal")]
    [InlineData("aiguës", "aigu")]
    [InlineData("appareillait", "appareil")]
    [InlineData("appuyaient", "appui")]
    [InlineData("ardemment", "ardemment")]
    [InlineData("assurément", "assur")]
    [InlineData("atrocement", "atroc")]
    [InlineData("attentivement", "attent")]
    [InlineData("augmentation", "augment")]
    public void Stem_PublishedVocabulary_MatchesPublishedStem(string word, string expected) =>
        Assert.Equal(expected, FrenchStemmer.Instance.Stem(word));

    [Fact]
    public void Stemmers_ForUnknownLanguage_FallsBackToIdentity() =>
        Assert.Equal("häuser", Stemmers.For("de").Stem("häuser"));
}
