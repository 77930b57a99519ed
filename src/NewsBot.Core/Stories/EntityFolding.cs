using System.Globalization;
using System.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// The form entities are compared in: lower case, accents removed ("Émirats" and "Emirats" are one), a possessive
/// "'s" dropped ("Navalny's" is Navalny), and typographic apostrophes and dashes made plain.
/// </summary>
internal static class EntityFolding
{
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == 'ß')
            {
                builder.Append("ss");
                continue;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        var folded = builder.ToString();
        return folded.EndsWith("'s", StringComparison.Ordinal) && folded.Length > 3 ? folded[..^2]
            : folded.EndsWith('\'') ? folded[..^1] : folded;
    }
}
