using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

public sealed class SummaryLengthTests
{
    [Theory]
    [InlineData(SummaryLengthPreset.Short, 4, 1)]
    [InlineData(SummaryLengthPreset.Short, 30, 2)]
    [InlineData(SummaryLengthPreset.Medium, 4, 2)]
    [InlineData(SummaryLengthPreset.Medium, 30, 4)]
    [InlineData(SummaryLengthPreset.Medium, 400, 5)]
    [InlineData(SummaryLengthPreset.Long, 30, 6)]
    [InlineData(SummaryLengthPreset.Long, 400, 10)]
    [InlineData(SummaryLengthPreset.Long, 2, 2)]
    public void Resolve_Preset_AdaptsToArticleLength(SummaryLengthPreset preset, int candidates, int expected) =>
        Assert.Equal(expected, SummaryLength.Of(preset).Resolve(candidates));

    [Fact]
    public void Resolve_ExactCount_NeverExceedsArticle() => Assert.Equal(2, SummaryLength.Of(5).Resolve(2));

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Of_OutOfRange_Throws(int sentences) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryLength.Of(sentences));

    [Theory]
    [InlineData("short", true)]
    [InlineData("LONG", true)]
    [InlineData("2", false)]
    [InlineData("huge", false)]
    public void TryParsePreset_Text_RecognisesNamesOnly(string text, bool expected) =>
        Assert.Equal(expected, SummaryLength.TryParsePreset(text, out _));
}
