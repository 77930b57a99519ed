namespace NewsBot.Core.Quotes;

/// <summary>A word or a punctuation character of a sentence, with body offsets; <see cref="Lower"/> is the invariant lower case.</summary>
internal sealed record QuoteToken(int Start, int End, string Text, bool IsWord)
{
    public string Lower { get; } = LowerOf(Text);

    /// <summary>Starts with an upper-case letter ("Binance", "M.", "FSB"); digits and punctuation are not capitalised.</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsAllCaps => IsWord && Text.Length >= 2 && AllLettersUpper(Text);

    public bool Is(string punctuation) => !IsWord && Text == punctuation;

    /// <summary>A quotation mark of any family (" “ ” « » ‘ ’ '...), kept as a token of its own.</summary>
    public bool IsQuoteMark => !IsWord && QuoteMarks.IsQuoteMark(Text[0]);

    /// <summary>Has a letter and no lower-case one (a loop rather than LINQ: it is asked of every capitalised word).</summary>
    private static bool AllLettersUpper(string text)
    {
        var letter = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letter = true;
            }
        }

        return letter;
    }

    /// <summary>
    /// The invariant lower case, sharing <paramref name="text"/> when it is already lower case (most words and all punctuation):
    /// every token of every sentence gets one, so a copy each was a large share of extraction's allocations.
    /// </summary>
    private static string LowerOf(string text)
    {
        foreach (var c in text)
        {
            // Surrogate pairs may case-map as a pair; leave them to the full conversion.
            if (char.IsSurrogate(c) || char.ToLowerInvariant(c) != c)
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }
}
