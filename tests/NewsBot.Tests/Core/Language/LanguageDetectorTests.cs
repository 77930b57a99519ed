using NewsBot.Core.Language.Detection;

namespace NewsBot.Tests.Core.Language;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _detector = new();

    [Theory]
    [InlineData("en", "The government said on Tuesday that it would not raise taxes this year, despite pressure from the opposition.")]
    [InlineData("en", "Shares in the company fell sharply after it warned that profits would be lower than expected.")]
    [InlineData("fr", "Le gouvernement a annoncé mardi qu'il n'augmenterait pas les impôts cette année, malgré la pression de l'opposition.")]
    [InlineData("fr", "Les actions de l'entreprise ont chuté après l'annonce d'un bénéfice plus faible que prévu.")]
    [InlineData("de", "Die Regierung hat am Dienstag erklärt, dass sie die Steuern in diesem Jahr nicht erhöhen wird.")]
    [InlineData("de", "Nach der Warnung des Unternehmens fielen die Aktien deutlich, weil der Gewinn niedriger ausfallen könnte.")]
    [InlineData("es", "El gobierno anunció el martes que no subirá los impuestos este año, a pesar de la presión de la oposición.")]
    [InlineData("es", "Las acciones de la empresa cayeron después de que advirtiera que sus beneficios serían menores.")]
    [InlineData("it", "Il governo ha annunciato martedì che non aumenterà le tasse quest'anno, nonostante la pressione dell'opposizione.")]
    [InlineData("it", "Le azioni della società sono crollate dopo che ha avvertito che gli utili sarebbero stati più bassi.")]
    [InlineData("pt", "O governo anunciou na terça-feira que não vai aumentar os impostos este ano, apesar da pressão da oposição.")]
    [InlineData("pt", "As ações da empresa caíram depois de ela avisar que os lucros seriam menores do que o esperado.")]
    [InlineData("nl", "De regering heeft dinsdag gezegd dat zij de belastingen dit jaar niet zal verhogen, ondanks de druk van de oppositie.")]
    [InlineData("nl", "De aandelen van het bedrijf daalden nadat het had gewaarschuwd dat de winst lager zou uitvallen.")]
    public void Detect_NewsSentence_FindsItsLanguage(string expected, string sentence)
    {
        var guess = _detector.Detect(sentence);

        Assert.Equal(expected, guess.Language);
        Assert.InRange(guess.Confidence, 0.3, 1.0);
    }

    [Theory]
    [InlineData("en", "What is the price of bitcoin today?")]
    [InlineData("fr", "Où est la gare ?")]
    [InlineData("de", "Wo ist der Bahnhof?")]
    [InlineData("es", "¿Dónde está la estación?")]
    public void Detect_ShortString_StillFindsItsLanguage(string expected, string text)
    {
        Assert.Equal(expected, _detector.Detect(text).Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 67.8")]
    [InlineData("Binance")]
    [InlineData("BTC ETH USDT")]
    public void Detect_TooLittleEvidence_ReturnsUnd(string text)
    {
        var guess = _detector.Detect(text);

        Assert.Equal(LanguageGuess.Undetermined, guess.Language);
        Assert.Equal(0, guess.Confidence);
    }

    [Fact]
    public void Detect_MostlyFrenchWithEnglishQuote_FrenchWithLowerConfidence()
    {
        const string french = "Le ministre a déclaré que la situation était sous contrôle et que les mesures seraient maintenues "
            + "pendant plusieurs semaines, selon un communiqué publié dans la soirée.";
        const string mixed = french + " He said: \"We are watching the situation closely.\"";

        var pure = _detector.Detect(french);
        var guess = _detector.Detect(mixed);

        Assert.Equal("fr", guess.Language);
        Assert.True(guess.Confidence < pure.Confidence, $"{guess.Confidence} vs {pure.Confidence}");
    }

    [Fact]
    public void Detect_LongerText_MoreConfidentThanOneShortSentence()
    {
        const string sentence = "The company said that it was not aware of any breach.";

        var shortGuess = _detector.Detect("It was not the end.");
        var longGuess = _detector.Detect(string.Join(' ', Enumerable.Repeat(sentence, 5)));

        Assert.True(longGuess.Confidence > shortGuess.Confidence);
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("EN", "en")]
    [InlineData("fre", "fr")]
    [InlineData("pt_BR", "pt")]
    [InlineData("", null)]
    [InlineData("french", null)]
    public void Normalize_LanguageTag_TwoLetterCodeOrNull(string tag, string? expected)
    {
        Assert.Equal(expected, LanguageCodes.Normalize(tag));
    }
}
