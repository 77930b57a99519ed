namespace NewsBot.Core.Quotes;

/// <summary>A word or a punctuation character of a sentence, with body offsets; <see cref="Lower"/> is the invariant lower case.</summary>
internal sealed record QuoteToken(int Start, int End, string Text, bool IsWord)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>Starts with an upper-case letter ("Binance", "M.", "FSB"); digits and punctuation are not capitalised.</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsAllCaps => IsWord && Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);

    public bool Is(string punctuation) => !IsWord && Text == punctuation;
}
