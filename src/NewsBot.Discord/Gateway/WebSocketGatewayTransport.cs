using System.Buffers;
using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>The gateway over <see cref="ClientWebSocket"/> with plain JSON text frames (no compression).</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    /// <summary>Upper bound for one message: large GUILD_CREATE payloads reach megabytes; anything bigger is a broken peer.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    public Task ConnectAsync(Uri uri, CancellationToken ct) => _socket.ConnectAsync(uri, ct);

    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct) =>
        _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, ct);

    public async ValueTask<GatewayFrame> ReceiveAsync(CancellationToken ct)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.GetMemory(8192), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayFrame(ReadOnlyMemory<byte>.Empty, true, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A gateway message exceeded 64 MiB.");
            }

            if (result.EndOfMessage)
            {
                return new GatewayFrame(_buffer.WrittenMemory, false, null, null);
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken ct)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await _socket.CloseAsync((WebSocketCloseStatus)closeCode, reason, ct);
        }
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
