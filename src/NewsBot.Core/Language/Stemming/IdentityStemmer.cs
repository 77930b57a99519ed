namespace NewsBot.Core.Language.Stemming;

/// <summary>The fallback for languages without a stemmer: words are compared as written (lower-cased by the caller).</summary>
public sealed class IdentityStemmer : IStemmer
{
    public static IdentityStemmer Instance { get; } = new();

    private IdentityStemmer()
    {
    }

    public string Stem(string word) => word;
}
