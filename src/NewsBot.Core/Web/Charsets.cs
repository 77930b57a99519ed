using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Core.Ingest.Readers;

namespace NewsBot.Core.Web;

/// <summary>
/// Character set detection for fetched documents. Legacy code pages (Windows-1251, ISO-8859-2, Shift_JIS, ...) come from
/// the runtime's code-pages provider, registered once. Unknown names are ignored rather than fatal: the bytes still decode
/// by the UTF-8 / Windows-1252 policy of the file readers.
/// </summary>
public static partial class Charsets
{
    private static readonly Lazy<bool> Registration = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureRegistered() => _ = Registration.Value;

    /// <summary>The encoding for a charset label (HTTP, XML or HTML), or null when the label is unknown or empty.</summary>
    public static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        EnsureRegistered();
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            // A UTF-8 label must not add a BOM or hide errors differently from the default decoder.
            return encoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding named in an XML declaration (<c>&lt;?xml version="1.0" encoding="..."?&gt;</c>), if any.</summary>
    public static string? XmlDeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 256)]);
        var match = XmlDeclaration().Match(head);
        return match.Success ? match.Groups["enc"].Value : null;
    }

    /// <summary>
    /// An HTML page's text: a BOM wins, then the HTTP charset, then a &lt;meta charset&gt; in the first 4 KB, then the
    /// UTF-8 / Windows-1252 policy.
    /// </summary>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUnknown(bytes);
        }

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var meta = MetaCharset().Match(head);
        var encoding = Find(httpCharset) ?? (meta.Success ? Find(meta.Groups["enc"].Value) : null);
        return encoding is null ? DecodeUnknown(bytes) : encoding.GetString(bytes);
    }

    /// <summary>Bytes of no stated encoding: BOM, else strict UTF-8, else Windows-1252; damaged UTF-8 keeps replacement characters.</summary>
    public static string DecodeUnknown(ReadOnlySpan<byte> bytes)
    {
        var (text, _) = TextDecoding.Decode(bytes);
        return text ?? Encoding.UTF8.GetString(bytes);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""'](?<enc>[A-Za-z0-9._:-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<enc>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
