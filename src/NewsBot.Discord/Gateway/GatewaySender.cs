using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Serialises sends on one connection (heartbeats race with identify/resume) and keeps Discord's send limits: payloads of at
/// most 4096 bytes (else close 4002) and 120 per 60 s (else close 4008; we stop at 115 like DJS).
/// </summary>
internal sealed class GatewaySender(IGatewayTransport transport, TimeProvider time) : IDisposable
{
    public const int MaxPayloadBytes = 4096;
    private const int MaxSendsPerMinute = 115;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();

    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> type, CancellationToken ct)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {bytes.Length} bytes exceeds Discord's {MaxPayloadBytes}-byte limit.");
        }

        await _lock.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= TimeSpan.FromMinutes(1))
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= MaxSendsPerMinute)
            {
                await Task.Delay(_sent.Peek() + TimeSpan.FromMinutes(1) - now, time, ct);
                _sent.Dequeue();
            }

            await transport.SendAsync(bytes, ct);
            _sent.Enqueue(time.GetUtcNow());
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
