using System.Collections.Concurrent;
using NewsBot.Core.Language.Stemming;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Remembers the stems of words already seen in a language, shared across threads: news reuses a small vocabulary, and
/// stemming every occurrence again would dominate the summarizer's time. Bounded so a stream of odd tokens cannot grow it forever.
/// </summary>
internal sealed class StemCache
{
    private const int MaxEntries = 200_000;
    private static readonly ConcurrentDictionary<string, StemCache> ByLanguage = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly IStemmer _stemmer;

    private StemCache(IStemmer stemmer) => _stemmer = stemmer;

    public static StemCache For(string language) =>
        ByLanguage.GetOrAdd(language, static l => new StemCache(Stemmers.For(l)));

    public string Stem(ReadOnlySpan<char> lowerCaseWord)
    {
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lowerCaseWord, out var stem))
        {
            return stem;
        }

        var word = lowerCaseWord.ToString();
        stem = _stemmer.Stem(word);
        if (_stems.Count < MaxEntries)
        {
            _stems.TryAdd(word, stem);
        }

        return stem;
    }
}
