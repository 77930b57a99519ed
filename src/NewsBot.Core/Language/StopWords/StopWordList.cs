using System.Collections.Frozen;

namespace NewsBot.Core.Language.StopWords;

/// <summary>
/// Function words of a language (articles, pronouns, auxiliaries, prepositions), which carry no topic and are left out of
/// term vectors. Lookups are by lower-case word; elided forms ("l'", "qu'") are listed without the apostrophe.
/// </summary>
public sealed class StopWordList
{
    private readonly FrozenSet<string> _words;

    public StopWordList(string language, IEnumerable<string> words)
    {
        Language = language;
        _words = words.ToFrozenSet(StringComparer.Ordinal);
    }

    public static StopWordList Empty { get; } = new("und", []);

    public string Language { get; }

    public int Count => _words.Count;

    public bool Contains(string lowerCaseWord) => _words.Contains(lowerCaseWord);

    public bool Contains(ReadOnlySpan<char> lowerCaseWord) =>
        _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerCaseWord);
}
