using NewsBot.Core.Language.Stemming;

namespace NewsBot.Tests.Core.Language.Stemming;

/// <summary>Pairs from the Snowball English (Porter2) sample vocabulary and its published output.</summary>
public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consistency", "consist")]
    [InlineData("consistently", "consist")]
    [InlineData("consolation", "consol")]
    [InlineData("consolatory", "consolatori")]
    [InlineData("consolidated", "consolid")]
    [InlineData("consolingly", "consol")]
    [InlineData("consonant", "conson")]
    [InlineData("conspicuously", "conspicu")]
    [InlineData("conspiracy", "conspiraci")]
    [InlineData("conspirators", "conspir")]
    [InlineData("constable", "constabl")]
    [InlineData("constancy", "constanc")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("knaves", "knave")]
    [InlineData("kneaded", "knead")]
    [InlineData("kneeling", "kneel")]
    [InlineData("knightly", "knight")]
    [InlineData("knitting", "knit")]
    [InlineData("knives", "knive")]
    [InlineData("knocker", "knocker")]
    [InlineData("generously", "generous")]
    [InlineData("communism", "communism")]
    [InlineData("arsenal", "arsenal")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("inning", "inning")]
    [InlineData("proceed", "proceed")]
    [InlineData("cried", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("kiwis", "kiwi")]
    [InlineData("hopping", "hop")]
    [InlineData("hoped", "hope")]
    [InlineData("luxuriated", "luxuri")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("happily", "happili")]
    [InlineData("sensational", "sensat")]
    [InlineData("hopefulness", "hope")]
    [InlineData("national", "nation")]
    [InlineData("crypto", "crypto")]
    [InlineData("exchange's", "exchang")]
    [InlineData("youth", "youth")]
    [InlineData("sayings", "say")]
    public void Stem_PublishedVocabulary_MatchesPublishedStem(string word, string expected) =>
        Assert.Equal(expected, EnglishStemmer.Instance.Stem(word));

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    public void Stem_TwoLettersOrFewer_Unchanged(string word) =>
        Assert.Equal(word, EnglishStemmer.Instance.Stem(word));
}
