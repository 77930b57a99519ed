using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.FakeDiscord;

/// <summary>The server side of one websocket: sends (serialised, recorded), closes and drops.</summary>
internal sealed class FakeGatewayConnection(FakeConnectionInfo info, WebSocket socket, HttpContext http, FakeRecorder recorder, int? fragmentBytes) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public FakeConnectionInfo Info => info;

    public bool Identified { get; set; }

    public FakeSession? Session { get; set; }

    public DateTimeOffset LastHeartbeat { get; set; } = DateTimeOffset.UtcNow;

    public long LastHeartbeatSequence { get; set; }

    public bool IsOpen => socket.State == WebSocketState.Open && !info.Ended;

    public async Task SendAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                return;
            }

            var node = JsonNode.Parse(json)!;
            recorder.Add(new RecordedFrame(info.Id, FrameDirection.ToClient, (int)node["op"]!, (string?)node["t"], json, DateTimeOffset.UtcNow));
            var bytes = Encoding.UTF8.GetBytes(json);
            var size = fragmentBytes ?? bytes.Length;
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; the receive loop notices.
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Starts the server's close, or (with <paramref name="echo"/>) answers the client's.</summary>
    public async Task CloseAsync(int code, string reason, bool echo = false)
    {
        if (!echo)
        {
            info.ServerCloseCode ??= code;
        }

        recorder.Touch();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone.
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        try
        {
            http.Abort();
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The connection finished on its own meanwhile.
        }
    }

    public void Dispose() => _send.Dispose();
}
