using System.Buffers;

namespace NewsBot.Core.Web;

/// <summary>
/// Reads a response body up to a byte limit while it streams: Content-Length is not trusted (it may be absent or lie, and
/// compressed bodies grow when decoded), so at most <c>limit</c> bytes are ever held, whatever the server sends.
/// </summary>
internal static class ResponseBodyReader
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (reading stops there).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
