using System.Text;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Turns file bytes into text, one policy everywhere: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8; bytes that are
/// not UTF-8 but contain no UTF-8 sequence at all are read as Windows-1252 (a superset of Latin-1, what such files almost
/// always are). Anything else is rejected with a reason rather than decoded with replacement characters: a broken byte
/// silently turned into "�" would be indexed, searched and quoted as if it were the author's text.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return CheckText(encoding.GetString(bytes[2..]));
        }

        return DecodeUtf8(bytes);
    }

    private static (string? Text, string? Problem) DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return CheckText(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            if (!HasUtf8Sequence(bytes))
            {
                return CheckText(Windows1252.Decode(bytes));
            }

            var offset = e.Index >= 0 ? $" near byte {e.Index}" : string.Empty;
            return (null, $"is not valid UTF-8{offset} (mixed or corrupt encoding); save it as UTF-8 and index it again");
        }
    }

    /// <summary>Text full of control characters is a binary format that happens to have no NUL byte.</summary>
    private static (string? Text, string? Problem) CheckText(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, "looks like a binary file (it contains NUL bytes), not text");
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > 8 && controls > text.Length / 100
            ? (null, "looks like a binary file (control characters), not text")
            : (text, null);
    }

    /// <summary>Does the data hold at least one well-formed multi-byte UTF-8 sequence? Then it is UTF-8 with damage, not Latin-1.</summary>
    private static bool HasUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var b = bytes[i];
            var length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length <= bytes.Length && IsContinuation(bytes.Slice(i + 1, length - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContinuation(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
