using System.Text;

namespace NewsBot.Core.Search;

/// <summary>
/// Parses what a person types into a search box: words, <c>"quoted phrases"</c>, <c>-excluded</c> words or phrases and
/// <c>prefix*</c>. Everything else is punctuation: operators (AND, OR, NEAR), parentheses, column filters and SQL are read as
/// plain words or dropped, so no input can reach the full-text engine as syntax. An unclosed quote runs to the end.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 300;
    public const int MaxTerms = 16;

    /// <summary>
    /// The fewest letters a prefix takes. The index keeps 3-letter prefixes (migration 010); a shorter one matches hundreds
    /// of words ("de*") and would have to merge all their lists. It is searched as a whole word, and the query says so.
    /// </summary>
    public const int MinPrefixLength = 3;

    public static SearchQuery Parse(string? text)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            return new SearchQuery(text, [], $"The query is {text.Length} characters long; keep it under {MaxLength}.");
        }

        var terms = new List<SearchTerm>();
        var notes = new List<string>();
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            var term = text[i] == '"' ? ReadPhrase(text, ref i, excluded) : ReadWord(text, ref i, excluded, notes);
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        var problem = terms.Count == 0 ? "Type one or more words to search for."
            : terms.All(t => t.Excluded) ? "Add a word to look for: a leading '-' only leaves words out."
            : null;
        return new SearchQuery(text, terms, problem) { Notes = notes };
    }

    private static SearchTerm? ReadPhrase(string text, ref int i, bool excluded)
    {
        var close = text.IndexOf('"', i + 1);
        var end = close < 0 ? text.Length : close;
        var words = Words(text.AsSpan(i + 1, end - i - 1));
        i = close < 0 ? text.Length : close + 1;
        return words.Count switch
        {
            0 => null,
            1 => new SearchTerm(SearchTermKind.Word, words[0], excluded),
            _ => new SearchTerm(SearchTermKind.Phrase, string.Join(' ', words), excluded),
        };
    }

    private static SearchTerm? ReadWord(string text, ref int i, bool excluded, List<string> notes)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
        {
            i++;
        }

        var raw = text.AsSpan(start, i - start);
        var prefix = raw.EndsWith("*");
        var words = Words(raw);
        if (words.Count == 0)
        {
            return null;
        }

        // "U.S." or "e-mail" are several tokens to the index: search them as a phrase, as the index stored them.
        if (words.Count > 1)
        {
            return new SearchTerm(SearchTermKind.Phrase, string.Join(' ', words), excluded);
        }

        if (prefix && words[0].Length < MinPrefixLength)
        {
            notes.Add($"`{words[0]}*` was searched as the word `{words[0]}`: a prefix needs at least {MinPrefixLength} letters.");
            return new SearchTerm(SearchTermKind.Word, words[0], excluded);
        }

        return new SearchTerm(prefix ? SearchTermKind.Prefix : SearchTermKind.Word, words[0], excluded);
    }

    /// <summary>Runs of letters and digits: the same units the index's unicode61 tokenizer keeps.</summary>
    private static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
