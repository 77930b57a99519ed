using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

public sealed class SentenceTextTests
{
    [Theory]
    [InlineData("Scroll down for video The Prime Minister said Labour had left the economy weak.", "The Prime Minister said Labour had left the economy weak.")]
    [InlineData("(CNN)They may be close to finding alien life, a NASA scientist says.", "They may be close to finding alien life, a NASA scientist says.")]
    [InlineData("LONDON, England (Reuters) -- Shares rose.", "Shares rose.")]
    [InlineData("Scrolling down the list, voters found three names.", "Scrolling down the list, voters found three names.")]
    public void ForDisplay_Furniture_IsRemovedAndProseKept(string stored, string expected) =>
        Assert.Equal(expected, SentenceText.ForDisplay(stored));
}
