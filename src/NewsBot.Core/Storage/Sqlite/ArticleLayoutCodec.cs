using System.Buffers.Binary;
using NewsBot.Core.Text;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Packs an article's paragraph and sentence offsets into one blob stored beside its body: a version byte, the counts, then
/// little-endian int32 fields (paragraph: start, end, heading; sentence: paragraph, start, end, heading). Texts are not
/// stored twice; they are cut from the body when read.
/// </summary>
internal static class ArticleLayoutCodec
{
    private const byte Version = 1;

    public static byte[] Encode(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        var bytes = new byte[1 + 8 + (paragraphs.Count * 12) + (sentences.Count * 16)];
        bytes[0] = Version;
        var span = bytes.AsSpan(1);
        Write(ref span, paragraphs.Count);
        Write(ref span, sentences.Count);
        foreach (var p in paragraphs)
        {
            Write(ref span, p.Start);
            Write(ref span, p.End);
            Write(ref span, p.IsHeading ? 1 : 0);
        }

        foreach (var s in sentences)
        {
            Write(ref span, s.Paragraph);
            Write(ref span, s.Start);
            Write(ref span, s.End);
            Write(ref span, s.IsHeading ? 1 : 0);
        }

        return bytes;
    }

    public static (IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Sentence> Sentences) Decode(ReadOnlySpan<byte> bytes, string body)
    {
        if (bytes.Length < 9 || bytes[0] != Version)
        {
            throw new InvalidDataException($"Unknown article layout (version {(bytes.Length > 0 ? bytes[0] : -1)}); the database was written by another NewsBot.");
        }

        var span = bytes[1..];
        var paragraphs = new Paragraph[Read(ref span)];
        var sentences = new Sentence[Read(ref span)];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var (start, end, heading) = (Read(ref span), Read(ref span), Read(ref span) != 0);
            paragraphs[i] = new Paragraph(i, start, end, body[start..end], heading);
        }

        for (var i = 0; i < sentences.Length; i++)
        {
            var (paragraph, start, end, heading) = (Read(ref span), Read(ref span), Read(ref span), Read(ref span) != 0);
            sentences[i] = new Sentence(i, paragraph, start, end, body[start..end], heading);
        }

        return (paragraphs, sentences);
    }

    private static void Write(ref Span<byte> span, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(span, value);
        span = span[4..];
    }

    private static int Read(ref ReadOnlySpan<byte> span)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(span);
        span = span[4..];
        return value;
    }
}
