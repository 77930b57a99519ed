using NewsBot.Core.Text;

namespace NewsBot.Tests.Core.Text;

public sealed class HeadlineTests
{
    [Theory]
    [InlineData("Just-In: Binance Denies Sharing User Data", "Binance Denies Sharing User Data")]
    [InlineData("BREAKING: Parliament votes to dissolve", "Parliament votes to dissolve")]
    [InlineData("Dernière minute : le gouvernement démissionne", "le gouvernement démissionne")]
    [InlineData("Update: Two killed", "Update: Two killed")]
    [InlineData("Live music returns to Paris", "Live music returns to Paris")]
    public void Trim_TickerLabel_RemovedWhenEnoughRemains(string headline, string expected)
    {
        Assert.Equal(expected, HeadlinePrefix.Trim(headline));
    }

    [Theory]
    [InlineData("Central bank raises rates again", true)]
    [InlineData("Will the euro survive the winter?", true)]
    [InlineData("Bitcoin falls again.", true)]
    [InlineData("The central bank raised its main rate by half a point on Thursday, the third rise this year.", false)]
    [InlineData("Share this article", false)]
    public void IsHeadline_FirstLine_ReadsAsHeadlineOrNot(string line, bool expected)
    {
        Assert.Equal(expected, TitleSelector.IsHeadline(line));
    }

    [Fact]
    public void Derive_LongFirstSentence_CutAtWordBoundaryWithEllipsis()
    {
        var paragraph = "Binance a répondu aux allégations selon lesquelles la plateforme partageait les données de ses "
            + "utilisateurs avec les régulateurs russes. Autre phrase.";

        var title = TitleSelector.Derive(paragraph);

        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.True(title.Length <= 101, title);
        Assert.StartsWith(title[..^1], paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("Autre", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_ShortFirstSentence_IsTheTitleWithoutFullStop()
    {
        Assert.Equal("Rates rose", TitleSelector.Derive("Rates rose. Markets fell."));
    }
}
