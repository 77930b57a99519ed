namespace NewsBot.Core.Language.Stemming;

/// <summary>Picks the stemmer for an ISO 639-1 language code; languages without one fall back to unstemmed words.</summary>
public static class Stemmers
{
    public static IStemmer For(string? language) => language?.ToLowerInvariant() switch
    {
        "en" => EnglishStemmer.Instance,
        "fr" => FrenchStemmer.Instance,
        _ => IdentityStemmer.Instance,
    };
}
