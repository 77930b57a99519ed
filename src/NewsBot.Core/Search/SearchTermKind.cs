namespace NewsBot.Core.Search;

/// <summary>How one part of a search query matches.</summary>
public enum SearchTermKind
{
    /// <summary>A word that must appear (diacritics and case do not matter).</summary>
    Word,

    /// <summary>Words that must appear together, in order: <c>"central bank"</c>.</summary>
    Phrase,

    /// <summary>Any word starting with the text: <c>crypt*</c>.</summary>
    Prefix,
}
