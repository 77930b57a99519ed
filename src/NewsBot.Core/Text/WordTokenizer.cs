using System.Globalization;

namespace NewsBot.Core.Text;

/// <summary>
/// Splits text into words with offsets. A word is a run of letters, marks and digits; an apostrophe or hyphen joins two such
/// runs ("don't", "Jean-Pierre", "ont-elles"), and a point or comma joins two digit runs ("3.5", "10,000").
/// French elisions ("l'agence", "qu'il", "jusqu'à") are split into a clitic token and the word, whatever the language, because
/// those prefixes are not English words anyway. Runs in linear time and never allocates more than the tokens it returns.
/// </summary>
public static class WordTokenizer
{
    private static readonly HashSet<string> ElidedPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    };

    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            i = ScanWord(text, i);
            AddWithElision(text, start, i, tokens);
        }

        return tokens;
    }

    /// <summary>Counts words as a reader would: an elided "l'agence" is one word.</summary>
    /// <remarks>Counts what <see cref="Tokenize"/> finds without building the tokens: every scanned word yields exactly one
    /// token that is not a clitic (elision only splits clitics off its front).</remarks>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            i = ScanWord(text, i);
            count++;
        }

        return count;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            if (IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }

            // A joiner stays inside the word only when a word character follows it.
            if (i + 1 < text.Length && IsJoiner(text, i) && IsWordChar(text, i + 1))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsJoiner(string text, int i)
    {
        var c = text[i];
        if (c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011')
        {
            return i > 0 && IsWordChar(text, i - 1);
        }

        // 3.5, 3,5, 10,000: only between digits.
        return c is '.' or ',' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);
    }

    private static void AddWithElision(string text, int start, int end, List<WordToken> tokens)
    {
        var apostrophe = text.AsSpan(start, end - start).IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && apostrophe <= 6 && ElidedPrefixes.Contains(text.Substring(start, apostrophe)))
        {
            var split = start + apostrophe + 1;
            tokens.Add(new WordToken(start, split - start, text[start..split], IsClitic: true));
            AddWithElision(text, split, end, tokens);
            return;
        }

        tokens.Add(new WordToken(start, end - start, text[start..end], IsClitic: false));
    }

    internal static bool IsWordChar(string text, int i)
    {
        var category = char.GetUnicodeCategory(text, i);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
