using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Normalises one line or paragraph of scraped text: Unicode NFC, control and zero-width characters removed, whitespace
/// runs collapsed to one space (a run made only of no-break spaces stays one no-break space, as French typography needs).
/// </summary>
public static class TextNormalizer
{
    public static string NormalizeLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = '\0';
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                // Any ordinary space in the run wins; a run of only no-break spaces keeps its first one.
                pendingSpace = !IsNoBreak(c) ? ' ' : pendingSpace == '\0' ? c : pendingSpace;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace != '\0' && builder.Length > 0)
            {
                builder.Append(pendingSpace);
            }

            pendingSpace = '\0';
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsNoBreak(char c) => c is '\u00A0' or '\u202F';

    /// <summary>Control characters, zero-width spaces and joiners, BOMs and replacement markers carry no text.</summary>
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
