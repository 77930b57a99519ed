using NewsBot.Core.Text;

namespace NewsBot.Tests.Core.Text;

public sealed class WordTokenizerTests
{
    private static string[] Words(string text) => [.. WordTokenizer.Tokenize(text).Select(t => t.Value)];

    [Fact]
    public void Tokenize_FrenchElision_SplitsCliticFromWord()
    {
        var tokens = WordTokenizer.Tokenize("l'agence qu’il jusqu'à");

        Assert.Equal(["l'", "agence", "qu’", "il", "jusqu'", "à"], tokens.Select(t => t.Value));
        Assert.Equal([true, false, true, false, true, false], tokens.Select(t => t.IsClitic));
    }

    [Fact]
    public void Tokenize_EnglishContractionsAndHyphens_StayWhole()
    {
        Assert.Equal(["don't", "O'Brien", "Jean-Pierre", "ont-elles", "state-of-the-art"],
            Words("don't O'Brien Jean-Pierre ont-elles state-of-the-art"));
    }

    [Fact]
    public void Tokenize_NumbersAndPunctuation_KeepsDecimalsDropsPunctuation()
    {
        Assert.Equal(["3.5", "3,5", "10,000", "euros", "fin"], Words("3.5 3,5 10,000 euros -- fin."));
    }

    [Fact]
    public void Tokenize_Offsets_PointAtTheWord()
    {
        const string text = "« Déjà vu », dit-il — naïve café";

        foreach (var token in WordTokenizer.Tokenize(text))
        {
            Assert.Equal(token.Value, text.Substring(token.Start, token.Length));
        }

        Assert.Equal(["Déjà", "vu", "dit-il", "naïve", "café"], Words(text));
    }

    [Fact]
    public void Tokenize_TrailingApostropheOrHyphen_IsNotPartOfWord()
    {
        Assert.Equal(["students", "pre"], Words("students' pre- "));
    }

    [Fact]
    public void CountWords_ElidedWord_CountsOnce()
    {
        Assert.Equal(3, WordTokenizer.CountWords("l'agence d'État russe"));
    }

    [Fact]
    public void Tokenize_NonLatinScripts_FindsWords()
    {
        Assert.Equal(["Москва", "東京", "Ελλάδα"], Words("Москва, 東京; Ελλάδα!"));
    }
}
