namespace NewsBot.Discord.Gateway;

/// <summary>
/// One gateway connection's socket, so the shard logic can be driven by a scripted transport as well as a real websocket.
/// Receive returns whole messages (frames are gathered until end-of-message) or the close the server sent.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken ct);

    ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct);

    /// <summary>The next text message, or a frame with <see cref="GatewayFrame.IsClose"/> when the server closed.</summary>
    ValueTask<GatewayFrame> ReceiveAsync(CancellationToken ct);

    /// <summary>Starts our close handshake; a code other than 1000/1001 keeps the session resumable.</summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken ct);

    /// <summary>Drops the connection without a handshake.</summary>
    void Abort();
}

internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}

/// <summary>A received message, or the server's close (code null when it closed without a status).</summary>
internal readonly record struct GatewayFrame(ReadOnlyMemory<byte> Payload, bool IsClose, int? CloseCode, string? CloseReason);
