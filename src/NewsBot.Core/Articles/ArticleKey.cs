using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Articles;

/// <summary>
/// The short id a person can type for an article: Crockford base32 (no i, l, o, u, so it is hard to mistype) of the SHA-256 of
/// the article's source. The same source always gets the same key, so ids survive re-indexing and a rebuilt database.
/// Seven characters (35 bits) make a clash unlikely below millions of articles; the store lengthens a key that clashes.
/// </summary>
public static class ArticleKey
{
    public const int DefaultLength = 7;
    public const int MaxLength = 16;
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string For(string source, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        var key = new StringBuilder(length);
        var buffer = 0;
        var bits = 0;
        foreach (var b in hash)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5 && key.Length < length)
            {
                key.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }

            if (key.Length == length)
            {
                break;
            }
        }

        return key.ToString();
    }

    /// <summary>True when <paramref name="text"/> could be a key: what a lookup tries first before falling back to titles.</summary>
    public static bool LooksLikeKey(string text) =>
        text.Length is >= 4 and <= MaxLength && text.All(c => Alphabet.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
}
