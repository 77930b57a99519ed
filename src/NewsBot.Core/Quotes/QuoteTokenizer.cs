namespace NewsBot.Core.Quotes;

/// <summary>
/// Splits a stretch of the body into words and single punctuation characters in linear time. Unlike the search tokenizer it
/// keeps punctuation (commas and colons carry the syntax of attribution), keeps the point of abbreviations ("M.", "Inc.")
/// of initials ("T. J. Parker") and of domain names ("Actucrypto.info"), and splits French elisions ("l'", "qu'") off the word they lean on.
/// </summary>
internal static class QuoteTokenizer
{
    private static readonly HashSet<string> Elided = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
    };

    private static readonly HashSet<string> DottedAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "m", "prof", "inc", "corp", "ltd", "co", "jr", "sr", "gen", "gov", "sen", "rep", "pr", "st",
        "mme", "mlle", "me", "mgr", "messrs", "lt", "col", "sgt", "capt", "cie",
    };

    public static List<QuoteToken> Tokenize(string body, int start, int end)
    {
        // About one token per five characters of news text: sized once instead of grown (and copied) four or five times.
        var tokens = new List<QuoteToken>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var wordStart = i;
                i = ScanWord(body, i, end);
                AddWord(body, wordStart, i, tokens);
            }
            else
            {
                tokens.Add(new QuoteToken(i, i + 1, Punctuation(c), IsWord: false));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>Punctuation tokens share one string per ASCII character instead of allocating one per occurrence.</summary>
    private static readonly string[] AsciiPunctuation = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string Punctuation(char c) => c < AsciiPunctuation.Length ? AsciiPunctuation[c] : c.ToString();

    private static int ScanWord(string body, int i, int end)
    {
        var wordStart = i;
        while (i < end)
        {
            var c = body[i];
            if (char.IsUpper(c) && i > wordStart && i + 1 < end && char.IsLower(body[i + 1]) && GluedBreaks.IsGluedWord(body, i))
            {
                break; // "restent prudentsMarie Lacoste": a sub-heading glued to the next sentence's first word
            }

            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '\'' or '\u2019' or '-' or '\u2011' && i + 1 < end && char.IsLetterOrDigit(body[i + 1]))
            {
                i++;
            }
            else if (c is '.' && i + 1 < end && char.IsLetter(body[i + 1]) && char.IsLower(body[i + 1]) && i + 2 < end && char.IsLetter(body[i + 2]))
            {
                i++; // "Actucrypto.info", "e.g" stays one word
            }
            else if (c is '.' && (DottedAbbreviations.Contains(body[wordStart..i]) || (i - wordStart == 1 && char.IsUpper(body[wordStart]))))
            {
                return i + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static void AddWord(string body, int start, int end, List<QuoteToken> tokens)
    {
        var apostrophe = body.AsSpan(start, end - start).IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && apostrophe <= 6 && Elided.Contains(body.Substring(start, apostrophe)))
        {
            tokens.Add(new QuoteToken(start, start + apostrophe + 1, body.Substring(start, apostrophe + 1), IsWord: true));
            start += apostrophe + 1;
        }

        tokens.Add(new QuoteToken(start, end, body[start..end], IsWord: true));
    }
}
