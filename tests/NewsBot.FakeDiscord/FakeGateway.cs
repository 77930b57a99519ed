using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.FakeDiscord;

/// <summary>
/// The gateway side of the fake (discord-api.md section 5): HELLO, heartbeats and ACKs, IDENTIFY/RESUME checks with Discord's
/// close codes, READY + GUILD_CREATE, per-session replay, and injectable faults.
/// </summary>
public sealed partial class FakeGateway(FakeDiscordOptions options, FakeRecorder recorder, Func<string> resumeUrl)
{
    private const int KnownIntents = (1 << 26) - 1;
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private readonly ConcurrentDictionary<string, FakeSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DateTimeOffset> _identifies = new();
    private readonly List<FakeGatewayConnection> _live = [];
    private readonly Lock _lock = new();
    private int _nextConnection;
    private int _nextSession;

    /// <summary>Fault: do not answer heartbeats (the client must detect a zombie and resume).</summary>
    public bool SwallowHeartbeatAcks { get; set; }

    /// <summary>Fault: the next connection gets op 7 before HELLO.</summary>
    public bool ReconnectBeforeHelloOnce { get; set; }

    public TimeSpan HelloDelay { get; set; }

    public IReadOnlyCollection<FakeSession> Sessions => [.. _sessions.Values];

    public int IdentifyCount => recorder.Frames.Count(f => f.Direction == FrameDirection.FromClient && f.Op == 2);

    public int ResumeCount => recorder.Frames.Count(f => f.Direction == FrameDirection.FromClient && f.Op == 6);

    internal async Task AcceptAsync(HttpContext http)
    {
        var info = new FakeConnectionInfo(Interlocked.Increment(ref _nextConnection), http.Request.Path, http.Request.QueryString.Value ?? string.Empty);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeGatewayConnection(info, socket, http, recorder, options.FragmentBytes);
        recorder.Add(info);
        lock (_lock)
        {
            _live.Add(connection);
        }

        try
        {
            await RunAsync(connection, socket, http);
        }
        finally
        {
            lock (_lock)
            {
                _live.Remove(connection);
            }

            info.Ended = true;
            recorder.Touch();
        }
    }

    private async Task RunAsync(FakeGatewayConnection connection, WebSocket socket, HttpContext http)
    {
        if (http.Request.Query["v"] != "10")
        {
            await connection.CloseAsync(4012, "Invalid API version");
            return;
        }

        if (http.Request.Query["encoding"] != "json")
        {
            await connection.CloseAsync(4002, "Decode error: only encoding=json is served");
            return;
        }

        if (ReconnectBeforeHelloOnce)
        {
            ReconnectBeforeHelloOnce = false;
            await connection.SendAsync("""{"op":7,"d":null,"s":null,"t":null}""");
        }

        if (HelloDelay > TimeSpan.Zero)
        {
            await Task.Delay(HelloDelay);
        }

        await connection.SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{options.HeartbeatIntervalMs}}},"s":null,"t":null}""");
        using var watchdog = new CancellationTokenSource();
        _ = WatchHeartbeatsAsync(connection, watchdog.Token);
        var buffer = new ArrayBufferWriter<byte>();
        var sent = new Queue<DateTimeOffset>();
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            try
            {
                do
                {
                    result = await socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                return; // dropped
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (connection.Info.ServerCloseCode is null)
                {
                    connection.Info.ClientCloseCode = (int?)socket.CloseStatus;
                }

                if (socket.CloseStatus is WebSocketCloseStatus.NormalClosure or WebSocketCloseStatus.EndpointUnavailable && connection.Session is { } ended)
                {
                    _sessions.TryRemove(ended.Id, out _); // 1000/1001 from the client ends its session
                }

                await connection.CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "bye", echo: true);
                return;
            }

            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            JsonNode? node = null;
            try
            {
                node = buffer.WrittenCount <= 4096 ? JsonNode.Parse(text) : null;
            }
            catch (JsonException)
            {
                node = null;
            }

            var op = node?["op"] is JsonValue v && v.TryGetValue<int>(out var o) ? o : -1;
            recorder.Add(new RecordedFrame(connection.Info.Id, FrameDirection.FromClient, op, null, text, DateTimeOffset.UtcNow));
            if (node is null)
            {
                await connection.CloseAsync(4002, "Decode error");
                return;
            }

            var now = DateTimeOffset.UtcNow;
            sent.Enqueue(now);
            while (sent.Peek() < now - TimeSpan.FromMinutes(1))
            {
                sent.Dequeue();
            }

            if (sent.Count > 120)
            {
                await connection.CloseAsync(4008, "Rate limited");
                return;
            }

            if (!await HandleAsync(connection, op, node))
            {
                return;
            }
        }
    }

    private async Task WatchHeartbeatsAsync(FakeGatewayConnection connection, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested && !connection.Info.Ended)
            {
                await Task.Delay(options.HeartbeatIntervalMs / 2, ct);
                if (DateTimeOffset.UtcNow - connection.LastHeartbeat > options.HeartbeatTimeout && connection.IsOpen)
                {
                    await connection.CloseAsync(4000, "Heartbeat timeout");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // connection over
        }
    }
}
