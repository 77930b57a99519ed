using System.Buffers;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Reads a stream as lines of bytes without ever holding more than one line, and never more than the cap: a longer line
/// is skipped to its end and reported as too long. Keeps JSONL imports of any size in constant memory.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _position;
    private int _length;

    /// <summary>The next line without its terminator (CR LF or LF), or null at the end. <paramref name="tooLong"/> when skipped.</summary>
    public byte[]? ReadLine(out bool tooLong)
    {
        tooLong = false;
        _line.ResetWrittenCount();
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return sawAny ? Finish(tooLong) : null;
                }
            }

            sawAny = true;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _position, _length - _position);
            var end = newline < 0 ? _length : newline;
            if (!tooLong)
            {
                _line.Write(_buffer.AsSpan(_position, end - _position));
                tooLong = _line.WrittenCount > maxLineBytes;
            }

            _position = newline < 0 ? _length : newline + 1;
            if (newline >= 0)
            {
                return Finish(tooLong);
            }
        }
    }

    private byte[] Finish(bool tooLong)
    {
        if (tooLong)
        {
            return [];
        }

        var bytes = _line.WrittenSpan.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }
}
