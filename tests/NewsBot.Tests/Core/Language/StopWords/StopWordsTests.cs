using NewsBot.Core.Language.StopWords;

namespace NewsBot.Tests.Core.Language.StopWords;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData("en", "the", true)]
    [InlineData("en", "exchange", false)]
    [InlineData("fr", "les", true)]
    [InlineData("fr", "été", true)]
    [InlineData("fr", "plateforme", false)]
    [InlineData("de", "und", true)]
    [InlineData("es", "los", true)]
    public void Contains_Word_KnowsFunctionWords(string language, string word, bool expected) =>
        Assert.Equal(expected, NewsBot.Core.Language.StopWords.StopWords.For(language).Contains(word));

    [Fact]
    public void For_UnknownLanguage_IsEmpty() => Assert.Equal(0, NewsBot.Core.Language.StopWords.StopWords.For("und").Count);

    [Fact]
    public void Contains_Span_MatchesStringLookup() =>
        Assert.True(NewsBot.Core.Language.StopWords.StopWords.For("en").Contains("the".AsSpan()));
}
