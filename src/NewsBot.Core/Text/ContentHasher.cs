using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// The identity of an article's content: SHA-256 (lower-case hex) of its title and body, NFC-normalised with every whitespace
/// run collapsed to one space, so re-reading the same article with different line endings or spacing gives the same hash.
/// </summary>
public static class ContentHasher
{
    public static string Hash(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var normalized = Collapse(title) + "\n" + Collapse(body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static string Collapse(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var inSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            inSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
