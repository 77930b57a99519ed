using NewsBot.Core.Text;

namespace NewsBot.Tests.Core.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(r => text[r.Start..r.End])];

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in St. Louis. They talked.", "Mr. Smith met Dr. Jones in St. Louis.|They talked.")]
    [InlineData("J. K. Rowling wrote it. Fans cheered.", "J. K. Rowling wrote it.|Fans cheered.")]
    [InlineData("Growth was 3.5 percent. Prices rose.", "Growth was 3.5 percent.|Prices rose.")]
    [InlineData("He works for Apple Inc. and lives in Paris.", "He works for Apple Inc. and lives in Paris.")]
    [InlineData("She moved to the U.S. Treasury in May.", "She moved to the U.S. Treasury in May.")]
    [InlineData("Sales fell in the U.S. The company blamed rates.", "Sales fell in the U.S.|The company blamed rates.")]
    [InlineData("He said, \"We will win.\" The crowd cheered.", "He said, \"We will win.\"|The crowd cheered.")]
    [InlineData("“It is over.” Then he left.", "“It is over.”|Then he left.")]
    [InlineData("\"Why?\" he asked. Nobody answered.", "\"Why?\" he asked.|Nobody answered.")]
    [InlineData("Wait... What happened? Nothing!", "Wait...|What happened?|Nothing!")]
    [InlineData("He paused… and went on. Later he left.", "He paused… and went on.|Later he left.")]
    [InlineData("Write to press@example.com. We answer daily.", "Write to press@example.com.|We answer daily.")]
    [InlineData("See https://example.com/a.html for details. It is free.", "See https://example.com/a.html for details.|It is free.")]
    [InlineData("1. Open the box. 2. Read the manual.", "1. Open the box.|2. Read the manual.")]
    [InlineData("Martin Luther King Jr. spoke. He was brief.", "Martin Luther King Jr. spoke.|He was brief.")]
    [InlineData("Really?! That is huge. Yes.", "Really?!|That is huge.|Yes.")]
    [InlineData("The firm was founded in 2021. It grew fast.", "The firm was founded in 2021.|It grew fast.")]
    public void Split_EnglishTrickyCases_SplitsWhereAReaderWould(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Theory]
    [InlineData("M. Macron a parlé. Mme Dupont a répondu.", "M. Macron a parlé.|Mme Dupont a répondu.")]
    [InlineData("Le taux est de 3,5 %. Il baisse.", "Le taux est de 3,5 %.|Il baisse.")]
    [InlineData("Il a dit : « C'est fini. » Puis il est parti.", "Il a dit : « C'est fini. »|Puis il est parti.")]
    [InlineData("Il a dit : « C'est fini.\u00A0» Puis il est parti.", "Il a dit : « C'est fini.\u00A0»|Puis il est parti.")]
    [InlineData("Il a dit : «\u202FC'est fini.\u202F» Puis il est parti.", "Il a dit : «\u202FC'est fini.\u202F»|Puis il est parti.")]
    [InlineData("« Vraiment ?! » s'est-il exclamé. Personne n'a répondu.", "« Vraiment ?! » s'est-il exclamé.|Personne n'a répondu.")]
    [InlineData("Comment ont-elles commencé ? Le 22 avril, tout a basculé.", "Comment ont-elles commencé ?|Le 22 avril, tout a basculé.")]
    [InlineData("Des fruits, p. ex. les pommes, etc. Ensuite, on verra.", "Des fruits, p. ex. les pommes, etc.|Ensuite, on verra.")]
    [InlineData("Mlle Martin et Me Durand sont venus. La séance a repris.", "Mlle Martin et Me Durand sont venus.|La séance a repris.")]
    [InlineData("Il hésita… Puis il signa.", "Il hésita…|Puis il signa.")]
    public void Split_FrenchTrickyCases_SplitsWhereAReaderWould(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Fact]
    public void Split_UnbalancedQuotes_StillSplitsAtSentenceEnds()
    {
        var text = "He said \"this never ends. Then he left. « Pas de fin. Rien.";

        Assert.Equal(["He said \"this never ends.", "Then he left.", "« Pas de fin.", "Rien."], Sentences(text));
    }

    [Fact]
    public void Split_FiveMegabytesWithoutPunctuation_ReturnsBoundedPieces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1_000_000));

        var pieces = SentenceSplitter.Split(text);

        Assert.True(pieces.Count > 3000);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, SentenceSplitter.DefaultMaxLength));
        Assert.Equal(text.TrimEnd().Length, pieces[^1].End);
    }

    [Fact]
    public void Split_LongRunWithoutSpaces_CutsHard()
    {
        var text = new string('x', 10_000);

        var pieces = SentenceSplitter.Split(text, maxLength: 1000);

        Assert.Equal(10, pieces.Count);
        Assert.Equal(10_000, pieces.Sum(p => p.Length));
    }

    [Fact]
    public void Split_EmptyOrWhitespace_ReturnsNothing()
    {
        Assert.Empty(SentenceSplitter.Split("   \n "));
    }
}
