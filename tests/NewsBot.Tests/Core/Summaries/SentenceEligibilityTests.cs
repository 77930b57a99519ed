using NewsBot.Core.Summaries;
using NewsBot.Core.Text;

namespace NewsBot.Tests.Core.Summaries;

public sealed class SentenceEligibilityTests
{
    [Theory]
    [InlineData("We know how to look,\" she said after the panel on Tuesday.", false)]
    [InlineData("Nous savons où chercher », a-t-elle déclaré mardi soir.", false)]
    [InlineData("It was a decade of work” for the whole team, she said.", false)]
    [InlineData("\"We know where to look.", true)]
    [InlineData("The scientist said \"we are close\" to finding life beyond Earth.", true)]
    [InlineData("Scientists say the \"Star Trek\"-type aliens are unlikely to be found soon.", true)]
    [InlineData("« Nous savons où chercher », a déclaré la scientifique mardi.", true)]
    public void IsEligible_QuotationPieces_RefusesOnlyTails(string text, bool expected) =>
        Assert.Equal(expected, SentenceEligibility.IsEligible(new Sentence(0, 0, 0, text.Length, text, IsHeading: false)));
}
