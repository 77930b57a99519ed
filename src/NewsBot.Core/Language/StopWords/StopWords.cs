namespace NewsBot.Core.Language.StopWords;

/// <summary>The stopword list for an ISO 639-1 language; languages without one get an empty list, so every word counts.</summary>
public static class StopWords
{
    private static readonly Dictionary<string, StopWordList> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("en", EnglishStopWords.Words),
        ["fr"] = new("fr", FrenchStopWords.Words),
        ["de"] = new("de", GermanStopWords.Words),
        ["es"] = new("es", SpanishStopWords.Words),
    };

    public static StopWordList For(string? language) =>
        language is not null && Lists.TryGetValue(language, out var list) ? list : StopWordList.Empty;
}
