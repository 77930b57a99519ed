using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

public sealed class TitleSignalTests
{
    private static readonly List<NewsBot.Core.Text.Sentence> Sentences = SentenceFactory.From(
        "# Overview",
        "The central bank raised its main rate to 4.5%, the highest level in fifteen years, on Thursday in Frankfurt.",
        "Markets had expected the move.");

    [Fact]
    public void Of_TitleDerivedFromFirstSentence_IsIgnored() =>
        Assert.Equal(string.Empty, TitleSignal.Of(new SummaryInput(1, "The central bank raised its main rate to 4.5%, the highest level…", "en", Sentences)));

    [Fact]
    public void Of_StatedHeadline_IsKept() =>
        Assert.Equal("ECB lifts rates again", TitleSignal.Of(new SummaryInput(1, "ECB lifts rates again", "en", Sentences)));

    [Fact]
    public void Of_EmptyTitle_IsEmpty() => Assert.Equal(string.Empty, TitleSignal.Of(new SummaryInput(1, " ", "en", Sentences)));
}
