namespace NewsBot.Core.Text;

/// <summary>Character classes the sentence splitter needs: terminators, closing and opening quotes, and spaces inside « ».</summary>
internal static class SentencePunctuation
{
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '‽';

    /// <summary>Quotes and brackets that can open a sentence or a quotation.</summary>
    public static bool IsOpener(char c) => c is '«' or '“' or '‘' or '„' or '"' or '\'' or '(' or '[' or '‹' or '¿' or '¡';

    private static bool IsCloser(char c) => c is '»' or '”' or '’' or '"' or '\'' or ')' or ']' or '›';

    /// <summary>Spaces French typography puts inside guillemets: ordinary, no-break, narrow no-break, thin.</summary>
    private static bool IsInnerSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>
    /// Moves past closing quotes and brackets after a terminator: ." .” .») and the French ". »" with any kind of space.
    /// Only » and › may be preceded by spaces: a straight quote after a space opens the next quotation instead.
    /// </summary>
    public static int SkipClosers(string text, int i)
    {
        while (i < text.Length)
        {
            var j = i;
            while (j < text.Length && j - i < 3 && IsInnerSpace(text[j]))
            {
                j++;
            }

            if (j >= text.Length || !IsCloser(text[j]) || (j > i && text[j] is not ('»' or '›')))
            {
                return i;
            }

            // A straight quote or apostrophe closes only when nothing word-like follows it.
            if (text[j] is '"' or '\'' && j + 1 < text.Length && !char.IsWhiteSpace(text[j + 1]) && !IsCloser(text[j + 1]))
            {
                return i;
            }

            i = j + 1;
        }

        return i;
    }

    /// <summary>Can a sentence begin at this character? Upper-case letters, digits, opening quotes and dashes can.</summary>
    public static bool CanOpenSentence(string text, int i)
    {
        var c = text[i];
        if (char.IsLetter(c))
        {
            return !char.IsLower(c);
        }

        return char.IsDigit(c) || IsOpener(c) || c is '—' or '–' or '-' or '•' or '*';
    }
}
