namespace NewsBot.Core.Language.Detection;

/// <summary>Detects the language of a text, offline. Returns "und" when the text gives too little evidence.</summary>
public interface ILanguageDetector
{
    LanguageGuess Detect(string text);
}
