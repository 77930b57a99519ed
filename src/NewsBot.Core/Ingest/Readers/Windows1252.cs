namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Decodes Windows-1252, the encoding of most "Latin-1" text files: ISO-8859-1 plus typographic quotes, dashes, the euro
/// sign and a few letters in 0x80-0x9F. Written out here because .NET Core ships only the code page provider package for it.
/// </summary>
internal static class Windows1252
{
    private const string High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string Decode(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (chars, data) =>
        {
            for (var i = 0; i < data.Length; i++)
            {
                var b = data[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            }
        });
}
