namespace NewsBot.Core.Quotes;

/// <summary>
/// What the quoted words themselves say: direct or partial, and whether they are a quotation at all rather than scare
/// quotes (one to three words with no speech cue), a title of a work ("the film “...”", title-case words) or a label
/// ("so-called", "soi-disant").
/// </summary>
internal static class QuoteShape
{
    private const int ScareQuoteWords = 3;
    private const int LabelWords = 6;

    /// <summary>
    /// Partial when the quote continues a sentence in lower case ("a qualifié de « catégoriquement fausses »",
    /// "déclarant à un associé « qu'il ... »") or is a short fragment inside it; direct otherwise.
    /// </summary>
    public static QuoteKind Kind(ReadOnlySpan<char> content, IReadOnlyList<QuoteToken> t, int mark)
    {
        var midSentence = mark > 0 && t[mark - 1].IsWord;
        if (!midSentence)
        {
            return QuoteKind.Direct;
        }

        var first = '\0';
        foreach (var c in content)
        {
            if (char.IsLetterOrDigit(c))
            {
                first = c;
                break;
            }
        }

        var trimmed = content.TrimEnd();
        var endsSentence = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '\u2026';
        return char.IsLower(first) || (WordCount(content, LabelWords + 1) <= LabelWords && !endsSentence)
            ? QuoteKind.Partial
            : QuoteKind.Direct;
    }

    /// <param name="namedByAgent">The fragment is a name given by someone ("was dubbed 'X' by Y"), so not a title.</param>
    public static bool IsQuotation(string content, IReadOnlyList<QuoteToken> t, int mark, bool hasCue, bool namedByAgent = false)
    {
        var words = WordCount(content, LabelWords + 1);
        var sentence = char.IsUpper(content.FirstOrDefault(char.IsLetterOrDigit)) && content.TrimEnd().LastOrDefault() is '.' or '!' or '?';
        if (words <= ScareQuoteWords && !hasCue && !sentence)
        {
            return false;
        }

        var previous = mark - 1;
        while (previous >= 0 && t[previous].IsWord && SyntaxLexicon.Determiners.Contains(t[previous].Lower))
        {
            previous--;
        }

        // "un livre « qui réécrit l'histoire »": a relative clause describes the work, it is not its title.
        if (!namedByAgent && words <= LabelWords && previous >= 0 && SyntaxLexicon.TitleCues.Contains(t[previous].Lower) && !StartsWithRelative(content))
        {
            return false;
        }

        return hasCue || words > LabelWords || !IsTitleCase(content);
    }

    /// <summary>Counts words up to <paramref name="cap"/>, so a quote spanning the whole article costs no more than a short one.</summary>
    public static int WordCount(ReadOnlySpan<char> content, int cap)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in content)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++count >= cap)
            {
                return count;
            }

            inWord = letter || (inWord && c is '\'' or '\u2019' or '-');
        }

        return count;
    }

    private static bool StartsWithRelative(string content)
    {
        var end = 0;
        while (end < content.Length && char.IsLetter(content[end]))
        {
            end++;
        }

        return content.AsSpan(0, end) is "qui" or "que" or "dont" or "who" or "which" or "that" || content.StartsWith("qu'", StringComparison.Ordinal)
            || content.StartsWith("qu\u2019", StringComparison.Ordinal);
    }

    private static bool IsTitleCase(string content)
    {
        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Count(w => char.IsUpper(w[0])) * 2 > words.Length
            && content.TrimEnd().LastOrDefault() is not ('.' or '!' or '?' or ',');
    }
}
