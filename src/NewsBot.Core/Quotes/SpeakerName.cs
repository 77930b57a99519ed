using System.Globalization;
using System.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The comparison form of a speaker name, used to merge speakers across articles and languages and to answer
/// <c>/quote speaker:X</c>: honorifics dropped (Mr./Ms./Mrs./Dr./M./Mme/Mlle/Me), possessive dropped, accents folded, lower
/// case, punctuation and hyphens turned into single spaces. "Mme Ségolène Royal" and "segolene royal" give the same key.
/// </summary>
public static class SpeakerName
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Honorifics go only when a name follows them: "M" alone stays (it may be the whole query).
        var skip = 0;
        while (words.Length - skip > 1 && NameLexicon.Honorifics.ContainsKey(words[skip]))
        {
            skip++;
        }

        return string.Join(' ', words, skip, words.Length - skip);
    }

    /// <summary>Folds accents and case and keeps letters and digits; everything else separates words.</summary>
    private static string Fold(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        // Folding runs for every name of every article: build in a stack buffer rather than a StringBuilder.
        var builder = decomposed.Length <= 256 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is '\'' or '\u2019' && i + 1 < decomposed.Length && decomposed[i + 1] is 's' or 'S'
                && (i + 2 == decomposed.Length || !char.IsLetterOrDigit(decomposed[i + 2])))
            {
                i++; // possessive 's
                continue;
            }

            builder[length++] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        }

        return new string(builder[..length]).Replace("\u0153", "oe", StringComparison.Ordinal).Replace("\u00E6", "ae", StringComparison.Ordinal);
    }
}
