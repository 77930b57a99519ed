namespace NewsBot.Core.Language.Stemming;

/// <summary>Reduces a lower-case word to its stem, so that inflected forms of one word count as the same term.</summary>
public interface IStemmer
{
    /// <summary>The stem of <paramref name="word"/>, which must already be lower-case.</summary>
    string Stem(string word);
}
